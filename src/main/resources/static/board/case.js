// A case page behind the board: the course (phases and every task, done, open or overdue), each member's screenings
// over time as a line chart, the plan's goals by administration, the latest screening and the journal.
(function () {
  'use strict';
  var N = window.TvaersNames;
  var NAMES = {}; // /api/board/names: groups, phases, statuses, roles ...
  var PEOPLE = {}; // logins -> staff names
  var PHASES = {};
  function person(login) { return login ? PEOPLE[login] || login : ''; }
  function groupName(id) { return N.name(NAMES, 'groups', id); }
  var PHASE_COLOURS = { REFERRAL: '#d6eaf8', INVESTIGATION: '#aed6f1', VISITATION: '#85c1e9', QUEUED: '#e5e8e8',
    PLANNING: '#a3e4d7', INTENSIVE: '#48c9b0', PHASE_OUT: '#a9dfbf', AFTERCARE: '#d5f5e3', CLOSED: '#ccd1d1' };
  // the screening's domains (issue 15: after ICS, VUM and the employment parameters); one scale for all of them:
  // 1 = very large need, 5 = no need, higher is better
  var DOMAINS = ['SCHOOL_EDUCATION', 'EMPLOYMENT', 'HEALTH', 'MENTAL_HEALTH', 'SUBSTANCE_ABUSE', 'HOUSING',
    'ECONOMY_DEBT', 'PARENTING_CAPACITY', 'FAMILY_RELATIONS', 'LEISURE_NETWORK', 'SOCIETAL_PARTICIPATION', 'MEASURES',
    'CRIME_RISK', 'NETWORK_CRIME'];
  var DOMAIN_NAMES = { SCHOOL_EDUCATION: 'Skole/uddannelse', EMPLOYMENT: 'Beskæftigelse', HEALTH: 'Fysisk helbred',
    MENTAL_HEALTH: 'Psykisk helbred', SUBSTANCE_ABUSE: 'Misbrug', HOUSING: 'Bolig', ECONOMY_DEBT: 'Økonomi/gæld',
    PARENTING_CAPACITY: 'Forældreevne', FAMILY_RELATIONS: 'Familie', LEISURE_NETWORK: 'Fritid/netværk',
    SOCIETAL_PARTICIPATION: 'Agere i samfundet', MEASURES: 'Foranstaltninger',
    CRIME_RISK: 'Kriminalitet/krim. netværk', NETWORK_CRIME: 'Netværkets kriminalitet' };
  // colour-blind-safe colours (Okabe-Ito), and a dash pattern and marker per domain so colour is not the only cue
  var COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000'];
  var DASHES = ['', '6 3', '2 3', '8 3 2 3', '12 4', '1 2', '10 2 2 2'];
  var MARKERS = ['circle', 'square', 'triangle', 'diamond'];
  var DOMAIN_STYLE = {};
  DOMAINS.forEach(function (d, i) {
    DOMAIN_STYLE[d] = { colour: COLOURS[i % COLOURS.length], dash: DASHES[(i + Math.floor(i / 7)) % DASHES.length],
      marker: MARKERS[i % MARKERS.length] };
  });
  var STATES = { DONE: 'Afsluttet', OPEN: 'Åben', OVERDUE: 'Overskredet', CANCELLED: 'Lukket uden udførelse' };
  var STATE_MARKS = { DONE: '✓', OPEN: '○', OVERDUE: '!', CANCELLED: '–' };
  var SVG = 'http://www.w3.org/2000/svg';
  var DAY = 24 * 3600 * 1000;

  var caseNumber = new URLSearchParams(location.search).get('caseNumber');
  var status = document.getElementById('status');
  function cell(row, value, cls) {
    var td = document.createElement('td'); td.textContent = value === null || value === undefined ? '' : value;
    if (cls) { td.className = cls; } row.appendChild(td); return td;
  }
  var day = N.date;
  function svg(tag, attrs, parent) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(e); }
    return e;
  }
  function get(url, what) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } })
      .then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (b) {
          if (!r.ok) {
            var error = new Error(b.detail || what + ' kunne ikke hentes');
            error.status = r.status;
            throw error;
          }
          return b;
        });
      });
  }
  function link(text, href) { var a = document.createElement('a'); a.textContent = text; a.href = href; return a; }
  // instead of the case: a page of its own saying why, and where to go
  function message(title, text, links) {
    document.title = title + ' – Tværs';
    document.getElementById('title').textContent = title;
    document.getElementById('subtitle').textContent = caseNumber ? 'Sag ' + caseNumber : '';
    document.getElementById('content').hidden = true;
    document.getElementById('message-title').textContent = title;
    document.getElementById('message-text').textContent = text;
    var box = document.getElementById('message-links');
    box.textContent = '';
    links.forEach(function (l, i) { if (i) { box.appendChild(document.createTextNode(' · ')); } box.appendChild(link(l[0], l[1])); });
    document.getElementById('message').hidden = false;
    status.textContent = text; // read out by screen readers; the message box shows it
    status.className = 'status visually-hidden';
  }
  var back = [['Til driftstavlen', 'index.html'], ['Til mine opgaver', '/camunda/app/tasklist/']];
  if (!caseNumber) { message('Ingen sag valgt', 'Vælg en sag på driftstavlen.', back); return; }
  var base = '/api/cases/' + encodeURIComponent(caseNumber);

  Promise.all([get(base, 'Sagen'), N.load()]).then(function (loaded) {
    var c = loaded[0];
    NAMES = loaded[1];
    PHASES = NAMES.casePhases || {};
    status.textContent = '';
    document.getElementById('content').hidden = false;
    document.title = 'Sag ' + c.caseNumber + ' – Tværs';
    document.getElementById('title').textContent = 'Sag ' + c.caseNumber;
    document.getElementById('workspace').href = '/workspace/cases/' + encodeURIComponent(c.caseNumber);
    var names = {};
    (c.members || []).forEach(function (m) { names[m.id] = m.name ? m.name + (m.age !== null ? ' (' + m.age + ' år)' : '') : N.name(NAMES, 'memberRoles', m.role); });
    get(base + '/timeline', 'Tidslinjen').then(function (t) {
      var logins = [c.coordinator, c.referral && c.referral.registeredBy];
      t.tasks.forEach(function (task) { logins.push(task.completedBy, task.assignee); });
      (c.journal || []).forEach(function (j) { logins.push(j.author); });
      return N.people(logins).then(function (people) {
        PEOPLE = people;
        facts(c, t);
        record(c, names);
        timeline(t, names);
      });
    }).catch(function (e) {
      facts(c, null);
      record(c, names);
      document.getElementById('tasks-status').textContent = e.message;
    });
    get(base + '/screenings', 'Screeningerne')
      .then(function (h) { charts(h, names); })
      .catch(function (e) { document.getElementById('chart-status').textContent = e.message; });
    // the SSP concern about each child over time: the data of Copenhagen's success criterion
    get(base + '/ssp-concerns', 'SSP-bekymringen')
      .then(function (list) {
        var body = document.querySelector('#ssp tbody');
        var first = {};
        list.forEach(function (e) {
          var row = document.createElement('tr');
          var trend = '';
          if (first[e.memberId] === undefined) { first[e.memberId] = e.level; }
          else if (e.level < first[e.memberId]) { trend = ' ↓ lavere end første'; }
          else if (e.level > first[e.memberId]) { trend = ' ↑ højere end første'; }
          cell(row, names[e.memberId] || ('Medlem ' + e.memberId));
          cell(row, N.date(e.assessedOn));
          cell(row, e.level + trend, 'num');
          cell(row, person(e.recordedBy) || e.recordedBy);
          body.appendChild(row);
        });
        document.getElementById('ssp-status').textContent = list.length ? '' : 'Ingen SSP-bekymring registreret endnu.';
      })
      .catch(function (e) { document.getElementById('ssp-status').textContent = e.message; });
  }).catch(function (e) {
    if (e.status === 401) {
      message('Du er ikke logget ind', 'Log ind i Opgaver (Tasklist) og åbn sagen igen.',
        [['Log ind', '/camunda/app/tasklist/'], ['Til driftstavlen', 'index.html']]);
    } else if (e.status === 403) {
      message('Ingen adgang til sagen', e.message, back);
    } else if (e.status === 404) {
      message('Sagen findes ikke', 'Der er ingen sag med nummeret ' + caseNumber + '.', back);
    } else {
      message('Sagen kunne ikke hentes', e.message + ' Prøv igen om lidt.', back);
    }
  });

  // the subtitle, the referral, the statutory deadline and the members
  function facts(c, t) {
    document.getElementById('subtitle').textContent = c.district + ' · ' + (PHASES[c.phase] || c.phase)
      + (c.coordinator ? ' · Koordinator: ' + person(c.coordinator) : '');
    var dl = document.getElementById('referral');
    function fact(term, value, cls) {
      if (value === null || value === undefined || value === '') { return; }
      var dt = document.createElement('dt'); dt.textContent = term; dl.appendChild(dt);
      var dd = document.createElement('dd'); dd.textContent = value; if (cls) { dd.className = cls; } dl.appendChild(dd);
    }
    var r = c.referral || {};
    fact('Henvist af', N.name(NAMES, 'referralSources', r.source));
    fact('Bekymring', r.concern);
    fact('SSP-kategori', r.sspCategory);
    fact('Kommunen blev opmærksom', day(r.awarenessDate));
    fact('Lovens frist for børnefaglig undersøgelse', t && t.statutoryDeadline ? day(t.statutoryDeadline) + ' (Barnets Lov § 20)' : null, 'deadline');
    fact('Registreret', r.registeredAt ? day(r.registeredAt) + (r.registeredBy ? ' af ' + person(r.registeredBy) : '') : null);
    fact('Sagen oprettet', day(c.createdAt));
    if (!dl.children.length) { fact('Henvisning', 'Ikke registreret endnu'); }

    var members = document.querySelector('#members tbody');
    (c.members || []).forEach(function (m) {
      var tr = document.createElement('tr');
      cell(tr, m.name || '(anonymiseret)'); cell(tr, N.name(NAMES, 'memberRoles', m.role));
      cell(tr, m.age === null || m.age === undefined ? '' : m.age + ' år'); cell(tr, m.cpr);
      members.appendChild(tr);
    });
    var children = (c.members || []).filter(function (m) { return m.role === 'CHILD' || m.role === 'YOUNG_ADULT'; }).length;
    document.getElementById('members-status').textContent = (c.members || []).length
      ? (c.members.length === 1 ? '1 medlem' : c.members.length + ' medlemmer') + ', heraf '
        + (children === 1 ? '1 barn eller ung' : children + ' børn eller unge') + '.'
      : 'Ingen medlemmer registreret endnu: registrér dem i sagens arbejdsrum.';
  }

  function record(c, names) {
    var goals = document.querySelector('#goals tbody');
    var planned = (c.plan && c.plan.goals || []).slice()
      .sort(function (a, b) { return a.administration.localeCompare(b.administration); });
    planned.forEach(function (g) {
        var tr = document.createElement('tr');
        var admin = cell(tr, groupName(g.administration));
        admin.title = N.name(NAMES, 'groupTitles', g.administration);
        cell(tr, names[g.memberId]); cell(tr, g.description); cell(tr, N.name(NAMES, 'goalStatuses', g.status));
        goals.appendChild(tr);
      });
    document.getElementById('goals-status').textContent = c.plan
      ? 'Aftalt ' + day(c.plan.agreedOn) + '.' : 'Handleplanen er ikke aftalt endnu.';
    var screenings = document.querySelector('#screenings tbody');
    (c.latestScreenings || []).forEach(function (s) {
      var tr = document.createElement('tr');
      cell(tr, names[s.memberId]); cell(tr, day(s.screenedOn));
      DOMAINS.forEach(function (d) {
        var score = s.scores[d];
        var td = cell(tr, score, 'num');
        if (score) { td.style.background = ['#fadbd8', '#f5cba7', '#fcf3cf', '#d5f5e3', '#abebc6'][score - 1]; }
      });
      cell(tr, s.who5 === null || s.who5 === undefined ? '' : s.who5, 'num');
      screenings.appendChild(tr);
    });
    var journal = document.getElementById('journal');
    (c.journal || []).forEach(function (j) {
      var li = document.createElement('li');
      li.textContent = day(j.entryDate) + ' · ' + N.name(NAMES, 'journalKinds', j.kind) + ' · '
        + (j.authorRole ? groupName(j.authorRole) + ' ' : '') + person(j.author) + ': ' + j.text;
      journal.appendChild(li);
    });
  }

  // --- the timeline: a strip of the phases, the phases as a list, and every task with its state and a bar ---------
  function timeline(t, names) {
    var now = new Date(t.now).getTime();
    var start = t.phases.length ? new Date(t.phases[0].startedAt).getTime() : now;
    var end = now;
    t.tasks.forEach(function (task) {
      [task.created, task.due, task.completed].forEach(function (iso) {
        if (iso) { var v = new Date(iso).getTime(); start = Math.min(start, v); end = Math.max(end, v); }
      });
    });
    var span = Math.max(end - start, DAY);
    function pct(ms) { return (100 * (ms - start) / span).toFixed(2) + '%'; }
    function width(from, to) { return Math.max(0.4, 100 * (to - from) / span).toFixed(2) + '%'; }

    var strip = document.getElementById('phase-strip');
    var list = document.getElementById('timeline');
    t.phases.forEach(function (p) {
      var from = new Date(p.startedAt).getTime();
      var to = p.endedAt ? new Date(p.endedAt).getTime() : (p.phase === 'CLOSED' ? from : now);
      var seg = document.createElement('span');
      seg.style.left = pct(from); seg.style.width = width(from, to);
      seg.style.background = PHASE_COLOURS[p.phase] || '#e5e8e8';
      seg.title = PHASES[p.phase] || p.phase;
      seg.textContent = PHASES[p.phase] || p.phase;
      strip.appendChild(seg);
      var li = document.createElement('li');
      li.style.borderLeftColor = PHASE_COLOURS[p.phase] || '#138d75';
      var days = Math.round((to - from) / DAY);
      li.textContent = (PHASES[p.phase] || p.phase) + ' – ' + day(p.startedAt)
        + (p.phase === 'CLOSED' ? '' : p.endedAt ? ' til ' + day(p.endedAt) + ' (' + days + ' dage)' : ' (nu, ' + days + ' dage)');
      if (!p.endedAt && p.phase !== 'CLOSED') { li.className = 'current'; }
      list.appendChild(li);
    });

    var counts = { DONE: 0, OPEN: 0, OVERDUE: 0, CANCELLED: 0 };
    var body = document.querySelector('#tasks tbody');
    t.tasks.forEach(function (task) {
      counts[task.state] += 1;
      var tr = document.createElement('tr');
      tr.className = 'task-' + task.state.toLowerCase();
      var name = task.name + (task.memberId && names[task.memberId] ? ' – ' + names[task.memberId] : '');
      var first = cell(tr, '');
      if ((task.state === 'OPEN' || task.state === 'OVERDUE') && task.id) {
        // an open task opens in Tasklist (which asks to log in, and shows it only to its groups)
        var a = link(name, '/camunda/app/tasklist/default/#/?task=' + encodeURIComponent(task.id));
        a.title = 'Åbn opgaven i Opgaver (Tasklist)';
        first.appendChild(a);
      } else {
        first.textContent = name;
      }
      var groups = cell(tr, (task.candidateGroups || []).map(groupName).join(', '));
      groups.title = (task.candidateGroups || []).map(function (g) { return N.name(NAMES, 'groupTitles', g); }).join(', ');
      cell(tr, day(task.created));
      cell(tr, day(task.due));
      var who = task.completedBy || task.assignee;
      cell(tr, task.completed ? day(task.completed) + (who ? ' (' + person(who) + ')' : '') : '');
      var state = cell(tr, '');
      var badge = document.createElement('span');
      badge.className = 'state state-' + task.state.toLowerCase();
      badge.textContent = STATE_MARKS[task.state] + ' ' + STATES[task.state] + (task.late ? ' (for sent)' : '');
      state.appendChild(badge);
      var track = cell(tr, '', 'gantt');
      var from = new Date(task.created).getTime();
      var to = task.completed ? new Date(task.completed).getTime() : now;
      var bar = document.createElement('span');
      bar.className = 'bar-' + task.state.toLowerCase();
      bar.style.left = pct(from); bar.style.width = width(from, to);
      track.appendChild(bar);
      if (task.due) {
        var due = document.createElement('span');
        due.className = 'due'; due.style.left = pct(new Date(task.due).getTime());
        due.title = 'Frist ' + day(task.due);
        track.appendChild(due);
      }
      var today = document.createElement('span');
      today.className = 'today'; today.style.left = pct(now);
      track.appendChild(today);
      body.appendChild(tr);
    });
    document.getElementById('tasks-status').textContent = t.tasks.length + ' opgaver: ' + counts.DONE + ' afsluttet, '
      + counts.OPEN + ' åbne, ' + counts.OVERDUE + ' overskredne' + (counts.CANCELLED ? ', ' + counts.CANCELLED + ' lukket uden udførelse' : '') + '.';
    document.getElementById('tasks-legend').textContent =
      'Tidslinje: bjælken går fra oprettet til afsluttet (eller i dag); den sorte streg er fristen, den stiplede er i dag.';
  }

  // --- screenings over time: a small line chart per member, one line per domain ------------------------------------
  function charts(history, names) {
    var box = document.getElementById('screening-charts');
    if (!history.members.length) {
      document.getElementById('chart-status').textContent = 'Ingen screeninger endnu.';
      return;
    }
    history.members.forEach(function (m) { box.appendChild(chart(m, names[m.memberId] || 'Medlem ' + m.memberId, history)); });
  }

  function chart(member, name, history) {
    var W = 460, H = 220, L = 30, R = 16, T = 12, B = 30;
    var figure = document.createElement('figure');
    figure.className = 'chart';
    var caption = document.createElement('figcaption');
    caption.textContent = name + ' – ' + member.screenings.length + (member.screenings.length === 1 ? ' screening' : ' screeninger');
    figure.appendChild(caption);
    var root = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, width: W, height: H, role: 'img',
      'aria-label': 'Screeninger af ' + name + ' over tid, skala 1 (meget stort behov) til 5 (intet behov), højere er bedre' });
    var times = member.screenings.map(function (s) { return new Date(s.screenedOn + 'T12:00:00').getTime(); });
    var t0 = times[0], t1 = times[times.length - 1];
    if (t1 - t0 < 14 * DAY) { t0 -= 7 * DAY; t1 += 7 * DAY; }
    function x(t) { return L + (W - L - R) * (t - t0) / (t1 - t0); }
    function y(score) { return T + (H - T - B) * (history.highest - score) / (history.highest - history.lowest); }
    for (var s = history.lowest; s <= history.highest; s++) {
      svg('line', { x1: L, x2: W - R, y1: y(s), y2: y(s), stroke: '#e5e8e8' }, root);
      var label = svg('text', { x: L - 8, y: y(s) + 4, 'text-anchor': 'end', 'font-size': 11, fill: '#566573' }, root);
      label.textContent = s;
    }
    svg('line', { x1: L, x2: L, y1: T, y2: H - B, stroke: '#99a3a4' }, root);
    // the screening dates on the x axis (at most six labels)
    var step = Math.max(1, Math.ceil(times.length / 6));
    times.forEach(function (t, i) {
      if (i % step !== 0 && i !== times.length - 1) { return; }
      svg('line', { x1: x(t), x2: x(t), y1: H - B, y2: H - B + 4, stroke: '#99a3a4' }, root);
      var anchor = times.length > 1 && i === 0 ? 'start' : times.length > 1 && i === times.length - 1 ? 'end' : 'middle';
      var tx = svg('text', { x: x(t), y: H - B + 16, 'text-anchor': anchor, 'font-size': 10, fill: '#566573' }, root);
      tx.textContent = new Date(t).toLocaleDateString('da-DK', { day: 'numeric', month: 'short', year: '2-digit' });
    });
    var legend = document.createElement('ul');
    legend.className = 'chart-legend';
    DOMAINS.forEach(function (d) {
      var points = [];
      // domains with the same scores would hide each other: each domain's line sits a little apart
      var offset = (DOMAINS.indexOf(d) - (DOMAINS.length - 1) / 2) * 0.7;
      member.screenings.forEach(function (s, i) {
        if (s.scores[d]) { points.push([x(times[i]) + (times.length === 1 ? offset * 3 : 0), y(s.scores[d]) + offset, s.scores[d]]); }
      });
      if (!points.length) { return; }
      var style = DOMAIN_STYLE[d];
      var g = svg('g', { 'class': 'series', 'data-domain': d }, root);
      svg('title', {}, g).textContent = DOMAIN_NAMES[d];
      if (points.length > 1) {
        svg('polyline', { points: points.map(function (p) { return p[0].toFixed(1) + ',' + p[1].toFixed(1); }).join(' '),
          fill: 'none', stroke: style.colour, 'stroke-width': 2, 'stroke-dasharray': style.dash }, g);
      }
      points.forEach(function (p) { marker(g, style, p[0], p[1]); });
      var li = document.createElement('li');
      var key = svg('svg', { width: 28, height: 12, 'aria-hidden': 'true' });
      svg('line', { x1: 0, x2: 28, y1: 6, y2: 6, stroke: style.colour, 'stroke-width': 2, 'stroke-dasharray': style.dash }, key);
      marker(key, style, 14, 6);
      li.appendChild(key);
      var first = points[0][2], last = points[points.length - 1][2];
      li.appendChild(document.createTextNode(' ' + DOMAIN_NAMES[d] + ': ' + (points.length > 1 ? first + ' → ' + last : last)));
      legend.appendChild(li);
    });
    figure.appendChild(root);
    figure.appendChild(legend);
    return figure;
  }

  function marker(parent, style, cx, cy) {
    var r = 3.5;
    if (style.marker === 'square') {
      svg('rect', { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r, fill: style.colour }, parent);
    } else if (style.marker === 'triangle') {
      svg('polygon', { points: [cx, cy - r - 1, cx - r - 1, cy + r, cx + r + 1, cy + r].join(' '), fill: style.colour }, parent);
    } else if (style.marker === 'diamond') {
      svg('polygon', { points: [cx, cy - r - 1, cx - r - 1, cy, cx, cy + r + 1, cx + r + 1, cy].join(' '), fill: style.colour }, parent);
    } else {
      svg('circle', { cx: cx, cy: cy, r: r, fill: style.colour }, parent);
    }
  }
}());
