// Danish display names for the ids the API speaks (groups, phases, goal statuses, member roles ...), from
// /api/board/names (board/DisplayNames.java, the one copy), and staff names for logins from /api/board/people.
// Also the Danish date format (d.M.yyyy) the board's pages use throughout.
(function () {
  'use strict';
  var json = { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } };
  var loaded = fetch('/api/board/names', json)
    .then(function (r) { return r.ok ? r.json() : {}; })
    .catch(function () { return {}; });
  function lookup(names, kind, id) {
    return id === null || id === undefined ? '' : (names[kind] && names[kind][id]) || id;
  }
  window.TvaersNames = {
    load: function () { return loaded; },
    name: lookup,
    // logins -> display names; the steering group gets none back, and an unknown login stays as it is
    people: function (logins) {
      var ids = logins.filter(function (id, i) { return id && logins.indexOf(id) === i; }).slice(0, 50);
      if (!ids.length) { return Promise.resolve({}); }
      return fetch('/api/board/people?' + ids.map(function (id) { return 'id=' + encodeURIComponent(id); }).join('&'), json)
        .then(function (r) { return r.ok ? r.json() : {}; })
        .catch(function () { return {}; });
    },
    // 12.3.2027 (Copenhagen time for timestamps; a bare yyyy-MM-dd is a calendar day)
    date: function (iso) {
      if (!iso) { return ''; }
      if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
        var p = iso.split('-');
        return Number(p[2]) + '.' + Number(p[1]) + '.' + p[0];
      }
      var parts = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', day: 'numeric', month: 'numeric',
        year: 'numeric' }).formatToParts(new Date(iso));
      function part(type) { return parts.filter(function (x) { return x.type === type; })[0].value; }
      return Number(part('day')) + '.' + Number(part('month')) + '.' + part('year');
    }
  };
}());
