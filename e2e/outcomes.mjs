// The method's own measures (issue 15) in Debian's headless Chromium, in Danish and logged in: seeds a family through
// the API and Camunda's REST API as the demo users, and a young adult's course; then photographs at 1280 px and 390 px
// the intake screening with WHO-5, the Tasklist forms screen-family, revise-plan, decide-progress and end-phase-out, the
// plan's versions, the SSP concern form and the case page's section, the outcome report's "Sådan beregnes tallene", and
// the adult course's page with its forms for offences, assessments and drop-out. Fails if a page scrolls sideways.
// Usage (Tværs running with the demo profile): cd e2e && node outcomes.mjs [baseUrl] [outDir]
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const base = process.argv[2] ?? 'http://localhost:8080';
const out = process.argv[3] ?? 'screenshots';
mkdirSync(out, { recursive: true });
const fail = (message) => { console.error('FAIL: ' + message); process.exitCode = 1; };
const auth = (user) => 'Basic ' + Buffer.from(user + ':demo').toString('base64');
const day = (offset) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);

async function call(user, method, path, body) {
  const response = await fetch(base + path, {
    method, headers: { Authorization: auth(user), 'Content-Type': 'application/json', Accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${user} ${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}
async function task(user, key, taskKey) {
  const tasks = await call(user, 'GET', `/engine-rest/task?maxResults=50&processInstanceBusinessKey=${key}&taskDefinitionKey=${taskKey}`);
  return tasks[0];
}
async function complete(user, key, taskKey, variables) {
  const t = await task(user, key, taskKey);
  if (!t) throw new Error(`${user} sees no ${taskKey} in ${key}`);
  const typed = Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, { value: v }]));
  await call(user, 'POST', `/engine-rest/task/${t.id}/complete`, { variables: typed });
}
async function completeIfOpen(user, key, taskKey, variables) {
  if (await task(user, key, taskKey)) await complete(user, key, taskKey, variables);
}
async function runTimer(key, activityId) {
  const jobs = await call('admin', 'GET', `/engine-rest/job?maxResults=50&activityId=${activityId}`);
  const instances = await call('admin', 'GET', `/engine-rest/process-instance?maxResults=200&businessKey=${key}`);
  const ids = new Set(instances.map((i) => i.id));
  const job = jobs.find((j) => ids.has(j.processInstanceId));
  if (!job) throw new Error(`no ${activityId} job for ${key}`);
  await call('admin', 'POST', `/engine-rest/job/${job.id}/execute`);
}
function cpr(birth, serial) {
  const [y, m, d] = birth.split('-');
  return `${d}${m}${y.slice(2)}-${Number(y) < 2000 ? 1 : 4}${String(serial).padStart(3, '0')}`;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--lang=da-DK', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
         '--no-first-run', '--disable-component-update', '--disable-sync'],
});
const pages = {};
async function as(user) {
  if (pages[user]) return pages[user];
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK',
                                             timezoneId: 'Europe/Copenhagen' });
  const page = await context.newPage();
  await page.goto(`${base}/camunda/app/tasklist/`, { waitUntil: 'networkidle' });
  await page.fill('input[ng-model="username"]', user);
  await page.fill('input[ng-model="password"]', 'demo');
  await page.click('button[type="submit"]');
  await page.waitForSelector('.task-filter', { timeout: 30000 });
  pages[user] = page;
  return page;
}
async function shoot(page, name, ready) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    if (ready) await page.waitForSelector(ready, { timeout: 20000 });
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${out}/${name}-${width}.png`, fullPage: true });
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (sideways > 0) fail(`${name} scrolls sideways by ${sideways}px at ${width}px`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
// one part of a long page by itself, at both widths
async function shootPart(page, selector, name) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(300);
    await page.locator(selector).first().screenshot({ path: `${out}/${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
async function openPage(user, path, name, ready) {
  const page = await as(user);
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await shoot(page, name, ready);
  return page;
}
async function tasklistForm(user, key, taskKey, name) {
  const t = await task(user, key, taskKey);
  if (!t) throw new Error(`${user} sees no ${taskKey} in ${key}`);
  const page = await as(user);
  await page.goto(`${base}/camunda/app/tasklist/default/#/?task=${t.id}`, { waitUntil: 'networkidle' });
  await page.waitForSelector('.fjs-form', { timeout: 30000 });
  // Tasklist scrolls the task in its own pane: the page as seen, and the whole form by itself
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(500);
    await page.locator('.fjs-form').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${out}/${name}-${width}.png` });
    await page.setViewportSize({ width, height: 2200 }); // tall enough for the whole form in Tasklist's pane
    await page.waitForTimeout(300);
    await page.locator('.fjs-form').first().screenshot({ path: `${out}/${name}-form-${width}.png` });
    await page.setViewportSize({ width, height: 900 });
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (sideways > 0) fail(`${name} scrolls sideways by ${sideways}px at ${width}px`);
    const formSideways = await page.locator('.fjs-form').first().evaluate((f) => f.scrollWidth - f.clientWidth);
    if (formSideways > 0) fail(`${name}'s form scrolls sideways by ${formSideways}px at ${width}px`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

try {
  // a family: referred, members registered, both investigations finished: the screening at intake is missing
  const serial = 100 + Math.floor(Math.random() * 800);
  const created = await call('mette', 'POST', '/api/cases', {
    district: 'Nørrebro',
    referral: { source: 'SSP', concern: 'Den ældste er tiltalt for røveri; de yngre søskende pjækker.', sspCategory: 4,
                awarenessDate: day(-20) },
    members: [
      { name: 'Leila Ahmadi', cpr: cpr('1979-04-03', serial), role: 'PARENT' },
      { name: 'Omid Ahmadi', cpr: cpr('2010-09-14', serial + 1), role: 'CHILD' },
      { name: 'Sara Ahmadi', cpr: cpr('2014-02-21', serial + 2), role: 'CHILD' },
    ],
  });
  const family = created.caseNumber;
  const view = await call('mette', 'GET', `/api/cases/${family}`);
  const [mother, eldest, youngest] = view.members.map((m) => m.id);
  await complete('mette', family, 'user_register_members', { membersRegistered: true });
  for (const child of [eldest, youngest]) {
    await call('sofie', 'POST', `/api/cases/${family}/child-conversations`, {
      memberId: child, occasion: 'INVESTIGATION', held: true, heldOn: day(0), present: 'Barnet og sagsbehandleren',
      childViews: 'Barnet vil gerne have hjælp i skolen',
    });
  }
  for (let i = 0; i < 2; i++) {
    await completeIfOpen('sofie', family, 'user_child_investigation', { investigationConclusion: 'SUPPORT_NEEDED', investigationFinished: true });
  }
  await tasklistForm('mette', family, 'user_screen_family', 'tasklist-screen-family');

  // the screening at intake in the workspace, WHO-5 for the child
  const screening = await openPage('mette', `/workspace/cases/${family}/screenings/new`, 'workspace-intake-screening-who5', '#who5');
  await screening.selectOption('#memberId', String(youngest));
  await screening.selectOption('[id="score.SCHOOL_EDUCATION"]', '2');
  await screening.selectOption('[id="score.MENTAL_HEALTH"]', '2');
  await screening.selectOption('[id="score.CRIME_RISK"]', '3');
  for (const [i, answer] of [3, 2, 4, 2, 3].entries()) await screening.selectOption(`[id="who5.${i}"]`, String(answer));
  await screening.click('button[type="submit"]');
  await screening.waitForURL(`**/workspace/cases/${family}**`);
  await call('mette', 'POST', `/api/cases/${family}/screenings`, {
    memberId: eldest, screenedOn: day(0), scores: [{ domain: 'CRIME_RISK', score: 1 }, { domain: 'SCHOOL_EDUCATION', score: 1 }],
  });
  await complete('mette', family, 'user_screen_family', { intakeScreened: true });
  await complete('lars', family, 'user_decide_visitation', { visitationDecision: 'VISITED', visitationReason: 'SSP-kategori 4 og yngre søskende i risiko' });

  // the plan, the course, a new family meeting that revises the plan (two versions)
  const plan = (status) => ({
    agreedOn: day(0),
    goals: [
      { memberId: mother, administration: 'bif', description: 'Moderen i kombinationsforløb', status: 'IN_PROGRESS' },
      { memberId: eldest, administration: 'buf', description: 'Omid i uddannelse via UU', status },
      { memberId: youngest, administration: 'sof', description: 'Familiebehandling for hele familien', status: 'IN_PROGRESS' },
    ],
    consents: [{ memberId: mother, consentedOn: day(0) }],
  });
  // the decision on support (Barnets Lov): drafted, heard, final
  const record = await call('mette', 'GET', `/api/cases/${family}`);
  const decision = record.decisions[record.decisions.length - 1];
  await call('mette', 'PUT', `/api/cases/${family}/decisions/${decision.id}/draft`, {
    decisionText: 'Familien får familiebehandling og mentor i et år.', reasons: 'Den børnefaglige undersøgelse viser behov for støtte.',
    legalBasis: 'Barnets Lov §32', appealGuidance: 'Du kan klage til Ankestyrelsen inden 4 uger.',
  });
  await complete('sofie', family, 'user_draft_decision', { decisionDrafted: true });
  const drafted = (await call('mette', 'GET', `/api/cases/${family}`)).decisions.find((d) => d.id === decision.id);
  for (const hearing of drafted.hearings) {
    await call('mette', 'POST', `/api/cases/${family}/decisions/${decision.id}/hearing/${hearing.memberId}`, { answer: 'Enig i afgørelsen', answeredOn: day(0) });
  }
  await complete('sofie', family, 'user_register_hearing', { hearingAnswersRegistered: true });
  await complete('lars', family, 'user_final_decision', { decisionFinal: true });
  await call('mette', 'PUT', `/api/cases/${family}/plan`, plan('PLANNED'));
  await complete('mette', family, 'user_family_meeting_plan', { planRecorded: true, consentRecorded: true, childWishes: 'Omid vil gerne i lære som mekaniker.', planBuf: true, planBif: true, planKff: false });
  await completeIfOpen('sofie', family, 'user_accept_goals_sof', { goalsAccepted: true });
  await completeIfOpen('jonas', family, 'user_accept_goals_buf', { goalsAccepted: true });
  await completeIfOpen('fatima', family, 'user_accept_goals_bif', { goalsAccepted: true });
  const offer = { offerStartDate: day(0) + 'T00:00:00.000+0100', offerEstablished: true };
  await completeIfOpen('sofie', family, 'user_offer_sof', offer).catch((e) => console.error(String(e)));
  await completeIfOpen('jonas', family, 'user_offer_buf', offer).catch((e) => console.error(String(e)));
  await completeIfOpen('fatima', family, 'user_offer_bif', offer).catch((e) => console.error(String(e)));
  await call('mette', 'POST', `/api/cases/${family}/family-meetings`);
  await tasklistForm('mette', family, 'user_revise_plan', 'tasklist-revise-plan');
  await call('mette', 'PUT', `/api/cases/${family}/plan`, plan('IN_PROGRESS'));
  await complete('mette', family, 'user_revise_plan', { planRevised: 'REVISED' });
  const planPage = await openPage('mette', `/workspace/cases/${family}/plan`, 'workspace-plan', 'main');
  await shootPart(planPage, 'section:has(#versions-title)', 'workspace-plan-versions');

  // the SSP concern: the form, then the case page's section
  const ssp = await openPage('mette', `/workspace/cases/${family}/ssp-concerns/new`, 'workspace-ssp-concern-form', 'form');
  await call('mette', 'POST', `/api/cases/${family}/ssp-concerns`, { memberId: eldest, assessedOn: day(-60), level: 4 });
  await ssp.selectOption('#memberId', String(eldest));
  await ssp.fill('#assessedOn', day(0));
  await ssp.selectOption('#level', '2');
  await ssp.click('button[type="submit"]');
  await ssp.waitForURL(`**/workspace/cases/${family}**`);
  await shootPart(ssp, 'section:has(#ssp)', 'workspace-case-ssp-section');

  // the end of the intensive phase: re-screening, decide progress, phase out, end it
  await runTimer(family, 'timer_progress_review');
  await complete('mette', family, 'user_rescreening', { rescreeningRecorded: true });
  await tasklistForm('mette', family, 'user_decide_progress', 'tasklist-decide-progress');
  await complete('mette', family, 'user_decide_progress', { progressDecision: 'PHASE_OUT' });
  await completeIfOpen('mette', family, 'user_plan_phase_out', { phaseOutPlanned: true });
  await tasklistForm('mette', family, 'user_end_phase_out', 'tasklist-end-phase-out');

  // the outcome report: how the figures are computed
  const report = await openPage('henrik', `/board/report.html?from=${day(-365)}&to=${day(0)}`, 'report', '#methods');
  await shootPart(report, '#methods', 'report-how-computed');

  // a young adult's course: enrolled by the team chief, then the course page and its forms
  const course = await call('mette', 'POST', '/api/adult-courses', {
    name: 'Yusuf Karimi', cpr: cpr('2003-05-17', serial + 3), referralSource: 'POLICE_SSP', district: 'Nørrebro',
  });
  const courseNumber = course.courseNumber;
  await complete('lars', courseNumber, 'user_visit_adult', { adultVisitationDecision: 'VISITED', adultVisitationReason: 'Henvist fra SSP' });
  const offence = await openPage('henrik', `/workspace/courses/${courseNumber}/offences/new`, 'workspace-course-offence-form', 'form');
  await offence.check('#kind-CHARGED');
  await offence.click('button[type="submit"]');
  await offence.waitForURL(`**/workspace/courses/${courseNumber}**`);
  await offence.goto(`${base}/workspace/courses/${courseNumber}/offences/new`);
  await offence.click('button[type="submit"]');
  await shoot(offence, 'workspace-course-offence-error', '.error-summary');
  await offence.check('#kind-PROSECUTED');
  await offence.click('button[type="submit"]');
  await offence.waitForURL(`**/workspace/courses/${courseNumber}**`);
  const assessment = await openPage('henrik', `/workspace/courses/${courseNumber}/assessments/new`, 'workspace-course-assessment-form', 'form');
  await assessment.check('#significantPositive-true');
  await assessment.selectOption('#movementReason', 'STARTED_EDUCATION');
  await assessment.click('button[type="submit"]');
  await assessment.waitForURL(`**/workspace/courses/${courseNumber}**`);
  await openPage('ahmed', `/workspace/courses/${courseNumber}/drop-out`, 'workspace-course-drop-out-form', 'form');
  await openPage('henrik', `/workspace/courses/${courseNumber}`, 'workspace-course', 'main');
  console.log(JSON.stringify({ family, course: courseNumber }));
} catch (e) {
  fail(e.stack ?? String(e));
} finally {
  await browser.close();
}
