// The HTML report's script: one inline <script>, allowed by its hash in the page's Content-Security-Policy. Without
// it the page shows everything (the filter bar stays hidden, every row shows; a dataset's findings open with a click).
//
// - Sorting: a button in each sortable <th>; numbers by the cell's data-v (or its text), "—" (empty data-v) last
//   either way; text by a collator; ties keep the report's order. aria-sort tells which column sorts and how.
// - Search, department, severity and category: one bar filters the scorecard, the linking breaks, the datasets table,
//   the findings by dataset (a dataset or file with no finding shown is hidden) and the datasets without findings,
//   with a live count.
// - Printing shows everything, each dataset's findings open, and restores the filters and what was open after.
export const SCRIPT = `
(function () {
  var doc = document;
  var bar = doc.getElementById('controls');
  if (!bar) return;
  function els(sel, root) { return Array.prototype.slice.call((root || doc).querySelectorAll(sel)); }
  var search = doc.getElementById('search');
  var department = doc.getElementById('department-filter');
  var boxes = els('input[type=checkbox]', bar);
  var depRows = els('table.scorecard tbody tr.department');
  var linkRows = els('table.linking-breaks tbody tr');
  var dsRows = els('table.datasets tbody tr[data-dataset]');
  var sections = els('#findings details.dataset');
  var cleanBlock = doc.getElementById('clean-datasets');
  var cleanItems = cleanBlock ? els('li', cleanBlock) : [];
  var noMatch = doc.getElementById('no-findings-match');
  function text(id, value) { var el = doc.getElementById(id); if (el) el.textContent = value; }
  // A count the filters change: its words, in the report's language, are in data-some with {shown} for the number.
  function countText(el, shown, total) {
    if (!el) return;
    if (!el.hasAttribute('data-all')) el.setAttribute('data-all', el.textContent);
    el.textContent = shown === total ? el.getAttribute('data-all') : el.getAttribute('data-some').replace('{shown}', String(shown));
  }

  function update() {
    var q = search.value.trim().toLowerCase();
    var dep = department.value;
    var on = { severity: {}, category: {} };
    boxes.forEach(function (b) { on[b.name][b.value] = b.checked; });
    function inScope(el) {
      return (dep === '' || el.getAttribute('data-department') === dep) && (q === '' || (el.getAttribute('data-search') || '').toLowerCase().indexOf(q) >= 0);
    }
    // A department shows when its name matches, or one of its datasets does.
    var matched = {};
    var datasets = 0;
    dsRows.forEach(function (tr) {
      var ok = inScope(tr);
      tr.hidden = !ok;
      if (ok) { datasets++; matched[tr.getAttribute('data-department')] = true; }
    });
    var shownDeps = {};
    var departments = 0;
    depRows.forEach(function (tr) {
      var d = tr.getAttribute('data-department');
      var ok = (dep === '' || d === dep) && (q === '' || d.toLowerCase().indexOf(q) >= 0 || matched[d] === true);
      tr.hidden = !ok;
      if (ok) { departments++; shownDeps[d] = true; }
    });
    linkRows.forEach(function (tr) { tr.hidden = shownDeps[tr.getAttribute('data-department')] !== true; });
    var total = 0, withFindings = 0;
    sections.forEach(function (ds) {
      var shown = 0, listed = 0;
      var scoped = inScope(ds);
      els('.file', ds).forEach(function (file) {
        var rows = els('tr.finding', file);
        var k = 0;
        rows.forEach(function (tr) {
          var visible = scoped && on.severity[tr.getAttribute('data-severity')] === true && on.category[tr.getAttribute('data-category')] === true;
          tr.hidden = !visible;
          if (visible) k++;
        });
        file.hidden = rows.length > 0 && k === 0;
        shown += k;
        listed += rows.length;
      });
      ds.hidden = !scoped || (listed > 0 && shown === 0);
      var count = ds.querySelector('.dataset-count');
      countText(count, shown, listed);
      if (!ds.hidden) { total += shown; withFindings++; }
    });
    var clean = 0;
    cleanItems.forEach(function (li) { var ok = inScope(li); li.hidden = !ok; if (ok) clean++; });
    if (cleanBlock) {
      cleanBlock.hidden = clean === 0;
      countText(doc.getElementById('clean-count'), clean, cleanItems.length);
    }
    if (noMatch) noMatch.hidden = withFindings > 0 || clean > 0;
    text('visible-count', String(total));
    text('shown-departments', String(departments));
    text('shown-datasets', String(datasets));
    text('shown-sections', String(withFindings));
  }

  var collator = new Intl.Collator(doc.documentElement.lang || 'en', { numeric: true, sensitivity: 'base' });
  els('table.sortable').forEach(function (table) {
    var body = table.tBodies[0];
    var original = Array.prototype.slice.call(body.rows);
    var heads = els('thead th[aria-sort]', table);
    heads.forEach(function (th) {
      th.querySelector('button').addEventListener('click', function () {
        var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        heads.forEach(function (h) { h.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', dir);
        var col = th.cellIndex, num = th.getAttribute('data-sort') === 'num', sign = dir === 'ascending' ? 1 : -1;
        var keyed = original.map(function (tr, i) {
          var cell = tr.cells[col];
          var raw = cell.hasAttribute('data-v') ? cell.getAttribute('data-v') : cell.textContent.trim();
          var v = num ? (raw === '' || isNaN(Number(raw)) ? null : Number(raw)) : raw;
          return { tr: tr, i: i, v: v };
        });
        keyed.sort(function (a, b) {
          if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
          var c = num ? a.v - b.v : collator.compare(a.v, b.v);
          return c !== 0 ? sign * c : a.i - b.i;
        });
        keyed.forEach(function (k) { body.appendChild(k.tr); });
      });
    });
  });

  search.addEventListener('input', update);
  department.addEventListener('change', update);
  boxes.forEach(function (b) { b.addEventListener('change', update); });

  var details = els('details');
  function openTarget() {
    var t = location.hash.length > 1 ? doc.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    for (; t; t = t.parentElement) if (t.tagName === 'DETAILS') t.open = true;
  }
  window.addEventListener('hashchange', openTarget);
  var saved = null;
  window.addEventListener('beforeprint', function () {
    saved = { boxes: boxes.map(function (b) { return b.checked; }), q: search.value, dep: department.value, open: details.map(function (d) { return d.open; }) };
    boxes.forEach(function (b) { b.checked = true; });
    search.value = '';
    department.value = '';
    details.forEach(function (d) { d.open = true; });
    update();
  });
  window.addEventListener('afterprint', function () {
    if (saved) {
      var s = saved;
      boxes.forEach(function (b, i) { b.checked = s.boxes[i]; });
      search.value = s.q;
      department.value = s.dep;
      details.forEach(function (d, i) { d.open = s.open[i]; });
    }
    saved = null;
    update();
  });
  bar.hidden = false;
  update();
  openTarget();
})();
`;
