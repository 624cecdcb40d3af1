// The operations board as a team lead meets it, in Debian's headless Chromium: log into Cockpit, follow the
// dashboard's link to the board, filter it by district, open a case, and download the outcome report as CSV.
// Usage (Tværs running with the demo profile and at least one case in the district):
//   cd e2e && npm install && node board.mjs [baseUrl] [district] [outDir]
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';

const base = process.argv[2] ?? 'http://localhost:8080';
const district = process.argv[3] ?? 'Nørrebro';
const out = process.argv[4] ?? 'screenshots';
mkdirSync(out, { recursive: true });
const fail = (message) => { console.error('FAIL: ' + message); process.exitCode = 1; };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1500, height: 900 }, locale: 'da-DK',
                                             timezoneId: 'Europe/Copenhagen', acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${base}/camunda/app/cockpit/`, { waitUntil: 'networkidle' });
  await page.fill('input[ng-model="username"]', 'henrik');
  await page.fill('input[ng-model="password"]', 'demo');
  await page.click('button[type="submit"]');
  await page.click('text=Åbn driftstavlen', { timeout: 30000 });
  await page.waitForSelector('#board tbody tr', { timeout: 30000 });
  const all = await page.locator('#board tbody tr').count();
  await page.selectOption('select[name="district"]', district);
  await page.waitForTimeout(1500);
  const districts = await page.locator('#board tbody tr td:nth-child(2)').allInnerTexts();
  if (districts.length === 0 || districts.some((d) => d !== district)) fail(`filter by ${district} shows ${districts}`);
  await page.screenshot({ path: `${out}/board-${district}.png` });
  console.log(`board: ${all} rows, ${districts.length} in ${district}`);

  await page.locator('#board tbody tr a').first().click();
  await page.waitForSelector('#timeline li', { timeout: 15000 });
  console.log('case page: ' + (await page.locator('#title').innerText()));
  await page.screenshot({ path: `${out}/case.png`, fullPage: true });

  await page.goto(`${base}/board/report.html`, { waitUntil: 'networkidle' });
  await page.waitForSelector('#figures table', { timeout: 15000 });
  await page.screenshot({ path: `${out}/report.png`, fullPage: true });
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#csv')]);
  const csv = readFileSync(await download.path(), 'utf8');
  if (!csv.startsWith('nøgletal;værdi')) fail('the CSV report does not start with its header');
  console.log(`report downloaded: ${download.suggestedFilename()} (${csv.split('\n').length - 1} lines)`);
} catch (error) {
  fail(error.message);
} finally {
  await browser.close();
}
