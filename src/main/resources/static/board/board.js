// The operations board: reads /api/board with the Camunda webapps' login session and draws it in Danish.
(function () {
  'use strict';
  var PHASES = {}; // the case phases' Danish names, from /api/board/names
  var state = { sort: 'caseNumber', direction: 'asc', page: 0, size: 50 };
  var form = document.getElementById('filters');
  var status = document.getElementById('status');

  // the districts come from the configuration (tvaers.cases.districts), as the referral form's do
  fetch('/api/board/districts', { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } })
    .then(function (response) { return response.ok ? response.json() : []; })
    .then(function (districts) {
      districts.forEach(function (d) { form.district.add(new Option(d, d)); });
    })
    .catch(function () { /* the board itself says what went wrong */ });

  function text(value) { return value === null || value === undefined ? '' : String(value); }
  function el(tag, content, cls) {
    var e = document.createElement(tag);
    if (content instanceof Node) { e.appendChild(content); } else { e.textContent = text(content); }
    if (cls) { e.className = cls; }
    return e;
  }
  var date = window.TvaersNames.date;

  function query() {
    var q = new URLSearchParams();
    ['district', 'phase', 'coordinator', 'administration'].forEach(function (name) {
      if (form[name].value) { q.set(name, form[name].value); }
    });
    if (form.overdueOnly.checked) { q.set('overdueOnly', 'true'); }
    q.set('sort', state.sort); q.set('direction', state.direction);
    q.set('page', state.page); q.set('size', state.size);
    return q.toString();
  }

  function load() {
    status.textContent = 'Henter …';
    fetch('/api/board?' + query(), { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } })
      .then(function (response) {
        if (response.status === 401) {
          status.innerHTML = 'Du er ikke logget ind. Log ind i <a href="/camunda/app/tasklist/">Opgaver</a> eller'
            + ' <a href="/camunda/app/cockpit/">Overblik</a>, og åbn driftstavlen igen.';
          return null;
        }
        return response.json().then(function (body) {
          if (!response.ok) { throw new Error(body.detail || 'Driftstavlen kunne ikke hentes'); }
          return body;
        });
      })
      .then(function (page) { if (page) { draw(page); } })
      .catch(function (error) { status.textContent = error.message; });
  }

  function draw(page) {
    var body = document.querySelector('#board tbody');
    body.innerHTML = '';
    page.rows.forEach(function (row) {
      var tr = document.createElement('tr');
      if (row.overdueTasks > 0) { tr.className = 'overdue'; }
      // the steering group sees figures only: no way into the case record
      var link = page.figuresOnly ? document.createTextNode(row.caseNumber) : el('a', row.caseNumber);
      if (!page.figuresOnly) { link.href = 'case.html?caseNumber=' + encodeURIComponent(row.caseNumber); }
      tr.appendChild(el('td', link));
      tr.appendChild(el('td', row.district));
      var coordinator = el('td', page.figuresOnly ? '–' : row.coordinatorName || row.coordinator);
      if (!page.figuresOnly && row.coordinator) { coordinator.title = 'Brugernavn: ' + row.coordinator; }
      tr.appendChild(coordinator);
      tr.appendChild(el('td', PHASES[row.phase] || row.phase));
      var days = el('td', row.daysInPhase + (row.plannedDays ? ' / ' + row.plannedDays : ''), 'num');
      if (row.plannedDays) {
        var late = row.daysInPhase > row.plannedDays;
        var bar = el('span', '', 'bar' + (late ? ' late' : ''));
        var fill = document.createElement('span');
        fill.style.width = Math.min(100, Math.round(100 * row.daysInPhase / row.plannedDays)) + '%';
        bar.appendChild(fill);
        days.appendChild(bar);
        days.title = row.daysInPhase + ' af ' + row.plannedDays + ' planlagte dage';
      }
      tr.appendChild(days);
      ['sof', 'buf', 'bif', 'kff'].forEach(function (a) {
        var open = el('td', row.openTasks[a] || '', 'num');
        if (a === 'sof' && row.openTasks.sofRoles) {
          open.title = 'heraf ' + row.openTasks.sofRoles + ' til koordinator, teamchef, mentor eller teamleder';
        }
        tr.appendChild(open);
      });
      tr.appendChild(el('td', row.overdueTasks || '', 'num overdue-count'));
      var due = el('td', date(row.nextDeadline));
      if (row.nextDeadline && new Date(row.nextDeadline) < new Date()) { due.className = 'late'; }
      tr.appendChild(due);
      var strip = document.createElement('td');
      (row.screening || []).forEach(function (m) {
        var cellStyle = ['#fadbd8', '#f5cba7', '#fcf3cf', '#d5f5e3', '#abebc6'][Math.max(0, Math.min(4, Math.round(m.score) - 1))];
        var s = el('span', String(m.score).replace('.', ',') + ({ UP: '↑', DOWN: '↓', SAME: '→', FIRST: '' }[m.trend] || ''), 'heat');
        s.style.background = cellStyle;
        var label = m.label || 'Medlem';
        s.textContent = label + ' ' + s.textContent;
        s.title = label + ': ' + String(m.score).replace('.', ',') + ({ UP: ' – bedre', DOWN: ' – dårligere', SAME: ' – uændret', FIRST: ' – første screening' }[m.trend] || '');
        strip.appendChild(s);
      });
      tr.appendChild(strip);
      body.appendChild(tr);
    });
    var pages = Math.max(1, Math.ceil(page.total / page.size));
    status.textContent = page.summary + (page.figuresOnly ? ' (tal uden navne)' : '');
    // the steering group sees no names, and so cannot look for one
    document.getElementById('coordinator-filter').hidden = page.figuresOnly;
    document.getElementById('pageinfo').textContent = 'Side ' + (page.page + 1) + ' af ' + pages;
    document.getElementById('prev').disabled = page.page === 0;
    document.getElementById('next').disabled = page.page + 1 >= pages;
    document.querySelectorAll('#board th[data-sort]').forEach(function (th) {
      th.setAttribute('aria-sort', th.dataset.sort === state.sort
        ? (state.direction === 'asc' ? 'ascending' : 'descending') : 'none');
    });
  }

  // sorting: a button in each sortable header (keyboard: Tab to it, Enter or Space), its state in aria-sort
  document.querySelectorAll('#board th[data-sort]').forEach(function (th) {
    th.querySelector('button').addEventListener('click', function () {
      state.direction = state.sort === th.dataset.sort && state.direction === 'asc' ? 'desc' : 'asc';
      state.sort = th.dataset.sort;
      state.page = 0;
      load();
    });
  });
  form.addEventListener('change', function () { state.page = 0; load(); });
  form.addEventListener('submit', function (e) { e.preventDefault(); state.page = 0; load(); });
  document.getElementById('prev').addEventListener('click', function () { state.page--; load(); });
  document.getElementById('next').addEventListener('click', function () { state.page++; load(); });
  window.TvaersNames.load().then(function (names) {
    PHASES = names.casePhases || {};
    // running cases only: a closed case is not on the board
    Object.keys(PHASES).filter(function (p) { return p !== 'CLOSED'; })
      .forEach(function (p) { form.phase.add(new Option(PHASES[p], p)); });
    load();
  });
}());
