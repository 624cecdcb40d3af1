// The outcome report for a period (?from=YYYY-MM-DD&to=YYYY-MM-DD, as the quarterly report task links it): figures
// with bars against the projects' goals, the period's costs by the domain's unit prices, and CSV and PDF downloads.
(function () {
  'use strict';
  var N = window.TvaersNames;
  var NAMES = {}; // /api/board/names
  var form = document.getElementById('period');
  var status = document.getElementById('status');
  var figures = document.getElementById('figures');
  var now = new Date();
  var quarterStart = new Date(now.getFullYear(), Math.floor(now.getMonth() / 3) * 3, 1);
  function iso(d) { return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0'); }
  var params = new URLSearchParams(location.search);
  form.from.value = params.get('from') || iso(quarterStart);
  form.to.value = params.get('to') || iso(now);

  function pct(share) { return share === null || share === undefined ? '–' : Math.round(share * 100) + ' %'; }
  function add(title, rows) {
    var h = document.createElement('h2'); h.textContent = title; figures.appendChild(h);
    var table = document.createElement('table'); table.className = 'board';
    rows.forEach(function (r) {
      var tr = document.createElement('tr');
      var th = document.createElement('td'); th.textContent = r[0]; tr.appendChild(th);
      var td = document.createElement('td'); td.textContent = r[1]; td.className = 'num'; tr.appendChild(td);
      var bar = document.createElement('td');
      if (r[2] !== undefined && r[2] !== null) {
        var b = document.createElement('span'); b.className = 'bar' + (r[3] === false ? ' late' : '');
        var fill = document.createElement('span'); fill.style.width = Math.round(100 * r[2]) + '%';
        b.appendChild(fill); bar.appendChild(b);
        if (r[4]) { bar.appendChild(document.createTextNode(' ' + r[4])); }
      }
      tr.appendChild(bar);
      table.appendChild(tr);
    });
    figures.appendChild(table);
  }
  function kr(amount) {
    return amount === null || amount === undefined ? '' : Number(amount).toLocaleString('da-DK', { maximumFractionDigits: 2 }) + ' kr.';
  }
  function price(amount) {
    return Number(amount).toLocaleString('da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) + ' kr.';
  }
  function number(value) { return Number(value).toLocaleString('da-DK', { maximumFractionDigits: 2 }); }
  // the period's costs by the domain's unit prices: quantity, unit price, amount (a range where the domain gives one)
  function costs(c) {
    var h = document.createElement('h2'); h.textContent = 'Omkostninger (' + c.priceYear + '-priser, til og med i dag)';
    figures.appendChild(h);
    var table = document.createElement('table'); table.className = 'board'; table.id = 'costs';
    var head = document.createElement('tr');
    ['Post', 'Mængde i perioden', 'Enhedspris', 'Beløb', 'Grundlag'].forEach(function (t) {
      var th = document.createElement('th'); th.textContent = t; head.appendChild(th);
    });
    table.appendChild(head);
    c.lines.forEach(function (l) {
      var tr = document.createElement('tr');
      if (!l.recorded) { tr.className = 'not-recorded'; }
      function td(text, cls) { var e = document.createElement('td'); e.textContent = text; if (cls) { e.className = cls; } tr.appendChild(e); }
      td(l.label);
      td(l.recorded ? number(l.quantity) + ' ' + l.unit : 'ikke registreret', 'num');
      td(l.recorded ? price(l.unitPrice) : '', 'num');
      td(l.recorded ? kr(l.amount) : 'ikke registreret', 'num');
      td(l.basis, 'basis');
      table.appendChild(tr);
    });
    var total = document.createElement('tr'); total.className = 'total';
    [['I alt', ''], ['', 'num'], ['', 'num'],
      [kr(c.total), 'num'],
      ['Summen af posterne; sociale tilbud som optrapning: første år, derefter fuld kapacitet', 'basis']].forEach(function (v) {
      var e = document.createElement('td'); e.textContent = v[0]; if (v[1]) { e.className = v[1]; } total.appendChild(e);
    });
    table.appendChild(total);
    // five columns do not fit a phone: the table scrolls in its own box (keyboard-focusable), never the page
    var box = document.createElement('div'); box.className = 'table-scroll'; box.tabIndex = 0;
    box.setAttribute('role', 'region'); box.setAttribute('aria-label', 'Omkostninger, kan rulles vandret');
    box.appendChild(table);
    figures.appendChild(box);
  }
  function met(c) { return c.met ? 'mål nået' : 'mål ikke nået'; }
  // how each figure is computed and from which data
  function methods(list) {
    var h = document.createElement('h2'); h.textContent = 'Sådan beregnes tallene'; figures.appendChild(h);
    var dl = document.createElement('dl'); dl.id = 'methods'; dl.className = 'methods';
    list.forEach(function (m) {
      var dt = document.createElement('dt'); dt.textContent = m.label; dl.appendChild(dt);
      var dd = document.createElement('dd'); dd.textContent = m.computation; dl.appendChild(dd);
    });
    figures.appendChild(dl);
  }
  function count(c) { return c.count + ' af ' + c.base + ' (' + pct(c.share) + ')'; }

  function load() {
    var q = 'from=' + form.from.value + '&to=' + form.to.value;
    document.getElementById('csv').href = '/api/reports/outcomes.csv?' + q;
    document.getElementById('pdf').href = '/api/reports/outcomes.pdf?' + q;
    status.textContent = 'Henter …';
    figures.innerHTML = '';
    Promise.all([fetch('/api/reports/outcomes?' + q, { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } }), N.load()])
      .then(function (both) {
        NAMES = both[1];
        var r = both[0];
        if (r.status === 401) { throw new Error('Du er ikke logget ind. Log ind i Opgaver (Tasklist) eller Overblik (Cockpit), og åbn rapporten igen.'); }
        if (r.status === 403) { throw new Error('Rapporten er for teamledere, styregruppen og koordinatorer. Du har ikke adgang til den.'); }
        return r.json().then(function (b) { if (!r.ok) { throw new Error(b.detail || 'Rapporten kunne ikke hentes'); } return b; });
      })
      .then(function (r) {
        status.textContent = 'Periode ' + N.date(r.from) + ' – ' + N.date(r.to);
        add('Familier', [['Kørende familier', r.familiesRunning]].concat(Object.keys(r.familiesByPhase).map(function (p) {
          return ['– ' + N.name(NAMES, 'casePhases', p), r.familiesByPhase[p], r.familiesRunning ? r.familiesByPhase[p] / r.familiesRunning : 0];
        })));
        add('Mål og frister', [
          ['Børnefaglige undersøgelser afsluttet inden for fristen', r.investigationsWithinDeadline + ' af ' + r.investigationsFinished,
            r.investigationsWithinDeadlineShare, r.investigationsWithinDeadlineShare === null || r.investigationsWithinDeadlineShare >= 1, pct(r.investigationsWithinDeadlineShare)],
          ['Familier med bedre forældreautoritet, målt ved SSP-bekymringen for børnene (mål ≥ 60 %)',
            r.parentalAuthority.familiesImproved + ' af ' + r.parentalAuthority.familiesMeasured,
            r.parentalAuthority.share, r.parentalAuthority.met, pct(r.parentalAuthority.share)]]);
        add('Overskredne opgaver pr. forvaltning', Object.keys(r.overdueTasksByAdministration).map(function (a) {
          return [N.name(NAMES, 'groupTitles', a), r.overdueTasksByAdministration[a]];
        }));
        var a = r.adultPath; var c = a.criteria;
        add('Klar / Parat / Start (' + a.enrolled + ' indskrevet i perioden)', [
          ['Indskrevet i perioden (grundlaget for andelene)', a.enrolled],
          ['Frafald registreret i perioden', a.droppedOutInPeriod],
          ['Af de indskrevne: udskrevet / stadig i forløb / faldet fra', a.discharged + ' / ' + a.stillEnrolled + ' / ' + a.droppedOut],
          ['Af de indskrevne: sigtet under forløbet (tælles ikke i målet)', a.chargedWhileEnrolled],
          ['Gennemført eller videre i job/uddannelse (mål ≥ 75 %)', count(c.completedOrMovedOn), c.completedOrMovedOn.share, c.completedOrMovedOn.met, met(c.completedOrMovedOn)],
          ['Tiltalt under forløbet (mål ≤ 15 %)', count(c.prosecutedWhileEnrolled), c.prosecutedWhileEnrolled.share, c.prosecutedWhileEnrolled.met, met(c.prosecutedWhileEnrolled)],
          ['Markant positiv bevægelse efter fagpersonernes vurderinger (mål ≥ 60 %)', count(c.significantPositiveMovement), c.significantPositiveMovement.share, c.significantPositiveMovement.met, met(c.significantPositiveMovement)]]);
        costs(r.costs);
        methods(r.methods);
      })
      .catch(function (e) { status.textContent = e.message; });
  }
  form.addEventListener('submit', function (e) { e.preventDefault(); load(); });
  load();
}());
