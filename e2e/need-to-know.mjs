// Need-to-know in the browser: jonas (BUF) opens a case BUF has had nothing to do with, and birgitte (steering group)
// sees the board's figures without links to the case records.
// Usage (Tværs running with the demo profile): node need-to-know.mjs [baseUrl] [caseNumber] [screenshotDir]
// The default case is seed-case.mjs's second family (still in the investigation: BUF has had no task on it); its
// first reaches the intensive phase, where BUF accepts its goals and so may open the case.
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://localhost:8080';
const caseNumber = process.argv[3] ?? 'TV-2026-00002';
const shots = process.argv[4] ?? 'screenshots';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
let failed = false;
async function login(user) {
  const context = await browser.newContext({ locale: 'da-DK' });
  const page = await context.newPage();
  await page.goto(`${base}/camunda/app/tasklist/`, { waitUntil: 'networkidle' });
  await page.fill('input[ng-model="username"]', user);
  await page.fill('input[ng-model="password"]', 'demo');
  // wait for the login's answer itself: "networkidle" may come before the request has left
  await Promise.all([
    page.waitForResponse((r) => r.url().includes('/login/tasklist'), { timeout: 30000 }),
    page.click('button[type="submit"]'),
  ]);
  await page.waitForLoadState('networkidle');
  return page;
}
const jonas = await login('jonas');
await jonas.goto(`${base}/board/case.html?caseNumber=${caseNumber}`, { waitUntil: 'networkidle' });
const status = (await jonas.textContent('#status')).trim();
console.log(`jonas on ${caseNumber}: "${status}"`);
if (!status.includes('Du har kun adgang')) { console.log('FAIL: jonas was not refused'); failed = true; }
// a page of its own, not an empty case skeleton
const heading = (await jonas.textContent('#message h2')).trim();
if (heading !== 'Ingen adgang til sagen' || await jonas.isVisible('#content')) {
  console.log(`FAIL: the refusal is not a page of its own ("${heading}")`); failed = true;
}
await jonas.screenshot({ path: `${shots}/case-refused.png`, fullPage: true });

// logged out: a page that says so and links to the login, not "Henter …" forever
const anonymous = await (await browser.newContext({ locale: 'da-DK' })).newPage();
await anonymous.goto(`${base}/board/case.html?caseNumber=${caseNumber}`, { waitUntil: 'networkidle' });
const loggedOut = (await anonymous.textContent('#message h2').catch(() => '')).trim();
console.log(`logged out on ${caseNumber}: "${loggedOut}"`);
if (loggedOut !== 'Du er ikke logget ind') { console.log('FAIL: a logged-out user is not told to log in'); failed = true; }
await anonymous.screenshot({ path: `${shots}/case-logged-out.png`, fullPage: true });

const birgitte = await login('birgitte');
await birgitte.goto(`${base}/board/`, { waitUntil: 'networkidle' });
await birgitte.waitForSelector('#board tbody tr');
const links = await birgitte.locator('#board tbody a').count();
const rows = await birgitte.locator('#board tbody tr').count();
console.log(`birgitte: ${rows} rows, ${links} links to case records`);
if (links !== 0) { console.log('FAIL: the steering group can follow a row to a case record'); failed = true; }
const coordinators = await birgitte.locator('#board tbody tr td:nth-child(3)').allInnerTexts();
if (coordinators.some((c) => c.trim() !== '–')) { console.log(`FAIL: the steering group sees names: ${coordinators}`); failed = true; }
if (await birgitte.isVisible('#coordinator-filter')) { console.log('FAIL: the steering group may look for a name'); failed = true; }
await birgitte.screenshot({ path: `${shots}/board-steering-group.png`, fullPage: true });
await browser.close();
process.exit(failed ? 1 : 0);
