// The case context in Tasklist, in Debian's headless Chromium: a user logs in, her task cards show case number,
// district and child; she opens the first task of a filter and its "Sag" tab; the header's "↗" link leads to the
// workspace. At 1400 px and 390 px. Screenshots go to the output folder.
// Usage (Tværs running with the demo profile, a case seeded with seed-case.mjs):
//   node task-context.mjs [baseUrl] [user] [outDir] [filter] [task name to open]
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const base = process.argv[2] ?? 'http://localhost:8080';
const user = process.argv[3] ?? 'sofie';
const out = process.argv[4] ?? 'screenshots';
const filter = process.argv[5];
const taskName = process.argv[6];
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
         '--no-first-run', '--disable-component-update', '--disable-sync'],
});
const fail = (message) => { console.error('FAIL: ' + message); process.exitCode = 1; };
try {
  for (const width of [1400, 390]) {
    const page = await browser.newPage({ viewport: { width, height: width > 600 ? 900 : 844 }, locale: 'da-DK',
                                         timezoneId: 'Europe/Copenhagen' });
    page.on('pageerror', (e) => console.error('page error: ' + e.message));
    await page.goto(`${base}/camunda/app/tasklist/`, { waitUntil: 'networkidle' });
    await page.fill('input[ng-model="username"]', user);
    await page.fill('input[ng-model="password"]', 'demo');
    await page.click('button[type="submit"]');
    await page.waitForSelector('.task-filter', { timeout: 30000 });
    if (filter) await page.click(`.task-filter:has-text("${filter}")`);
    await page.waitForSelector('.tvaers-card', { timeout: 15000 }).catch(() => fail('no case line on the cards'));
    await page.screenshot({ path: `${out}/cards-${user}-${width}.png` });
    console.log(`${width}px cards: ` + (await page.locator('.tvaers-card').allInnerTexts()).slice(0, 5).join(' | '));

    const task = taskName
      ? page.locator(`li:has-text("${taskName}") a[href*="?task="]`).first()
      : page.locator('a[href*="?task="]').first();
    await task.click();
    await page.waitForTimeout(1500); await page.screenshot({ path: `${out}/task-${user}-${width}.png` }); await page.getByRole("link", { name: "Sag", exact: true }).or(page.getByRole("tab", { name: "Sag", exact: true })).first().click();
    await page.waitForSelector('.tvaers-sag h2', { timeout: 15000 });
    await page.waitForTimeout(500);
    const sag = page.locator('.tvaers-sag');
    await sag.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${out}/sag-${user}-${width}.png`, fullPage: true });
    await sag.screenshot({ path: `${out}/sag-${user}-${width}-tab.png` });
    console.log(`${width}px Sag: ` + (await sag.innerText()).replace(/\s+/g, ' ').slice(0, 600));
    const link = await page.locator('a.instance-link').getAttribute('href').catch(() => null);
    console.log(`${width}px ↗ leads to ${link}`);
    if (!link || !link.startsWith('/workspace/cases/')) fail('the ↗ link does not lead to the workspace: ' + link);
    const overflow = await page.evaluate(() => document.querySelector('.tvaers-sag').scrollWidth
      - document.querySelector('.tvaers-sag').clientWidth);
    if (overflow > 0) fail(`the Sag tab scrolls sideways by ${overflow}px at ${width}px`);
    await page.close();
  }
} catch (error) {
  fail(error.message);
} finally {
  await browser.close();
}
