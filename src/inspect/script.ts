/**
 * The inspector page's one script, inlined into the page as text (no network, no build
 * step): the record picker, claim and quote tooltips on hover and focus, keyboard moves
 * between blocks (j/k, arrows), and with --explain the evidence of the selected block or
 * field, drawn from the record's explain JSON with textContent only.
 */
export const PAGE_SCRIPT = String.raw`
(function () {
  'use strict';
  var tip = document.getElementById('tip');
  var tipFor = null;
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function showTip(target) {
    tipFor = target;
    tip.textContent = target.getAttribute('data-tip');
    tip.hidden = false;
    var r = target.getBoundingClientRect();
    var left = Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(4, left) + 'px';
    tip.style.top = (window.scrollY + r.bottom + 6) + 'px';
    target.setAttribute('aria-describedby', 'tip');
  }
  function hideTip() {
    if (tipFor) tipFor.removeAttribute('aria-describedby');
    tipFor = null;
    tip.hidden = true;
  }
  function tipTarget(node) {
    return node && node.closest ? node.closest('[data-tip]') : null;
  }
  document.addEventListener('mouseover', function (e) {
    var t = tipTarget(e.target);
    if (t) showTip(t); else if (tipFor && document.activeElement !== tipFor) hideTip();
  });
  document.addEventListener('focusin', function (e) {
    var t = tipTarget(e.target);
    if (t) showTip(t); else hideTip();
  });
  document.addEventListener('focusout', function (e) {
    if (tipFor === e.target) hideTip();
  });

  function currentRecord() {
    return document.querySelector('section.record:not([hidden])');
  }
  function explainOf(record) {
    var s = record && record.querySelector('script.explain');
    if (!s) return null;
    if (!s._data) s._data = JSON.parse(s.textContent);
    return s._data;
  }
  function row(table, cells, head) {
    var tr = el('tr');
    cells.forEach(function (c) { tr.appendChild(el(head ? 'th' : 'td', c)); });
    table.appendChild(tr);
  }
  function fmt(x) { return typeof x === 'number' ? String(Math.round(x * 100) / 100) : String(x); }
  function blockEvidence(box, b) {
    box.appendChild(el('p', 'Block ' + b.index + ': ' + b.role + ' (' + b.decidedBy + '), score ' + fmt(b.score) + ': ' + b.reason));
    if (b.proposals.length) {
      box.appendChild(el('h4', 'Detectors that fired'));
      var t = el('table');
      row(t, ['detector', 'role', 'score', 'reason'], true);
      b.proposals.forEach(function (p) { row(t, [p.detector, p.role, fmt(p.score), p.reason]); });
      box.appendChild(t);
    } else box.appendChild(el('p', 'No detector fired.', 'none'));
    if (b.steps.length) {
      box.appendChild(el('h4', 'Refiners that changed it'));
      var s = el('table');
      row(s, ['refiner', 'from', 'to', 'reason'], true);
      b.steps.forEach(function (p) { row(s, [p.refiner, p.from, p.to, p.reason]); });
      box.appendChild(s);
    }
  }
  function fieldEvidence(box, name, f) {
    box.appendChild(el('p', name + ': ' + f.reason));
    if (f.blocks.length) box.appendChild(el('p', 'From block' + (f.blocks.length > 1 ? 's ' : ' ') + f.blocks.slice(0, 30).join(', ') + (f.blocks.length > 30 ? ', …' : ''), 'src'));
    if (f.candidates.length) {
      box.appendChild(el('h4', 'Candidates that lost'));
      var t = el('table');
      row(t, ['block', 'now', 'score', 'why'], true);
      f.candidates.forEach(function (c) { row(t, [c.block, c.role, fmt(c.score), c.reason]); });
      box.appendChild(t);
    }
  }
  function select(node) {
    var record = node.closest('section.record');
    record.querySelectorAll('[aria-current="true"]').forEach(function (n) { n.removeAttribute('aria-current'); });
    record.querySelectorAll('.lit').forEach(function (n) { n.classList.remove('lit'); });
    node.setAttribute('aria-current', 'true');
    var data = explainOf(record);
    var box = record.querySelector('.evidence');
    if (!box) return;
    while (box.childNodes.length > 1) box.removeChild(box.lastChild);
    if (!data) {
      box.appendChild(el('p', node.classList.contains('block')
        ? 'Block ' + node.dataset.index + ': ' + node.dataset.role + ', input ' + node.dataset.start + '–' + node.dataset.end + '. Run with --explain for the evidence.'
        : 'Run with --explain for the evidence.', 'none'));
      return;
    }
    if (node.classList.contains('block')) {
      blockEvidence(box, data.blocks[Number(node.dataset.index)]);
    } else {
      var name = node.dataset.field;
      var f = data.fields[name];
      if (!f) { box.appendChild(el('p', 'No evidence recorded for ' + name + '.', 'none')); return; }
      fieldEvidence(box, name, f);
      f.blocks.forEach(function (i) {
        var b = record.querySelector('.block[data-index="' + i + '"]');
        if (b) b.classList.add('lit');
      });
    }
  }
  document.addEventListener('click', function (e) {
    if (e.target.closest('a, select')) return;
    var n = e.target.closest('.block, .field');
    if (n) select(n);
  });
  document.addEventListener('keydown', function (e) {
    var a = document.activeElement;
    if (e.key === 'Escape') {
      hideTip();
      var r = currentRecord();
      if (r) r.querySelectorAll('[aria-current="true"], .lit').forEach(function (n) { n.removeAttribute('aria-current'); n.classList.remove('lit'); });
      return;
    }
    if (!a || !a.closest) return;
    if ((e.key === 'Enter' || e.key === ' ') && a.matches('.block, .field')) {
      e.preventDefault();
      select(a);
      return;
    }
    var block = a.closest('.block');
    if (!block) return;
    var step = e.key === 'j' || e.key === 'ArrowDown' ? 1 : e.key === 'k' || e.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    var next = step > 0 ? block.nextElementSibling : block.previousElementSibling;
    if (next && next.classList.contains('block')) { e.preventDefault(); next.focus(); }
  });
  var picker = document.getElementById('record-picker');
  if (picker) {
    picker.addEventListener('change', function () {
      hideTip();
      document.querySelectorAll('section.record').forEach(function (s) { s.hidden = s.dataset.record !== picker.value; });
    });
  }
})();
`;
