// The case workspace in Debian's headless Chromium, as the coordinator uses it: logs into Tasklist, opens the case,
// registers a member (once with an error shown at the field), writes meeting minutes, and looks at each screen at
// 1400 px and 390 px width; a BUF user is refused. Fails if a page scrolls sideways. Screenshots go to the folder.
// Usage (Tværs running with the demo profile; a case from seed-case.mjs):
//   cd e2e && node workspace.mjs [baseUrl] caseNumber [outDir]
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const base = process.argv[2] ?? 'http://localhost:8080';
const caseNumber = process.argv[3];
const out = process.argv[4] ?? 'screenshots';
mkdirSync(out, { recursive: true });
const fail = (message) => { console.error('FAIL: ' + message); process.exitCode = 1; };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
         '--no-first-run', '--disable-component-update', '--disable-sync'],
});

async function login(user) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'da-DK',
                                             timezoneId: 'Europe/Copenhagen' });
  const page = await context.newPage();
  await page.goto(`${base}/camunda/app/tasklist/`, { waitUntil: 'networkidle' });
  await page.fill('input[ng-model="username"]', user);
  await page.fill('input[ng-model="password"]', 'demo');
  await page.click('button[type="submit"]');
  await page.waitForSelector('.task-filter', { timeout: 30000 });
  return page;
}

async function shoot(page, name) {
  for (const width of [1400, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${out}/workspace-${name}-${width}.png`, fullPage: true });
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (sideways > 0) fail(`${name} scrolls sideways by ${sideways}px at ${width}px`);
  }
  await page.setViewportSize({ width: 1400, height: 900 });
}

try {
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto(`${base}/workspace/cases/${caseNumber}`);
  await shoot(anonymous, 'login-required');

  const mette = await login('mette');
  await mette.goto(`${base}/workspace/`);
  await mette.fill('#caseNumber', caseNumber);
  await mette.keyboard.press('Enter');
  await mette.waitForURL(`**/workspace/cases/${caseNumber}`);
  await shoot(mette, 'overview');

  await mette.click('text=Registrér et medlem');
  await mette.fill('#name', 'Bella Hansen');
  await mette.fill('#cpr', '0103');
  await mette.click('button[type="submit"]');
  await shoot(mette, 'member-error');
  await mette.fill('#cpr', '010318-4321');
  await mette.check('#role-CHILD');
  await mette.click('button[type="submit"]');
  await mette.waitForURL(`**/workspace/cases/${caseNumber}#medlemmer`);
  console.log('member: ' + (await mette.locator('.notice').innerText()));

  await mette.goto(`${base}/workspace/cases/${caseNumber}/journal/new?kind=MEETING_MINUTES`);
  await mette.fill('#authorRole', 'Koordinator');
  await mette.fill('#attendance', 'Mor, far, koordinator, BUF-sagsbehandler');
  await mette.fill('#text', 'Familien og forvaltningerne aftalte at holde møde hver fjortende dag.');
  await shoot(mette, 'journal');
  await mette.click('button[type="submit"]');
  await mette.waitForURL(`**/workspace/cases/${caseNumber}#journal`);
  console.log('journal: ' + (await mette.locator('.notice').innerText()));
  await shoot(mette, 'overview-after');

  for (const [name, path] of [['plan', 'plan'], ['screening', 'screenings/new'], ['end', 'end']]) {
    const response = await mette.goto(`${base}/workspace/cases/${caseNumber}/${path}`);
    if (response.status() === 200) await shoot(mette, name);
  }

  const jonas = await login('jonas');
  const refused = await jonas.goto(`${base}/workspace/cases/${caseNumber}`);
  if (refused.status() !== 403) fail(`jonas got ${refused.status()}`);
  await shoot(jonas, 'refused');
} catch (error) {
  fail(error.message);
} finally {
  await browser.close();
}
