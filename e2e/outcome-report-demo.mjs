// One outcome report for a realistic period (issue 15's closing note): seeds a small municipality for 2026 through
// /api and /engine-rest as the demo users (password demo), then fetches the family outcome report and the adult path's
// success criteria for 2026 and saves them with the CSV. No browser: plain fetch.
// - 10 families referred (several districts, children of various ages, SSP categories 2-4), intake screenings, SSP
//   concern levels per child at two or more dates in 2026 (improving, unchanged, worse; one child measured once);
//   four families go through registration, investigations, screening and the team chief's visitation.
// Who may do what follows the need-to-know rules: mette refers but has no access to a course until a coordinator
// task (discharge); henrik (team lead) records offences and drop-outs; assessments by henrik, ahmed, lars.
// - 9 young adults referred; 8 visited (enrolled) by lars, 1 not; three run Klar/Parat/Start to discharge (education,
//   job, completed), three still enrolled, two drop out; offences (sigtet/tiltalt) and assessments by several users.
// The app enrols and records offences "now", so enrolments, offences and assessments are dated today; the SSP levels,
// screenings and referrals' awareness dates are spread over 2026 up to today.
// Usage (Tværs running with the demo profile, fresh database): node outcome-report-demo.mjs [baseUrl] [outDir]
import { mkdirSync, writeFileSync } from 'node:fs';

const base = process.argv[2] ?? 'http://localhost:8080';
const out = process.argv[3] ?? 'outcome-report';
mkdirSync(out, { recursive: true });
const auth = (user) => 'Basic ' + Buffer.from(user + ':demo').toString('base64');
// the app's day is Copenhagen's (enrolment, offences 'not before enrolment', 'not in the future')
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
const problems = [];

async function call(user, method, path, body, accept = 'application/json') {
  const response = await fetch(base + path, {
    method, headers: { Authorization: auth(user), 'Content-Type': 'application/json', Accept: accept },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${user} ${method} ${path}: ${response.status} ${text}`);
  if (accept !== 'application/json') return text;
  return text ? JSON.parse(text) : null;
}
// a step that may be refused: recorded and reported, the seeding goes on
async function tryStep(label, fn) {
  try { return await fn(); } catch (e) { problems.push(`${label}: ${e.message}`); console.error('PROBLEM ' + label + ': ' + e.message); return undefined; }
}
async function tasks(user, key, taskKey) {
  return call(user, 'GET', `/engine-rest/task?maxResults=50&processInstanceBusinessKey=${key}&taskDefinitionKey=${taskKey}`);
}
async function complete(user, key, taskKey, variables, claim = false) {
  const t = (await tasks(user, key, taskKey))[0];
  if (!t) throw new Error(`${user} sees no ${taskKey} in ${key}`);
  if (claim && !t.assignee) await call(user, 'POST', `/engine-rest/task/${t.id}/claim`, { userId: user });
  const typed = Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, { value: v }]));
  await call(user, 'POST', `/engine-rest/task/${t.id}/complete`, { variables: typed });
}
async function completeAll(user, key, taskKey, variables) {
  for (let i = 0; i < 5; i++) {
    const open = await tasks(user, key, taskKey);
    if (!open.length) return;
    await complete(user, key, taskKey, variables);
  }
}
function cpr(birth, serial) {
  const [y, m, d] = birth.split('-');
  return `${d}${m}${y.slice(2)}-${Number(y) < 2000 ? 1 : 4}${String(serial).padStart(3, '0')}`;
}

// ---------- families ----------
// ssp: per child, [date, level] pairs (SSP category 1-4, lower is better)
const families = [
  { district: 'Nørrebro', category: 4, aware: '2026-01-12', concern: 'Den ældste er sigtet for røveri; lillebror pjækker.', visit: 'VISITED',
    parents: [['Leila Ahmadi', '1981-04-03']], children: [['Omid Ahmadi', '2010-09-14', [['2026-02-02', 4], ['2026-06-10', 3], ['2026-11-20', 2]]],
                                                         ['Sara Ahmadi', '2014-02-21', [['2026-02-02', 3], ['2026-11-20', 3]]]] },
  { district: 'Bispebjerg', category: 3, aware: '2026-02-03', concern: 'Hærværk og uro i klubben; bekymrende fravær.', visit: 'VISITED',
    parents: [['Hanne Sørensen', '1984-07-19'], ['Kim Sørensen', '1980-01-30']], children: [['Mads Sørensen', '2012-05-05', [['2026-02-20', 3], ['2026-09-15', 2]]]] },
  { district: 'Amager Vest', category: 4, aware: '2026-02-17', concern: 'Tilknyttet kriminel gruppe; indbrud i kolonihaver.', visit: 'VISITED',
    parents: [['Amal Hassan', '1978-11-11']], children: [['Yasin Hassan', '2009-03-08', [['2026-03-01', 4], ['2026-07-01', 4], ['2026-11-02', 4]]],
                                                         ['Nour Hassan', '2016-12-01', []]] },
  { district: 'Valby', category: 3, aware: '2026-03-09', concern: 'Trusler mod lærer; forældrene mangler greb om aftenerne.', visit: 'NOT_VISITED',
    parents: [['Tina Jørgensen', '1986-09-09']], children: [['Lucas Jørgensen', '2011-08-22', [['2026-03-20', 3], ['2026-10-05', 4]]]] },
  { district: 'Nørrebro', category: 4, aware: '2026-03-30', concern: 'Storebror sælger hash; lillesøster begynder at følge med.',
    parents: [['Fadumo Ali', '1979-02-14']], children: [['Abdi Ali', '2008-12-24', [['2026-04-14', 4], ['2026-10-14', 2]]],
                                                        ['Hodan Ali', '2013-06-30', [['2026-04-14', 2], ['2026-10-14', 3]]]] },
  { district: 'Vesterbro/Kongens Enghave', category: 3, aware: '2026-04-21', concern: 'Butikstyverier i grupper; skolevægring.',
    parents: [['Jannie Olsen', '1988-03-03']], children: [['Emil Olsen', '2012-10-10', [['2026-05-05', 3], ['2026-08-18', 2], ['2026-11-24', 1]]]] },
  { district: 'Amager Øst', category: 2, aware: '2026-05-11', concern: 'Uro i opgangen; bekymring for søskendeflokken.',
    parents: [['Sabah Khalil', '1983-08-08'], ['Rami Khalil', '1980-05-25']], children: [['Ali Khalil', '2014-01-15', [['2026-05-25', 2], ['2026-11-16', 1]]],
                                                                                        ['Mira Khalil', '2011-04-04', [['2026-05-25', 3], ['2026-11-16', 2]]],
                                                                                        ['Zain Khalil', '2018-09-09', []]] },
  { district: 'Brønshøj-Husum', category: 3, aware: '2026-06-15', concern: 'Sigtet for vold ved en fest; moderen er alene.',
    parents: [['Louise Berg', '1985-12-12']], children: [['Oscar Berg', '2010-02-28', [['2026-11-30', 3]]]] },
  { district: 'Østerbro', category: 4, aware: '2026-07-06', concern: 'Knivbæring; relation til ældre kriminelle.',
    parents: [['Mona Rasmussen', '1982-06-06']], children: [['Noah Rasmussen', '2009-11-19', [['2026-07-20', 4], ['2026-11-25', 3]]]] },
  { district: 'Bispebjerg', category: 3, aware: '2026-08-24', concern: 'Gentagne anmeldelser om hærværk; fravær 30%.',
    parents: [['Dorte Nielsen', '1987-10-01']], children: [['William Nielsen', '2011-07-07', [['2026-09-07', 3], ['2026-10-12', 3], ['2026-11-23', 2]]]] },
];
const screeningDomains = ['SCHOOL_EDUCATION', 'MENTAL_HEALTH', 'CRIME_RISK', 'FAMILY_RELATIONS', 'LEISURE_NETWORK'];
const parentDomains = ['EMPLOYMENT', 'HOUSING', 'ECONOMY_DEBT', 'PARENTING_CAPACITY', 'MENTAL_HEALTH'];
const seeded = { families: [], courses: [] };
let serial = 100;

for (const [i, f] of families.entries()) {
  const members = [...f.parents.map(([name, birth]) => ({ name, cpr: cpr(birth, serial++), role: 'PARENT' })),
                   ...f.children.map(([name, birth]) => ({ name, cpr: cpr(birth, serial++), role: 'CHILD' }))];
  const created = await call('mette', 'POST', '/api/cases', {
    district: f.district, referral: { source: 'SSP', concern: f.concern, sspCategory: f.category, awarenessDate: f.aware }, members,
  });
  const key = created.caseNumber;
  const view = await call('mette', 'GET', `/api/cases/${key}`);
  const ids = Object.fromEntries(view.members.map((m) => [m.name, m.id]));
  // the screening at intake, a week or two after the awareness date: children (with WHO-5) and parents
  const screenedOn = new Date(Date.parse(f.aware) + 10 * 86400000).toISOString().slice(0, 10);
  for (const [name] of f.children) {
    const crime = f.category >= 4 ? 1 : f.category === 3 ? 2 : 3;
    await tryStep(`${key} screening ${name}`, () => call('mette', 'POST', `/api/cases/${key}/screenings`, {
      memberId: ids[name], screenedOn,
      scores: screeningDomains.map((domain, d) => ({ domain, score: domain === 'CRIME_RISK' ? crime : 2 + ((i + d) % 3) })),
      who5: [2, 3, 2, 3, (i % 4) + 1],
    }));
  }
  for (const [name] of f.parents) {
    await tryStep(`${key} screening ${name}`, () => call('mette', 'POST', `/api/cases/${key}/screenings`, {
      memberId: ids[name], screenedOn, scores: parentDomains.map((domain, d) => ({ domain, score: 1 + ((i + d) % 4) })),
    }));
  }
  // the SSP concern per child over time
  for (const [name, , levels] of f.children) {
    for (const [assessedOn, level] of levels) {
      await tryStep(`${key} ssp ${name} ${assessedOn}`, () =>
        call(i % 2 ? 'henrik' : 'mette', 'POST', `/api/cases/${key}/ssp-concerns`, { memberId: ids[name], assessedOn, level }));
    }
  }
  // visitation for the first four: register, investigate each child (conversation first), screen, decide
  let reached = 'referred';
  if (f.visit) {
    await tryStep(`${key} visitation`, async () => {
      await complete('mette', key, 'user_register_members', { membersRegistered: true });
      reached = 'registered';
      for (const [name] of f.children) {
        await call('sofie', 'POST', `/api/cases/${key}/child-conversations`, {
          memberId: ids[name], occasion: 'INVESTIGATION', held: true, heldOn: today, present: 'Barnet og sagsbehandleren',
          childViews: 'Barnet vil gerne have ro derhjemme og hjælp i skolen',
        });
      }
      await completeAll('sofie', key, 'user_child_investigation', { investigationConclusion: 'SUPPORT_NEEDED', investigationFinished: true });
      reached = 'investigated';
      // with the screening already stored the model goes straight to the visitation; the task only when it waits
      if ((await tasks('mette', key, 'user_screen_family')).length) await complete('mette', key, 'user_screen_family', { intakeScreened: true });
      reached = 'screened';
      await complete('lars', key, 'user_decide_visitation', {
        visitationDecision: f.visit,
        visitationReason: f.visit === 'VISITED' ? `SSP-kategori ${f.category}` : 'Skolen og klubben har allerede en plan; ses an',
      });
      reached = f.visit;
    });
  }
  seeded.families.push({ caseNumber: key, district: f.district, sspCategory: f.category, reached,
                         children: f.children.map(([name, birth, levels]) => ({ name, birth, ssp: levels.map(([d, l]) => `${d}:${l}`).join(' ') })) });
}

// ---------- young adults ----------
const adults = [
  { name: 'Yusuf Karimi', birth: '2003-05-17', source: 'POLICE_SSP', district: 'Nørrebro', plan: 'full', outcome: 'MOVED_TO_EDUCATION',
    assess: { henrik: true, ahmed: true }, offences: [] },
  { name: 'Jonas Friis', birth: '2001-10-02', source: 'JOBCENTER', district: 'Valby', plan: 'full', outcome: 'MOVED_TO_EMPLOYMENT',
    assess: { henrik: true, ahmed: false, lars: true }, offences: ['CHARGED'] },
  { name: 'Ibrahim Said', birth: '2005-01-23', source: 'PRISON_PROBATION', district: 'Bispebjerg', plan: 'full', outcome: 'COMPLETED',
    assess: { ahmed: true }, offences: [] },
  { name: 'Kasper Holm', birth: '2006-06-30', source: 'SELF', district: 'Amager Vest', plan: 'stay',
    assess: { henrik: true, ahmed: false, lars: true }, offences: ['CHARGED'] },
  { name: 'Ahmad Rahimi', birth: '2002-08-14', source: 'POLICE_SSP', district: 'Nørrebro', plan: 'stay',
    assess: { henrik: false, ahmed: false }, offences: ['CHARGED', 'PROSECUTED'] },
  { name: 'Mikkel Lund', birth: '1999-03-11', source: 'JOBCENTER', district: 'Østerbro', plan: 'stay',
    assess: { henrik: true, ahmed: false }, offences: [] },
  { name: 'Daniel Krogh', birth: '2004-12-05', source: 'POLICE_SSP', district: 'Vesterbro/Kongens Enghave', plan: 'dropout',
    assess: { henrik: false }, offences: ['CHARGED', 'PROSECUTED'] },
  { name: 'Samir Haddad', birth: '2007-04-18', source: 'PRISON_PROBATION', district: 'Amager Øst', plan: 'dropout',
    assess: {}, offences: [] },
  { name: 'Rasmus Dahl', birth: '2000-09-27', source: 'SELF', district: 'Valby', plan: 'not-visited', assess: {}, offences: [] },
];
for (const a of adults) {
  const course = await call('mette', 'POST', '/api/adult-courses', { name: a.name, cpr: cpr(a.birth, serial++), referralSource: a.source, district: a.district });
  const key = course.courseNumber;
  let reached = 'referred';
  const visited = a.plan !== 'not-visited';
  await tryStep(`${key} visit`, () => complete('lars', key, 'user_visit_adult', visited
    ? { adultVisitationDecision: 'VISITED', adultVisitationReason: `Henvist fra ${a.source}; motiveret for forløbet` }
    : { adultVisitationDecision: 'NOT_VISITED', adultVisitationReason: 'Er allerede i uddannelse; ikke i målgruppen' }));
  if (visited) reached = 'enrolled';
  for (const kind of a.offences) {
    await tryStep(`${key} offence ${kind}`, () => call('henrik', 'POST', `/api/adult-courses/${key}/offences`, { kind, occurredOn: today }));
  }
  for (const [user, yes] of Object.entries(a.assess)) {
    await tryStep(`${key} assessment ${user}`, () => call(user, 'POST', `/api/adult-courses/${key}/assessments`,
      yes ? { significantPositive: true, movementReason: a.outcome === 'MOVED_TO_EMPLOYMENT' ? 'JOB' : 'STARTED_EDUCATION', assessedOn: today }
          : { significantPositive: false, assessedOn: today }));
  }
  if (a.plan === 'full') {
    await tryStep(`${key} course`, async () => {
      await complete('ahmed', key, 'user_assign_mentor', { mentorAccepted: true }, true);
      await complete('ahmed', key, 'user_life_conduct_interview', {
        motivation: '4', ambivalence: 'MEDIUM', artNeeded: false, abuseTreatmentNeeded: false, needJobcenter: false, needUu: false,
        needFamilyCentre: false, needAbuseCoordinator: false, needPrisonProbation: false, lifeConductPlanRecorded: true }, true);
      reached = 'Klar';
      await completeAll('sofie', key, 'user_commit_social_services', { actorCommitted: true });
      reached = 'Parat';
      await complete('ahmed', key, 'user_citizenship_education', { sessionsAttended: 8, activityCompleted: true }, true);
      await complete('karen', key, 'user_sport_health', { sessionsAttended: 10, activityCompleted: true });
      reached = 'Start';
      await complete('jonas', key, 'user_education_guidance', { guidanceGiven: true });
      await complete('fatima', key, 'user_employment', { employmentType: a.outcome === 'MOVED_TO_EMPLOYMENT' ? 'ORDINARY_JOB' : 'INTERNSHIP' });
      await complete('mette', key, 'user_discharge', { outcome: a.outcome, significantPositiveMovement: true,
        movementReason: a.outcome === 'MOVED_TO_EMPLOYMENT' ? 'JOB' : 'STARTED_EDUCATION' });
      reached = `discharged ${a.outcome}`;
    });
  }
  if (a.plan === 'dropout') {
    await tryStep(`${key} drop-out`, async () => {
      await call('henrik', 'POST', `/api/adult-courses/${key}/drop-out`);
      reached = 'dropped out';
      await complete('mette', key, 'user_discharge', { outcome: 'DROPPED_OUT', significantPositiveMovement: false });
      reached = 'dropped out, discharged DROPPED_OUT';
    });
  }
  seeded.courses.push({ courseNumber: key, name: a.name, birth: a.birth, source: a.source, reached, offences: a.offences.join('+'),
                        assessments: Object.entries(a.assess).map(([u, y]) => `${u}:${y ? 'yes' : 'no'}`).join(' ') });
}

// ---------- the reports ----------
const period = 'from=2026-01-01&to=2026-12-31';
const report = await call('birgitte', 'GET', `/api/reports/outcomes?${period}`);
const adultPath = await call('birgitte', 'GET', `/api/outcomes/adult-path?${period}`).catch(async (e) => {
  problems.push(`adult-path as birgitte: ${e.message}`);
  return call('admin', 'GET', `/api/outcomes/adult-path?${period}`);
});
const csv = await call('birgitte', 'GET', `/api/reports/outcomes.csv?${period}`, undefined, 'text/csv');
const measures = {};
for (const c of seeded.courses) measures[c.courseNumber] = await call('admin', 'GET', `/api/adult-courses/${c.courseNumber}/measures`);
writeFileSync(`${out}/outcome-report-2026.json`, JSON.stringify(report, null, 2) + '\n');
writeFileSync(`${out}/adult-path-2026.json`, JSON.stringify(adultPath, null, 2) + '\n');
writeFileSync(`${out}/outcome-report-2026.csv`, csv);
writeFileSync(`${out}/seeded-2026.json`, JSON.stringify({ seeded, measures, problems }, null, 2) + '\n');
console.log(JSON.stringify({ seeded, problems }, null, 2));
