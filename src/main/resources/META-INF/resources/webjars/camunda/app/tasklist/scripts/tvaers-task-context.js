// Tværs: every task shows its case. Two Tasklist plugins reading Tværs's API under need-to-know (never process
// variables): a line on each task card (tasklist.card) and a "Sag" tab (tasklist.task.detail). The header's "↗"
// link, which leads to Cockpit, is pointed at the case's workspace instead.

const API = '/api/tasks';

// ---- the cards: one request for the tasks rendered together, cached for a minute ----

const CACHE_MS = 60000;
const cards = new Map(); // taskId -> {at, card|null}
let waiting = new Map(); // taskId -> [resolve]
let timer = null;

function cardOf(taskId) {
  const hit = cards.get(taskId);
  if (hit && Date.now() - hit.at < CACHE_MS) {
    return Promise.resolve(hit.card);
  }
  return new Promise((resolve) => {
    if (!waiting.has(taskId)) waiting.set(taskId, []);
    waiting.get(taskId).push(resolve);
    if (!timer) timer = setTimeout(flush, 30);
  });
}

async function flush() {
  const batch = waiting;
  waiting = new Map();
  timer = null;
  const ids = [...batch.keys()];
  for (let i = 0; i < ids.length; i += 50) {
    const part = ids.slice(i, i + 50);
    let found = [];
    try {
      const response = await fetch(API + '/context?ids=' + part.map(encodeURIComponent).join(','), {
        credentials: 'same-origin',
        headers: { Accept: 'application/json' }
      });
      if (response.ok) found = await response.json();
    } catch (e) {
      found = [];
    }
    const byId = new Map(found.map((card) => [card.taskId, card]));
    for (const id of part) {
      const card = byId.get(id) || null;
      cards.set(id, { at: Date.now(), card });
      batch.get(id).forEach((resolve) => resolve(card));
    }
  }
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined) node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function style() {
  if (document.getElementById('tvaers-task-context-style')) return;
  const css = `
.tvaers-card { margin: 4px 0 0; font-size: 13px; color: #333; display: flex; flex-wrap: wrap; gap: 2px 10px; }
.tvaers-card strong { color: #000; }
.tvaers-sag { padding: 12px 15px 24px; max-width: 60em; font-size: 14px; line-height: 1.45; color: #222; overflow-wrap: anywhere; }
.tvaers-sag h2 { font-size: 20px; margin: 0 0 4px; }
.tvaers-sag h3 { font-size: 16px; margin: 18px 0 6px; border-bottom: 1px solid #ccc; padding-bottom: 2px; }
.tvaers-sag .tvaers-lead { margin: 0 0 8px; font-size: 15px; }
.tvaers-sag .workspace { display: inline-block; margin: 6px 0 4px; padding: 8px 14px; background: #1d5fa5; color: #fff;
  border-radius: 3px; font-weight: 600; text-decoration: none; }
.tvaers-sag .workspace:hover, .tvaers-sag .workspace:focus { background: #154a82; color: #fff; text-decoration: underline; }
.tvaers-sag a:focus, .tvaers-sag .workspace:focus { outline: 3px solid #f0a30a; outline-offset: 2px; }
.tvaers-sag dl { display: grid; grid-template-columns: minmax(8em, max-content) 1fr; gap: 4px 14px; margin: 0; }
.tvaers-sag dt { font-weight: 600; }
.tvaers-sag dd { margin: 0; }
.tvaers-sag ul { margin: 0; padding-left: 1.2em; }
.tvaers-sag li { margin: 2px 0; }
.tvaers-sag .decision { background: #fff8e1; border-left: 4px solid #b26a00; padding: 8px 12px; margin: 12px 0; }
.tvaers-sag .decision h3 { border: 0; margin-top: 0; }
.tvaers-sag .deadline { font-weight: 600; }
.tvaers-sag .overdue { color: #a40000; font-weight: 600; }
.tvaers-sag .muted { color: #555; }
.tvaers-sag .note { white-space: pre-wrap; }
@media (max-width: 600px) { .tvaers-sag dl { grid-template-columns: 1fr; } .tvaers-sag dd { margin-bottom: 6px; } }
`;
  document.head.append(el('style', { id: 'tvaers-task-context-style' }, css));
}

function ageText(age) {
  return age === null || age === undefined ? null : age + ' år';
}

const cardPlugin = {
  id: 'tvaers.task-context.card',
  pluginPoint: 'tasklist.card',
  priority: 10,
  render: (node, { taskId }) => {
    style();
    cardOf(taskId).then((card) => {
      node.replaceChildren();
      if (!card) return;
      const person = card.firstName
        ? [card.firstName, ageText(card.age)].filter(Boolean).join(', ')
        : null;
      node.append(
        el(
          'div',
          { class: 'tvaers-card' },
          el('span', {}, card.caseNumber && card.caseNumber.startsWith('UR-') ? 'Underretning ' : 'Sag ', el('strong', {}, card.caseNumber)),
          card.district ? el('span', {}, card.district) : null,
          person ? el('span', {}, 'Barn: ', el('strong', {}, person)) : null
        )
      );
    });
  }
};

// ---- the "Sag" tab ----

function section(title, ...content) {
  return [el('h3', {}, title), ...content];
}

function list(items, render, empty) {
  if (!items || items.length === 0) return el('p', { class: 'muted' }, empty);
  return el('ul', {}, ...items.map((item) => el('li', {}, ...[].concat(render(item)))));
}

function facts(pairs) {
  const shown = pairs.filter(([, value]) => value !== null && value !== undefined && value !== '');
  return el('dl', {}, ...shown.flatMap(([label, value]) => [el('dt', {}, label), el('dd', {}, value)]));
}

function renderConcern(c) {
  const nodes = [];
  nodes.push(el('h2', {}, 'Underretning ' + c.caseNumber));
  nodes.push(
    el(
      'p',
      { class: 'tvaers-lead' },
      c.phase,
      c.person
        ? el('span', {}, ' · om ', el('strong', {}, [c.person.firstName, ageText(c.person.age)].filter(Boolean).join(', ')))
        : null
    )
  );
  if (c.workspaceUrl) {
    nodes.push(el('a', { class: 'workspace', href: c.workspaceUrl }, 'Se underretningen og tidligere underretninger om barnet og søskende'));
  }
  if (c.deadlines && c.deadlines.length) {
    nodes.push(...section('Frister', list(c.deadlines, (d) => el('span', { class: 'deadline' }, d.text), '')));
  }
  if (c.decision) {
    nodes.push(...section(c.decision.heading, facts(c.decision.facts.map((f) => [f.label, f.text]))));
  }
  nodes.push(
    ...section(
      'Underretninger om barnet og søskende (nyeste først)',
      list(
        c.reports,
        (r) => [
          el('strong', {}, r.reportNumber + (r.thisReport ? ' (denne underretning)' : '')),
          ' – modtaget ' + r.received + ' – ' + r.child + (r.sibling ? ' (søskende)' : ''),
          el('div', { class: 'note' }, r.reporter + ' · ' + r.outcome)
        ],
        'Ingen underretninger.'
      )
    )
  );
  nodes.push(...openTasks('Underretningens åbne opgaver', c.openTasks));
  return nodes;
}

function openTasks(title, tasks) {
  return section(
    title,
    list(
      tasks,
      (t) => [
        el('strong', {}, t.name + (t.thisTask ? ' (denne opgave)' : '')),
        t.groups.length ? ' – ' + t.groups.join(', ') : '',
        t.due ? el('span', { class: t.overdue ? 'overdue' : null }, ' – frist ' + t.due + (t.overdue ? ' (overskredet)' : '')) : ''
      ],
      'Ingen åbne opgaver.'
    )
  );
}

function renderContext(c) {
  if (c.kind === 'REPORT_OF_CONCERN') return renderConcern(c);
  const nodes = [];
  const kind = c.kind === 'ADULT_COURSE' ? 'Forløb' : 'Sag';
  nodes.push(el('h2', {}, kind + ' ' + c.caseNumber));
  nodes.push(
    el(
      'p',
      { class: 'tvaers-lead' },
      [c.district, c.phase ? 'fase: ' + c.phase : null].filter(Boolean).join(' · '),
      c.person
        ? el('span', {}, ' · opgaven handler om ', el('strong', {}, [c.person.firstName, ageText(c.person.age)].filter(Boolean).join(', ')))
        : null
    )
  );
  if (c.workspaceUrl) {
    nodes.push(el('a', { class: 'workspace', href: c.workspaceUrl }, 'Åbn sagens arbejdsrum'));
  }
  if (c.deadlines && c.deadlines.length) {
    nodes.push(...section('Frister', list(c.deadlines, (d) => el('span', { class: 'deadline' }, d.text), '')));
  }
  if (c.decision) {
    nodes.push(
      el(
        'div',
        { class: 'decision', role: 'region', 'aria-label': c.decision.heading },
        el('h3', {}, c.decision.heading),
        facts(c.decision.facts.map((f) => [f.label, f.text]))
      )
    );
  }
  if (c.referral) {
    nodes.push(
      ...section(
        'Henvisning og bekymring',
        facts([
          ['Henvist af', c.referral.source],
          ['Bekymring', c.referral.concern],
          ['SSP-kategori', c.referral.sspCategory],
          ['Kommunen blev opmærksom', c.referral.awarenessDate]
        ])
      )
    );
  }
  nodes.push(
    ...section(
      'Familien',
      list(c.members, (m) => [el('strong', {}, m.name), ' – ' + [m.role, ageText(m.age)].filter(Boolean).join(', ')], 'Ingen medlemmer registreret endnu.')
    )
  );
  if (c.kind !== 'ADULT_COURSE') {
    nodes.push(
      ...section(
        'Børnefaglige undersøgelser',
        list(c.investigations || [], (text) => text, 'Ikke valgt endnu: hvert barn får sin egen børnefaglige undersøgelse.')
      )
    );
    nodes.push(
      ...section(
        'Handleplan',
        c.plan
          ? el(
              'div',
              {},
              el('p', {}, 'Aftalt ' + c.plan.agreedOn),
              list(c.plan.goals, (g) => [el('strong', {}, g.administration), ': ' + g.description + ' (' + g.member + ', ' + g.status + ')'], 'Ingen mål.'),
              el('p', { class: 'muted' }, c.plan.consents.length
                ? 'Samtykke: ' + c.plan.consents.map((k) => k.member + ' ' + k.consentedOn).join('; ')
                : 'Intet samtykke registreret.')
            )
          : el('p', { class: 'muted' }, 'Handleplanen er ikke aftalt endnu.')
      )
    );
    nodes.push(
      ...section(
        'Seneste screeninger',
        list(c.screenings, (s) => [el('strong', {}, s.member), ' ' + s.screenedOn + ': ' + s.scores.map((x) => x.domain + ' ' + x.score).join(', ')], 'Ingen screeninger endnu.')
      )
    );
  }
  nodes.push(...openTasks('Sagens åbne opgaver', c.openTasks));
  if (c.kind !== 'ADULT_COURSE') {
    nodes.push(
      ...section(
        'Journal (nyeste først)',
        list(c.journal, (j) => [el('strong', {}, j.date + ' ' + j.kind), ' – ' + j.author, j.attendance ? ' (deltagere: ' + j.attendance + ')' : '', el('div', { class: 'note' }, j.text)], 'Journalen er tom.')
      )
    );
  }
  return nodes;
}

async function problemText(response) {
  try {
    const body = await response.json();
    if (body && body.detail) return body.detail;
  } catch (e) {
    // no body
  }
  return null;
}

const tabPlugin = {
  id: 'tvaers.task-context.tab',
  pluginPoint: 'tasklist.task.detail',
  priority: 900, // after the form (1000), before history (800)
  properties: { label: 'Sag' },
  render: (node, { taskId }) => {
    style();
    const root = el('section', { class: 'tvaers-sag', 'aria-live': 'polite' }, el('p', { class: 'muted' }, 'Henter sagen …'));
    node.replaceChildren(root);
    fetch(API + '/' + encodeURIComponent(taskId) + '/context', {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' }
    })
      .then(async (response) => {
        if (response.ok) {
          root.setAttribute('aria-live', 'off');
          root.replaceChildren(...renderContext(await response.json()));
          return;
        }
        const detail = await problemText(response);
        const message =
          response.status === 403
            ? 'Du har ikke adgang til denne sag.'
            : response.status === 404
              ? 'Opgaven hører ikke til en sag.'
              : 'Sagen kunne ikke hentes.';
        root.replaceChildren(el('p', { role: 'alert' }, message + (detail && response.status !== 404 ? ' ' + detail : '')));
      })
      .catch(() => root.replaceChildren(el('p', { role: 'alert' }, 'Sagen kunne ikke hentes. Prøv igen.')));
  }
};

// ---- the header's "↗" link: to the case's workspace, not to Cockpit ----

function currentTaskId() {
  const match = /[?&]task=([^&]+)/.exec(window.location.hash || '');
  return match ? decodeURIComponent(match[1]) : null;
}

function pointInstanceLinks() {
  const taskId = currentTaskId();
  if (!taskId) return;
  document.querySelectorAll('a.instance-link').forEach((link) => {
    const href = link.getAttribute('href') || '';
    if (!href.includes('/cockpit/')) return;
    cardOf(taskId).then((card) => {
      if (!card || !card.workspaceUrl || currentTaskId() !== taskId) return;
      if (link.getAttribute('href') !== card.workspaceUrl) {
        link.setAttribute('href', card.workspaceUrl);
        link.setAttribute('aria-label', 'Åbn sagens arbejdsrum');
        link.removeAttribute('target');
        const icon = link.querySelector('[uib-tooltip]');
        if (icon) icon.setAttribute('uib-tooltip', 'Åbn sagens arbejdsrum');
      }
    });
  });
}

new MutationObserver(pointInstanceLinks).observe(document.documentElement, {
  subtree: true,
  childList: true,
  attributes: true,
  attributeFilter: ['href']
});

export default [cardPlugin, tabPlugin];
