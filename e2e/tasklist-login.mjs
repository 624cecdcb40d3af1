// Tasklist in Debian's headless Chromium, as a caseworker meets it: the login page renders (without the Camunda 8
// banner), a demo user logs in and sees her filters, and, with a task filter name given, she opens the first task
// in it, claims it, ticks the form's checkbox and completes it. Screenshots go to the output folder.
// Usage (Tværs running with the demo profile):
//   cd e2e && npm install && node tasklist-login.mjs [baseUrl] [user] [outDir] [filter to complete a task from]
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const base = process.argv[2] ?? 'http://localhost:8080';
const user = process.argv[3] ?? 'fatima';
const out = process.argv[4] ?? 'screenshots';
const completeFrom = process.argv[5];
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
         '--no-first-run', '--disable-component-update', '--disable-sync'],
});
const fail = (message) => { console.error('FAIL: ' + message); process.exitCode = 1; };
let page;
try {
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'da-DK',
                                 timezoneId: 'Europe/Copenhagen' });
  await page.goto(`${base}/camunda/app/tasklist/`, { waitUntil: 'networkidle' });
  await page.waitForSelector('input[ng-model="username"]', { timeout: 30000 });
  await page.screenshot({ path: `${out}/tasklist-login.png` });
  if (await page.locator('.ce-eol-banner:visible').count() > 0) fail('the Camunda 8 banner is visible');
  console.log('login page rendered: ' + (await page.locator('.page-login, form').first().innerText()).replace(/\s+/g, ' '));

  await page.fill('input[ng-model="username"]', user);
  await page.fill('input[ng-model="password"]', 'demo');
  await page.click('button[type="submit"]');
  await page.waitForSelector('.task-filter', { timeout: 30000 });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${out}/tasklist-${user}.png` });
  const filters = await page.locator('.task-filter').allInnerTexts();
  console.log(`logged in as ${user}; filters: ${filters.map((f) => f.trim().split('\n')[0]).join(' | ')}`);
  if (filters.length === 0) fail('no filters shown');

  if (completeFrom) {
    await page.click(`.task-filter:has-text("${completeFrom}")`);
    await page.waitForTimeout(1500);
    const task = page.locator('.tasks-list li a.ng-binding, .tasks-list .task a').first();
    const name = (await task.innerText()).trim();
    await task.click();
    await page.waitForSelector('.claim', { timeout: 15000 });
    await page.screenshot({ path: `${out}/task-${user}-open.png` });
    await page.click('.claim');
    await page.waitForTimeout(1000);
    await page.locator('[cam-tasklist-task] input[type="checkbox"]').first().check();
    await page.locator('[cam-tasklist-task] button.btn-primary').last().click();
    await page.waitForTimeout(2000);
    await page.screenshot({ path: `${out}/task-${user}-completed.png` });
    const after = (await page.locator(`.task-filter:has-text("${completeFrom}")`).innerText()).trim();
    console.log(`completed "${name}"; the filter now reads: ${after}`);
  }
} catch (error) {
  if (page) await page.screenshot({ path: `${out}/failure.png` }).catch(() => {});
  fail(error.message);
} finally {
  await browser.close();
}
