// A case page behind the board: the course, the plan's goals by administration, the latest screening, the journal.
(function () {
  'use strict';
  var PHASES = { REFERRAL: 'Henvisning', INVESTIGATION: 'Undersøgelse', VISITATION: 'Visitation', QUEUED: 'I kø',
    PLANNING: 'Handleplan', INTENSIVE: 'Intensiv fase', PHASE_OUT: 'Udfasning', AFTERCARE: 'Efterværn', CLOSED: 'Afsluttet' };
  var DOMAINS = ['SCHOOL_EDUCATION', 'EMPLOYMENT', 'HEALTH', 'FAMILY_RELATIONS', 'LEISURE_NETWORK', 'CRIME_RISK'];
  var caseNumber = new URLSearchParams(location.search).get('caseNumber');
  var status = document.getElementById('status');
  function cell(row, value, cls) {
    var td = document.createElement('td'); td.textContent = value === null || value === undefined ? '' : value;
    if (cls) { td.className = cls; } row.appendChild(td); return td;
  }
  function day(iso) { return iso ? new Date(iso).toLocaleDateString('da-DK', { timeZone: 'Europe/Copenhagen' }) : ''; }
  if (!caseNumber) { status.textContent = 'Ingen sag valgt.'; return; }
  fetch('/api/cases/' + encodeURIComponent(caseNumber), { credentials: 'same-origin' })
    .then(function (r) { return r.json().then(function (b) { if (!r.ok) { throw new Error(b.detail || 'Sagen kunne ikke hentes'); } return b; }); })
    .then(function (c) {
      status.textContent = '';
      document.getElementById('title').textContent = 'Sag ' + c.caseNumber;
      document.getElementById('subtitle').textContent = c.district + ' · ' + (PHASES[c.phase] || c.phase);
      var names = {};
      (c.members || []).forEach(function (m) { names[m.id] = m.name + ' (' + m.age + ' år)'; });
      var timeline = document.getElementById('timeline');
      (c.course && c.course.phases || []).forEach(function (p) {
        var li = document.createElement('li');
        li.textContent = (PHASES[p.phase] || p.phase) + ' – ' + day(p.startedAt);
        timeline.appendChild(li);
      });
      var goals = document.querySelector('#goals tbody');
      (c.plan && c.plan.goals || []).slice().sort(function (a, b) { return a.administration.localeCompare(b.administration); })
        .forEach(function (g) {
          var tr = document.createElement('tr');
          cell(tr, g.administration.toUpperCase()); cell(tr, names[g.memberId]); cell(tr, g.description); cell(tr, g.status);
          goals.appendChild(tr);
        });
      var screenings = document.querySelector('#screenings tbody');
      (c.latestScreenings || []).forEach(function (s) {
        var tr = document.createElement('tr');
        cell(tr, names[s.memberId]); cell(tr, day(s.screenedOn));
        DOMAINS.forEach(function (d) {
          var score = s.scores[d];
          var td = cell(tr, score, 'num');
          if (score) { td.style.background = ['#fadbd8', '#f5cba7', '#fcf3cf', '#d5f5e3', '#abebc6'][score - 1]; }
        });
        screenings.appendChild(tr);
      });
      var journal = document.getElementById('journal');
      (c.journal || []).forEach(function (j) {
        var li = document.createElement('li');
        li.textContent = day(j.entryDate) + ' · ' + j.authorRole + ' (' + j.author + '): ' + j.text;
        journal.appendChild(li);
      });
    })
    .catch(function (e) { status.textContent = e.message; });
}());
