// Demo data for the case page: refers a family through POST /api/cases and drives it, through Camunda's REST API as
// the demo users, into the intensive phase with a quarterly report task, and records screenings over three months.
// A second family stays in the child investigation, which is due later. Prints the case numbers.
// Usage (Tværs running with the demo profile): node seed-case.mjs [baseUrl] [district]
const base = process.argv[2] ?? 'http://localhost:8080';
const district = process.argv[3] ?? 'Nørrebro';
const auth = (user) => 'Basic ' + Buffer.from(user + ':demo').toString('base64');

async function call(user, method, path, body) {
  const response = await fetch(base + path, {
    method, headers: { Authorization: auth(user), 'Content-Type': 'application/json', Accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${user} ${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}
const day = (offset) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);

async function complete(user, caseNumber, taskKey, variables) {
  const tasks = await call(user, 'GET', `/engine-rest/task?maxResults=50&processInstanceBusinessKey=${caseNumber}&taskDefinitionKey=${taskKey}`);
  if (!tasks.length) throw new Error(`${user} sees no ${taskKey} in ${caseNumber}`);
  const typed = Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, { value: v }]));
  await call(user, 'POST', `/engine-rest/task/${tasks[0].id}/complete`, { variables: typed });
}
async function runTimer(caseNumber, activityId) {
  const instances = await call('admin', 'GET', `/engine-rest/process-instance?maxResults=50&businessKey=${caseNumber}&processDefinitionKey=family-intervention`);
  const jobs = await call('admin', 'GET', `/engine-rest/job?maxResults=50&processInstanceId=${instances[0].id}&activityId=${activityId}`);
  await call('admin', 'POST', `/engine-rest/job/${jobs[0].id}/execute`);
}
function cpr(birth, serial) {
  const [y, m, d] = birth.split('-');
  return `${d}${m}${y.slice(2)}-${Number(y) < 2000 ? 1 : 4}${String(serial).padStart(3, '0')}`;
}
async function refer(serial, names) {
  const created = await call('mette', 'POST', '/api/cases', {
    district,
    referral: { source: 'SSP', concern: 'Den ældste er sigtet for røveri; de yngre søskende pjækker.', sspCategory: 4,
                awarenessDate: day(-20) },
    members: [
      { name: names[0], cpr: cpr('1979-04-03', serial), role: 'PARENT' },
      { name: names[1], cpr: cpr('2010-09-14', serial + 1), role: 'CHILD' },
      { name: names[2], cpr: cpr('2014-02-21', serial + 2), role: 'CHILD' },
    ],
  });
  return created.caseNumber;
}

const serial = 100 + Math.floor(Math.random() * 800);
const first = await refer(serial, ['Leila Ahmadi', 'Omid Ahmadi', 'Sara Ahmadi']);
await complete('mette', first, 'user_register_members', { membersRegistered: true });
for (let i = 0; i < 2; i++) {
  await complete('sofie', first, 'user_child_investigation', { investigationConclusion: 'SUPPORT_NEEDED', investigationFinished: true });
}
await complete('lars', first, 'user_decide_visitation', { visitationDecision: 'VISITED', visitationReason: 'SSP-kategori 4 og yngre søskende i risiko' });
const view = await call('mette', 'GET', `/api/cases/${first}`);
const [mother, eldest, youngest] = view.members.map((m) => m.id);
await call('mette', 'PUT', `/api/cases/${first}/plan`, {
  agreedOn: day(0),
  goals: [
    { memberId: mother, administration: 'bif', description: 'Moderen i kombinationsforløb', status: 'IN_PROGRESS' },
    { memberId: eldest, administration: 'buf', description: 'Omid i uddannelse via UU', status: 'PLANNED' },
    { memberId: youngest, administration: 'sof', description: 'Familiebehandling for hele familien', status: 'IN_PROGRESS' },
  ],
  consents: [{ memberId: mother, consentedOn: day(0) }],
});
await complete('mette', first, 'user_family_meeting_plan', { planRecorded: true, consentRecorded: true, planBuf: true, planBif: true, planKff: false });
await complete('sofie', first, 'user_accept_goals_sof', { goalsAccepted: true });
await complete('jonas', first, 'user_accept_goals_buf', { goalsAccepted: true });
await complete('fatima', first, 'user_accept_goals_bif', { goalsAccepted: true });
await complete('sofie', first, 'user_offer_sof', { offerStartDate: day(0), offerEstablished: true });
await runTimer(first, 'start_coordination_meeting');
await runTimer(first, 'start_quarterly_report');
const screenings = [
  [eldest, -84, { SCHOOL_EDUCATION: 1, EMPLOYMENT: 2, HEALTH: 3, FAMILY_RELATIONS: 2, LEISURE_NETWORK: 1, CRIME_RISK: 1 }],
  [eldest, -56, { SCHOOL_EDUCATION: 2, EMPLOYMENT: 2, HEALTH: 3, FAMILY_RELATIONS: 2, LEISURE_NETWORK: 2, CRIME_RISK: 2 }],
  [eldest, -28, { SCHOOL_EDUCATION: 2, EMPLOYMENT: 3, HEALTH: 3, FAMILY_RELATIONS: 3, LEISURE_NETWORK: 3, CRIME_RISK: 2 }],
  [eldest, -1, { SCHOOL_EDUCATION: 3, EMPLOYMENT: 3, HEALTH: 4, FAMILY_RELATIONS: 3, LEISURE_NETWORK: 4, CRIME_RISK: 3 }],
  [mother, -80, { EMPLOYMENT: 1, HEALTH: 2, FAMILY_RELATIONS: 2 }],
  [mother, -2, { EMPLOYMENT: 2, HEALTH: 3, FAMILY_RELATIONS: 3 }],
  [youngest, -30, { SCHOOL_EDUCATION: 3, HEALTH: 4, FAMILY_RELATIONS: 2, LEISURE_NETWORK: 3, CRIME_RISK: 4 }],
];
for (const [memberId, offset, scores] of screenings) {
  await call('mette', 'POST', `/api/cases/${first}/screenings`, {
    memberId, screenedOn: day(offset), scores: Object.entries(scores).map(([domain, score]) => ({ domain, score })),
  });
}
await call('mette', 'POST', `/api/cases/${first}/journal`, { kind: 'NOTE', authorRole: 'Koordinator', entryDate: day(0), text: 'Familiemøde holdt; planen er aftalt.' });

const second = await refer(serial + 10, ['Hanne Berg', 'Mads Berg', 'Ida Berg']);
await complete('mette', second, 'user_register_members', { membersRegistered: true });
console.log(JSON.stringify({ intensive: first, investigation: second }));
