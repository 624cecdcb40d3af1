// Camunda's webapps in Danish, as a Danish browser meets them in headless Chromium: Cockpit's dashboard and
// processes, Admin's users, and in Tasklist the referral's start form (a select and a date picker). Fails on the
// English texts that used to show ("Dashboard", "Users", "Select", "Field is required.", "Sunday" first, English
// months) and takes screenshots at 1400 and 390 px width into the output folder.
// Usage (Tværs running with the demo profile):
//   cd e2e && npm install && node danish-webapps.mjs [baseUrl] [outDir]
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const base = process.argv[2] ?? 'http://localhost:8080';
const out = process.argv[3] ?? 'screenshots';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
         '--no-first-run', '--disable-component-update', '--disable-sync'],
});
const fail = (message) => { console.error('FAIL: ' + message); process.exitCode = 1; };
const expectText = async (page, where, danish, english = []) => {
  const text = await page.locator('body').innerText();
  for (const word of danish) if (!text.includes(word)) fail(`${where}: "${word}" is missing`);
  for (const word of english) if (text.includes(word)) fail(`${where}: English "${word}" shows`);
};

async function login(page, app, user) {
  await page.goto(`${base}/camunda/app/${app}/default/`, { waitUntil: 'networkidle' });
  // the webapps share one session: a user logged into Cockpit is already in Admin
  const form = await page.waitForSelector('input[ng-model="username"]', { timeout: 10000 }).catch(() => null);
  if (!form) return;
  await page.fill('input[ng-model="username"]', user);
  await page.fill('input[ng-model="password"]', 'demo');
  await page.click('button[type="submit"]');
  await page.waitForTimeout(2500);
}

for (const width of [1400, 390]) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'da-DK',
                                             timezoneId: 'Europe/Copenhagen' });
  const page = await context.newPage();
  try {
    await login(page, 'cockpit', 'admin');
    await page.waitForSelector('.dashboard', { timeout: 30000 });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${out}/cockpit-dashboard-${width}.png`, fullPage: true });
    await expectText(page, 'Cockpit dashboard', ['Kørende procesinstanser', 'Åbne hændelser'],
      ['Running Process Instances', 'Open Incidents']);

    await page.goto(`${base}/camunda/app/cockpit/default/#/processes`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(2500);
    await page.screenshot({ path: `${out}/cockpit-processes-${width}.png`, fullPage: true });
    await expectText(page, 'Cockpit processes', ['procesdefinition'], ['Process Definitions']);

    await login(page, 'admin', 'admin');
    await page.goto(`${base}/camunda/app/admin/default/#/users`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(2500);
    await page.screenshot({ path: `${out}/admin-users-${width}.png`, fullPage: true });
    await expectText(page, 'Admin users', ['Brugere', 'Fornavn'], ['List of Users', 'First Name']);

    await context.clearCookies();
    await login(page, 'tasklist', 'mette');
    await page.waitForSelector('.task-filter', { timeout: 30000 });
    const start = page.locator('.start-process-action a, a:has-text("Start proces")').first();
    if (!await start.isVisible()) await page.locator('.navbar-toggle').first().click(); // a phone: the menu
    await start.click();
    await page.waitForTimeout(1500);
    await page.locator('.modal a:has-text("Familieindsats"), .modal a:has-text("Henvis")').first().click();
    await page.waitForSelector('.fjs-container', { timeout: 30000 });
    await page.waitForTimeout(1000);
    await page.screenshot({ path: `${out}/tasklist-start-form-${width}.png` });
    await expectText(page, 'start form', ['Vælg'], ['Select']);

    // the date picker: Danish months, Monday first
    const dateInput = page.locator('.fjs-datepicker input').first();
    if (await dateInput.count() === 0) fail('the start form has no date field');
    else {
      await dateInput.evaluate((input) => input.scrollIntoView({ block: 'start' })); // room for the calendar
      await dateInput.click();
      await page.waitForSelector('.flatpickr-calendar.open', { timeout: 5000 });
      const firstDay = (await page.locator('.flatpickr-calendar.open .flatpickr-weekday').first().innerText()).trim();
      const month = await page.locator('.flatpickr-calendar.open .flatpickr-monthDropdown-months option').allInnerTexts();
      console.log(`date picker at ${width}px: first weekday "${firstDay}", months ${month.slice(0, 3).join(', ')}...`);
      if (firstDay.toLowerCase() !== 'man') fail(`the week starts with "${firstDay}", not Monday`);
      if (!month.includes('januar')) fail(`the months are ${month.join(', ')}`);
      console.log('date placeholder: ' + await dateInput.getAttribute('placeholder'));
      await page.waitForTimeout(500); // flatpickr fades in
      await page.screenshot({ path: `${out}/tasklist-date-picker-${width}.png` });
      await page.locator('.fjs-container h1, .fjs-container h2, .fjs-container p').first().click(); // closes it
    }

    // Start with the selects still empty: form-js marks each required field (and submits nothing)
    await dateInput.fill('01.12.2026');
    await dateInput.press('Enter');
    await page.locator('.fjs-container h1, .fjs-container h2, .fjs-container p').first().click();
    await page.locator('.modal button.btn-primary').last().click({ timeout: 5000 });
    await page.waitForTimeout(1000);
    await page.locator('.fjs-form-field-error').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${out}/tasklist-start-form-errors-${width}.png`, fullPage: true });
    await expectText(page, 'start form errors', ['Feltet skal udfyldes.'], ['Field is required.']);
    console.log(`checked Cockpit, Admin and the Tasklist start form at ${width}px`);
  } catch (error) {
    await page.screenshot({ path: `${out}/failure-${width}.png` }).catch(() => {});
    fail(error.message);
  }
  await context.close();
}
await browser.close();
