import type {Article, BlockRole} from '../schema/article.js';
import type {NumericClaim} from '../schema/claim.js';
import type {Span} from '../schema/span.js';
import {escapeHtml as esc, renderMarked, type Mark} from './annotate.js';
import {PAGE_SCRIPT} from './script.js';
import type {InspectRecord, ParsedRecord} from './record.js';

/** The roles in legend order, each with its tint (light, dark). */
export const ROLE_COLORS: Record<BlockRole, [string, string]> = {
  headline: ['#f4c7c3', '#6b2b26'],
  dek: ['#fbe0c3', '#6b4422'],
  byline: ['#d6ecc9', '#2f5323'],
  dateline: ['#c9ecdf', '#1f5444'],
  body: ['#ffffff', '#1c1f24'],
  caption: ['#d7dcf5', '#2d3566'],
  related: ['#ead3f0', '#52295c'],
  boilerplate: ['#e4e4e4', '#3a3a3a'],
  other: ['#f3efd9', '#4a4527'],
};
const ROLES = Object.keys(ROLE_COLORS) as BlockRole[];

const numberFormat = new Intl.NumberFormat('en', {maximumFractionDigits: 6});

/** The lines a claim's tooltip shows: value first, then unit, bound, change, subject, speaker. */
export function claimTip(c: NumericClaim): string {
  const value = c.upper !== undefined ? `${numberFormat.format(c.value)} to ${numberFormat.format(c.upper)}` : numberFormat.format(c.value);
  const lines = [`value: ${value}`, `unit: ${c.unit ?? '–'}`, `kind: ${c.kind}`, `bound: ${c.bound}`, `change: ${c.change ?? '–'}`, `subject: ${c.subject ?? '–'}`, `speaker: ${c.speaker ?? '–'}`];
  const conf = numberOr(c, 'confidence');
  if (conf !== null) lines.push(`confidence: ${conf.toFixed(2)}`);
  return lines.join('\n');
}

/** A numeric property of an object that may not have it (fields other stages may add). */
function numberOr(x: unknown, key: string): number | null {
  const v = typeof x === 'object' && x !== null ? (x as Record<string, unknown>)[key] : undefined;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** `article.confidence[field]` when the parse gives one ({confidence, missed}), else null. */
function fieldConfidence(article: Article, field: string): {confidence: number; missed: number | null} | null {
  const all = (article as {confidence?: unknown}).confidence;
  const f = typeof all === 'object' && all !== null ? (all as Record<string, unknown>)[field] : undefined;
  const confidence = numberOr(f, 'confidence');
  return confidence === null ? null : {confidence, missed: numberOr(f, 'missed')};
}

function confidenceBadge(article: Article, field: string): string {
  const c = fieldConfidence(article, field);
  if (!c) return '';
  const missed = c.missed !== null ? ` · missed ${c.missed.toFixed(2)}` : '';
  const low = c.confidence < 0.5 ? ' low' : '';
  return ` <span class="conf${low}" data-confidence="${c.confidence}" title="calibrated confidence">${c.confidence.toFixed(2)}${missed}</span>`;
}

/** The marks inside the text: paragraphs, quotes, attributions, numeric claims and where speakers are named. */
function marksOf(r: ParsedRecord, id: (s: string) => string): Mark[] {
  const a = r.article;
  const marks: Mark[] = [];
  a.paragraphs.forEach((p, k) => marks.push({span: p.span, rank: 0, tag: 'span', attrs: {class: 'para', 'data-para': String(k)}}));
  a.quotes.forEach((q, k) => {
    const speaker = q.speaker ?? 'no speaker found';
    marks.push({span: q.span, rank: 1, tag: 'span', attrs: {class: 'quote', id: id(`q${k}`), 'data-quote': String(k), tabindex: '0', 'data-tip': `quote\nspeaker: ${speaker}`}});
  });
  a.attributions.forEach((t, k) => marks.push({span: t.span, rank: 2, tag: 'span', attrs: {class: 'attr', 'data-attr': String(k), 'data-tip': `attribution (${t.kind})\nsource: ${t.source}`, tabindex: '0'}}));
  a.numericClaims.forEach((c, k) => marks.push({span: c.span, rank: 3, tag: 'span', attrs: {class: 'claim', 'data-claim': String(k), tabindex: '0', 'data-tip': claimTip(c)}}));
  r.mentions.forEach((m, k) => {
    if (m) marks.push({span: m, rank: 4, tag: 'span', attrs: {class: 'mention', id: id(`m${k}`), 'data-mention': String(k)}});
  });
  return marks;
}

function renderBlocks(r: ParsedRecord, id: (s: string) => string): string {
  const marks = marksOf(r, id).sort((x, y) => x.span.start - y.span.start);
  let m = 0;
  const out: string[] = [];
  for (const [i, b] of r.article.blocks.entries()) {
    const span: Span = b.span;
    while (m < marks.length && marks[m]!.span.end <= span.start) m++;
    const here: Mark[] = [];
    for (let k = m; k < marks.length && marks[k]!.span.start < span.end; k++) if (marks[k]!.span.end > span.start) here.push(marks[k]!);
    const text = r.view.slice(span.start, span.end);
    const gap = !text.trim();
    const conf = numberOr(b, 'confidence');
    const attrs = `class="block${gap ? ' gap' : ''}" id="${id(`b${i}`)}" data-index="${i}" data-role="${b.role}" data-start="${span.start}" data-end="${span.end}" tabindex="0"${conf !== null ? ` data-confidence="${conf}"` : ''}`;
    out.push(`<div ${attrs}>${gap ? '' : renderMarked(r.view, span, here)}</div>`);
  }
  return out.join('\n');
}

function linkTo(id: string, text: string): string {
  return `<a href="#${id}">${esc(text)}</a>`;
}

function field(name: string, label: string, value: string, article: Article, blockId?: string): string {
  const go = blockId ? ` <a class="go" href="#${blockId}" aria-label="show ${esc(label)} in the text">↧</a>` : '';
  return `<div class="field" data-field="${name}" tabindex="0"><dt>${esc(label)}${confidenceBadge(article, name)}${go}</dt><dd>${value}</dd></div>`;
}

const none = '<span class="none">none</span>';
const list = (items: string[], attr: string) => (items.length ? `<ul ${attr}>${items.map((x) => `<li>${x}</li>`).join('')}</ul>` : none);
const shortText = (s: string, n = 140) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function blockAt(article: Article, at: number): number {
  return article.blocks.findIndex((b) => b.span.end > at);
}

function renderPanel(r: ParsedRecord, id: (s: string) => string): string {
  const a = r.article;
  const headlineBlock = a.blocks.findIndex((b) => b.role === 'headline');
  const dekBlock = a.blocks.findIndex((b) => b.role === 'dek');
  const bId = (i: number) => (i >= 0 ? id(`b${i}`) : undefined);
  const date = (d: Article['publishedAt']) => (d ? `<time datetime="${esc(d.iso)}">${esc(d.iso)}</time> <span class="src">“${esc(d.text)}” · ${d.precision}</span>` : none);
  const fields = [
    field('headline', 'Headline', a.headline ? `<span data-value="headline">${esc(a.headline)}</span>` : none, a, bId(headlineBlock)),
    field('dek', 'Dek', a.dek ? `<span data-value="dek">${esc(a.dek)}</span>` : none, a, bId(dekBlock)),
    field('byline', 'Authors', a.byline ? list(a.byline.authors.map(esc), 'data-value="authors"') + `<span class="src">“${esc(shortText(a.byline.text))}”</span>` : none, a, a.byline ? bId(blockAt(a, a.byline.span.start)) : undefined),
    field('publishedAt', 'Published', date(a.publishedAt), a, a.publishedAt ? bId(blockAt(a, a.publishedAt.span.start)) : undefined),
    field('updatedAt', 'Updated', date(a.updatedAt), a, a.updatedAt ? bId(blockAt(a, a.updatedAt.span.start)) : undefined),
    field('language', 'Language', a.language ? esc(a.language) : none, a),
    field('attributions', 'Attributions', list(a.attributions.map((t) => `${esc(t.source)} <span class="src">${esc(t.kind)}${t.paragraph !== null ? ` · ¶${t.paragraph + 1}` : ''}</span>`), 'data-value="attributions"'), a),
    field('related', 'Related', list(a.related.map((x) => `${esc(x.rel)}: ${x.url ? `<span title="${esc(x.url)}">${esc(x.title)}</span>` : esc(x.title)}`), 'data-value="related"'), a),
    field('captions', 'Captions', list(a.captions.map((c) => `${esc(shortText(c.text))}${c.credit ? ` <span class="src">${esc(c.credit)}</span>` : ''}`), 'data-value="captions"'), a),
    field('quotes', 'Quotes', list(a.quotes.map((q, k) => {
      const conf = numberOr(q, 'confidence');
      const who = q.speaker ? (r.mentions[k] ? linkTo(id(`m${k}`), q.speaker) : esc(q.speaker)) : '<span class="none">no speaker</span>';
      return `${linkTo(id(`q${k}`), shortText(q.text, 90))} — ${who}${conf !== null ? ` <span class="conf">${conf.toFixed(2)}</span>` : ''}`;
    }), 'data-value="quotes"'), a),
  ];
  const counts = `<dl class="counts"><div><dt>blocks</dt><dd data-count="blocks">${a.blocks.length}</dd></div><div><dt>paragraphs</dt><dd data-count="paragraphs">${a.paragraphs.length}</dd></div><div><dt>quotes</dt><dd data-count="quotes">${a.quotes.length}</dd></div><div><dt>claims</dt><dd data-count="claims">${a.numericClaims.length}</dd></div></dl>`;
  const warnings = a.warnings.length
    ? `<ul class="warnings">${a.warnings.map((w) => `<li><code>${esc(w.code)}</code> ${esc(w.message)}</li>`).join('')}</ul>`
    : '<p class="none">no warnings</p>';
  return `<aside class="panel" aria-label="Fields">${counts}<dl class="fields">${fields.join('')}</dl><h3>Warnings</h3>${warnings}</aside>`;
}

function legend(article: Article): string {
  const n = new Map<BlockRole, number>();
  for (const b of article.blocks) n.set(b.role, (n.get(b.role) ?? 0) + 1);
  return `<ul class="legend" aria-label="Block roles">${ROLES.map((role) => `<li data-role="${role}"><span class="swatch"></span>${role} <span class="n">${n.get(role) ?? 0}</span></li>`).join('')}</ul>`;
}

/** JSON inside a script element: `<` escaped so no text can close the element. */
function jsonScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function renderRecord(r: InspectRecord, k: number, many: boolean): string {
  const id = (s: string) => `r${k}-${s}`;
  const hidden = many && k > 0 ? ' hidden' : '';
  const head = `<h2>${esc(r.name)}</h2>`;
  if ('error' in r) {
    return `<section class="record" data-record="${k}"${hidden}>${head}<p class="error"><code>${esc(r.error.code)}</code> ${esc(r.error.message)}</p></section>`;
  }
  const explain = r.article.explain ? `<script type="application/json" class="explain">${jsonScript(r.article.explain)}</script>` : '';
  return `<section class="record" data-record="${k}" data-format="${r.format}"${hidden}>
<header class="bar">${head}<span class="meta">${r.format} · ${r.view.length.toLocaleString('en')} characters</span>${legend(r.article)}</header>
<div class="layout">
<main class="doc" aria-label="The text the parse read, each block tinted by its role">
${renderBlocks(r, id)}
</main>
<div class="side">${renderPanel(r, id)}<section class="evidence" aria-live="polite"><h3>Evidence</h3><p class="none">${r.article.explain ? 'Select a block or a field (click, or Enter) to see why it came out so.' : 'Run with --explain to see the evidence for each choice.'}</p></section></div>
</div>${explain}
</section>`;
}

function roleCss(): string {
  const light = ROLES.map((r) => `[data-role="${r}"]{--tint:${ROLE_COLORS[r][0]}}`).join('\n');
  const dark = ROLES.map((r) => `[data-role="${r}"]{--tint:${ROLE_COLORS[r][1]}}`).join('\n');
  return `${light}\n@media (prefers-color-scheme: dark){\n${dark}\n}`;
}

const STYLE = `
:root{color-scheme:light dark;--bg:#fafafa;--fg:#1d1d1f;--muted:#666;--line:#d0d0d0;--panel:#fff;--focus:#1a66d6;--claim:#c0392b;--quote:#2a6fdb}
@media (prefers-color-scheme: dark){:root{--bg:#121417;--fg:#e6e6e6;--muted:#a0a0a0;--line:#3a3d42;--panel:#191c20;--focus:#6aa5ff;--claim:#ff8a7a;--quote:#8ab4ff}}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;background:var(--bg);color:var(--fg)}
.top{display:flex;gap:1em;align-items:center;padding:.5em 1em;border-bottom:1px solid var(--line);position:sticky;top:0;background:var(--bg);z-index:2}
.top h1{font-size:1.05em;margin:0}
.bar{padding:.5em 1em;display:flex;flex-wrap:wrap;gap:.5em 1em;align-items:baseline}
.bar h2{font-size:1em;margin:0;word-break:break-all}
.meta,.src,.none,.n{color:var(--muted);font-size:.9em}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:.3em .8em;margin:0;padding:0;font-size:.85em}
.swatch{display:inline-block;width:.9em;height:.9em;margin-right:.3em;vertical-align:-.1em;background:var(--tint);border:1px solid var(--line)}
.layout{display:grid;grid-template-columns:minmax(0,3fr) minmax(18em,2fr);gap:1em;padding:0 1em 2em}
@media (max-width:800px){.layout{grid-template-columns:1fr}}
.doc{font:13.5px/1.55 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.block{position:relative;background:var(--tint);border-left:4px solid var(--line);margin:2px 0;padding:.2em .5em .2em 6.5em;white-space:pre-wrap;overflow-wrap:anywhere}
.record[data-format="html"] .block{white-space:normal}
.block::before{content:attr(data-role);position:absolute;left:.5em;top:.25em;font:11px/1.4 system-ui,sans-serif;color:var(--muted);text-transform:uppercase;letter-spacing:.03em}
.block.gap{min-height:.6em;padding-top:0;padding-bottom:0;opacity:.6}
.block.gap::before{content:"markup";font-size:9px;top:0}
.block[data-role="headline"]{font-weight:700}
.block[data-role="body"]{border-left-color:var(--focus)}
.block.lit{outline:2px dashed var(--focus);outline-offset:-2px}
.block[aria-current="true"],.field[aria-current="true"]{outline:2px solid var(--focus);outline-offset:-2px}
:focus-visible{outline:2px solid var(--focus);outline-offset:1px}
.claim{text-decoration:underline 2px var(--claim);text-underline-offset:3px;cursor:help}
.quote{background:color-mix(in srgb,var(--quote) 14%,transparent);border-bottom:1px dotted var(--quote);cursor:help}
.mention{border-bottom:2px solid var(--quote)}
.mention:target{background:color-mix(in srgb,var(--quote) 35%,transparent)}
.attr{font-style:italic;text-decoration:underline dotted;cursor:help}
.side{display:flex;flex-direction:column;gap:1em;position:sticky;top:3em;align-self:start;max-height:calc(100vh - 4em);overflow:auto}
.panel,.evidence{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.6em .9em}
.fields{margin:0}
.field{padding:.3em 0;border-bottom:1px solid var(--line)}
.field dt{font-weight:600;font-size:.9em}
.field dd{margin:0}
.field ul{margin:.1em 0;padding-left:1.2em}
.go{text-decoration:none;margin-left:.3em}
.conf{font-size:.8em;font-weight:500;padding:0 .4em;border-radius:1em;border:1px solid var(--line);margin-left:.3em}
.conf.low{border-color:var(--claim);color:var(--claim)}
.counts{display:flex;gap:1em;margin:0 0 .4em}
.counts dt{font-size:.8em;color:var(--muted)}.counts dd{margin:0;font-weight:600}
.warnings{padding-left:1.2em}
h3{font-size:.95em;margin:.6em 0 .3em}
.evidence table{border-collapse:collapse;font-size:.85em;width:100%}
.evidence td,.evidence th{border-top:1px solid var(--line);padding:.15em .3em;text-align:left;vertical-align:top}
.tip{position:absolute;z-index:5;max-width:26em;white-space:pre-line;background:var(--panel);color:var(--fg);border:1px solid var(--line);border-radius:6px;padding:.4em .6em;font-size:.85em;box-shadow:0 2px 10px rgba(0,0,0,.25)}
.error{color:var(--claim);padding:0 1em}
a{color:var(--focus)}
${roleCss()}
`;

/**
 * The inspector page: one self-contained HTML file (no network: styles and script inline).
 * With several records, a picker shows one at a time.
 */
export function renderPage(records: readonly InspectRecord[], title = 'newsparse inspect'): string {
  const many = records.length > 1;
  const picker = many
    ? `<label>Record <select id="record-picker">${records.map((r, k) => `<option value="${k}">${k + 1}. ${esc(shortText(r.name, 80))}${'error' in r ? ' (error)' : ''}</option>`).join('')}</select></label>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<div class="top"><h1>newsparse inspect</h1>${picker}<span class="meta">Tab or j/k moves between blocks · Enter selects · Esc clears</span></div>
${records.map((r, k) => renderRecord(r, k, many)).join('\n')}
<div class="tip" id="tip" role="tooltip" hidden></div>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}
