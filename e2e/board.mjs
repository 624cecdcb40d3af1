// The operations board as a team lead meets it, in Debian's headless Chromium: log into Cockpit, follow the
// dashboard's link to the board, filter it by district, open a case (its timeline of phases and tasks, each with its
// state in words, and a screening chart per screened member), read the outcome report with its costs and download it
// as CSV; then, as the coordinator in Tasklist, open a quarterly report task and check that its form links the
// outcome report for its quarter.
// Usage (Tværs running with the demo profile; node seed-case.mjs makes a suitable family in the district):
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
  // the total in Danish with the right plural, coordinators by name, screenings by role
  const summary = (await page.locator('#status').innerText()).trim();
  const count = Number(summary.split(' ')[0]);
  if (summary !== `${count} kørende ${count === 1 ? 'sag' : 'sager'}`) fail(`the total reads "${summary}"`);
  const coordinators = await page.locator('#board tbody tr td:nth-child(3)').allInnerTexts();
  if (coordinators.some((c) => /^[a-z]+$/.test(c.trim()))) fail(`coordinators by login: ${coordinators}`);
  const heat = await page.locator('#board .heat').allInnerTexts();
  if (heat.some((h) => h.startsWith('Medlem'))) fail(`screenings labelled by member id: ${heat}`);
  // sorting from the keyboard: a button in the header, its state in aria-sort
  await page.focus('#board th[data-sort="caseNumber"] button');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#board th[data-sort="caseNumber"]')
    .getAttribute('aria-sort') === 'descending', null, { timeout: 10000 }).catch(() => fail('Enter on "Sag" does not sort'));
  const sorted = await page.locator('#board tbody tr td:first-child').allInnerTexts();
  if (sorted.join() !== [...sorted].sort().reverse().join()) fail(`not sorted descending: ${sorted}`);
  console.log(`board: "${summary}", coordinators ${[...new Set(coordinators)].join(', ')}, sorted from the keyboard`);
  // a phone: the page itself does not scroll sideways (the table scrolls in its own box)
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(500);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  if (wide > 390) fail(`the board is ${wide} px wide at 390 px`);
  await page.screenshot({ path: `${out}/board-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1500, height: 900 });

  // the first case in the district with a screening chart (the board's heat strip shows which are screened)
  const screened = page.locator('#board tbody tr:has(.heat) a').first();
  await (await screened.count() ? screened : page.locator('#board tbody tr a').first()).click();
  await page.waitForSelector('#timeline li', { timeout: 15000 });
  await page.waitForSelector('#tasks tbody tr', { timeout: 15000 });
  const states = await page.locator('#tasks tbody .state').allInnerTexts();
  const allowed = /^(✓ Afsluttet|○ Åben|! Overskredet|– Lukket uden udførelse)( \(for sent\))?$/;
  if (states.length === 0 || states.some((s) => !allowed.test(s.trim()))) fail(`task states in words: ${states}`);
  if (await page.locator('#tasks tbody td.gantt [class^="bar-"]').count() !== states.length) fail('a task without its bar');
  await page.waitForSelector('#screening-charts figure svg polyline', { timeout: 15000 }).catch(() => {});
  const charts = await page.locator('#screening-charts figure').count();
  const lines = await page.locator('#screening-charts figure svg polyline').count();
  if (charts === 0 || lines === 0) fail(`no screening chart on the case page (${charts} charts, ${lines} lines)`);
  const legend = await page.locator('#screening-charts .chart-legend li').first().innerText().catch(() => '');
  console.log(`case page: ${await page.locator('#title').innerText()}; ${await page.locator('#timeline li').count()}`
    + ` phases, ${states.length} tasks (${[...new Set(states)].join(', ')}), ${charts} charts with ${lines} lines`
    + ` (e.g. "${legend}")`);
  await page.screenshot({ path: `${out}/case.png`, fullPage: true });
  // members with role and age, the referral and the statutory deadline, links to the workspace and to open tasks
  const members = await page.locator('#members tbody tr').count();
  if (members === 0) fail('no members on the case page');
  const referral = await page.locator('#referral').innerText();
  if (!/Bekymring/.test(referral)) fail('no referral on the case page: ' + referral);
  if (/\d{4}-\d{2}-\d{2}/.test(await page.locator('main').innerText())) fail('an ISO date on the case page');
  const workspace = await page.getAttribute('#workspace', 'href');
  if (!/^\/workspace\/cases\/TV-/.test(workspace)) fail('no link to the workspace: ' + workspace);
  const taskLinks = await page.locator('#tasks tbody a[href^="/camunda/app/tasklist/default/#/?task="]').count();
  const open = await page.locator('#tasks tbody .state-open, #tasks tbody .state-overdue').count();
  if (taskLinks !== open) fail(`${open} open tasks, ${taskLinks} links to Tasklist`);
  const deadline = await page.locator('#referral dd.deadline').innerText().catch(() => '(none)');
  console.log(`case page: ${members} members, statutory deadline ${deadline}, ${taskLinks} task links, ${workspace}`);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(500);
  const caseWide = await page.evaluate(() => document.documentElement.scrollWidth);
  if (caseWide > 390) fail(`the case page is ${caseWide} px wide at 390 px`);
  await page.screenshot({ path: `${out}/case-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1500, height: 900 });

  await page.goto(`${base}/board/report.html`, { waitUntil: 'networkidle' });
  await page.waitForSelector('#figures table', { timeout: 15000 });
  await page.waitForSelector('#costs tr.total', { timeout: 15000 });
  const total = (await page.locator('#costs tr.total').innerText()).replace(/\s+/g, ' ');
  if (!/kr\./.test(total)) fail('no cost total in the report: ' + total);
  if (await page.locator('#costs tr.not-recorded').count() === 0) fail('the report does not say what is not recorded');
  console.log('report costs: ' + total);
  await page.screenshot({ path: `${out}/report.png`, fullPage: true });
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#csv')]);
  const csv = readFileSync(await download.path(), 'utf8');
  if (!csv.startsWith('nøgletal;værdi')) fail('the CSV report does not start with its header');
  console.log(`report downloaded: ${download.suggestedFilename()} (${csv.split('\n').length - 1} lines)`);

  // the coordinator's quarterly report task links the outcome report for its quarter
  const auth = 'Basic ' + Buffer.from('mette:demo').toString('base64');
  const quarterly = await (await fetch(`${base}/engine-rest/task?maxResults=50&taskDefinitionKey=user_quarterly_report`,
    { headers: { Authorization: auth } })).json();
  if (quarterly.length === 0) {
    console.log('no quarterly report task to check (node seed-case.mjs makes one)');
  } else {
    const variables = await (await fetch(`${base}/engine-rest/task/${quarterly[0].id}/localVariables`,
      { headers: { Authorization: auth } })).json();
    const coordinator = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'da-DK',
                                                timezoneId: 'Europe/Copenhagen' });
    await coordinator.goto(`${base}/camunda/app/tasklist/default/#/?task=${quarterly[0].id}`, { waitUntil: 'networkidle' });
    await coordinator.fill('input[ng-model="username"]', 'mette');
    await coordinator.fill('input[ng-model="password"]', 'demo');
    await coordinator.click('button[type="submit"]');
    const link = coordinator.locator('a[href*="/board/report.html?from="]').first();
    await link.waitFor({ timeout: 30000 });
    await coordinator.click('.claim'); // Tasklist disables the form until the task is claimed
    await coordinator.waitForTimeout(1000);
    const href = await link.getAttribute('href');
    const expected = `/board/report.html?from=${variables.reportFrom.value}&to=${variables.reportTo.value}`;
    if (href !== expected) fail(`the quarterly task links ${href}, not ${expected}`);
    console.log(`quarterly report task: "${(await link.innerText()).trim()}" -> ${href}`);
    await coordinator.screenshot({ path: `${out}/quarterly-task.png` });
    // the link opens the report in a new tab, so Tasklist stays open beside it
    const [report] = await Promise.all([coordinator.context().waitForEvent('page'), link.click()]);
    await report.waitForSelector('#costs', { timeout: 15000 });
    const shown = [await report.inputValue('input[name="from"]'), await report.inputValue('input[name="to"]')];
    if (shown[0] !== variables.reportFrom.value || shown[1] !== variables.reportTo.value) fail(`the report shows ${shown}`);
    console.log(`the link opens the report for ${shown.join(' – ')}`);
  }
} catch (error) {
  fail(error.message);
} finally {
  await browser.close();
}
