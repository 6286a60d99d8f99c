import type {MarkupHint} from '../input/hints.js';
import type {BlockFeatures, Detector, Proposal, RoleContext} from './types.js';

/**
 * Roles from markup (HTML and markdown input only): what the page's own structure says
 * about a block outranks what its text suggests.
 * - the headline heading: the `<h1>` (or `#`), or among several, the one the `<title>`
 *   repeats; failing an h1, the highest-level heading the title repeats; with no title
 *   at all (markdown, a fragment), the first of the highest-level headings;
 * - `<title>`: boilerplate when a headline heading was found, else the headline;
 * - `<meta>`/JSON-LD values made visible by the input stage: author -> byline, date ->
 *   dateline (the extractors read the date from dateline and byline blocks first);
 * - `<figcaption>`, a markdown image's alt text -> caption;
 * - `rel="author"`/`itemprop="author"`/`.byline` -> byline; a block that is a `<time>` -> dateline;
 * - inside `<nav>`, `<footer>`, `<form>`, `<button>`, `<menu>` or a site `<header>` (one
 *   without the h1) -> boilerplate, unless the block is long prose.
 */
export const markupHintsDetector: Detector = {
  name: 'markup-hints',
  propose(block, ctx) {
    if (!ctx.input.hints.length) return null;
    return analyse(ctx)[block.index] ?? null;
  },
};

const cache = new WeakMap<RoleContext, ReadonlyArray<Proposal | null>>();

function analyse(ctx: RoleContext): ReadonlyArray<Proposal | null> {
  let done = cache.get(ctx);
  if (!done) {
    done = proposeAll(ctx);
    cache.set(ctx, done);
  }
  return done;
}

const propose = (role: Proposal['role'], score: number, reason: string): Proposal => ({role, score, reason, detector: 'markup-hints'});

function proposeAll(ctx: RoleContext): Array<Proposal | null> {
  const enclosing = enclosingHints(ctx.blocks, ctx.input.hints);
  const headline = headlineBlock(ctx.blocks, enclosing);
  return ctx.blocks.map((b, i) => {
    const hints = enclosing[i]!;
    const has = <K extends MarkupHint['kind']>(kind: K) => hints.find((h): h is Extract<MarkupHint, {kind: K}> => h.kind === kind);
    const meta = has('meta');
    if (meta) return meta.name === 'author' ? propose('byline', 0.95, 'meta author') : propose('dateline', 0.95, 'meta publication date');
    if (i === headline) return propose('headline', 0.95, 'the page heading');
    if (has('title')) return headline >= 0 ? propose('boilerplate', 0.6, 'document title; the page has a heading') : propose('headline', 0.85, 'document title');
    if (has('caption')) return propose('caption', 0.9, 'figure caption');
    if (has('author') && b.chars <= 200) return propose('byline', 0.85, 'marked as the author');
    if (has('time') && b.chars <= 100) return propose('dateline', 0.8, 'a <time> element');
    // an <aside> holds related links and pull quotes as often as chrome: the text detectors decide
    const chrome = hints.find((h): h is Extract<MarkupHint, {kind: 'chrome'}> => h.kind === 'chrome' && h.tag !== 'aside');
    if (chrome && !(b.words >= 40 && b.endsSentence)) return propose('boilerplate', 0.8, `inside <${chrome.tag}>`);
    return null;
  });
}

const MAX_ACTIVE = 256;

/** For each block (in order), the hints whose element contains it. Both lists are sorted by start. */
function enclosingHints(blocks: readonly BlockFeatures[], hints: readonly MarkupHint[]): MarkupHint[][] {
  const out: MarkupHint[][] = [];
  let active: MarkupHint[] = [];
  let next = 0;
  for (const b of blocks) {
    const {start, end} = b.segment;
    while (next < hints.length && hints[next]!.start <= start) active.push(hints[next++]!);
    active = active.filter((h) => h.end > start);
    // pathological nesting (thousands of open <aside>s): the innermost hints are the ones that matter
    if (active.length > MAX_ACTIVE) active = active.slice(-MAX_ACTIVE);
    out.push(active.filter((h) => h.end >= end && h.kind !== 'link'));
  }
  return out;
}

/** The longest `<title>` prefix a heading is looked for in. */
const MAX_TITLE = 2_000;
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** The index of the block that is the page's headline heading, or -1. */
function headlineBlock(blocks: readonly BlockFeatures[], enclosing: readonly MarkupHint[][]): number {
  const headings: Array<{i: number; level: number}> = [];
  let title = '';
  blocks.forEach((b, i) => {
    for (const h of enclosing[i]!) {
      if (h.kind === 'heading' && b.words > 0) headings.push({i, level: h.level});
      // a title longer than any headline is cut: each heading is searched for in it (50,000
      // headings in a 2.5 MB title made that quadratic)
      if (h.kind === 'title' && !title) title = norm(b.text.slice(0, MAX_TITLE));
    }
  });
  if (!headings.length) return -1;
  const repeated = title
    ? headings.filter(({i}) => {
        const t = norm(blocks[i]!.text);
        return t.length >= 10 && title.includes(t);
      })
    : [];
  const byLevel = (list: typeof headings) => list.reduce((best, h) => (h.level < best.level ? h : best));
  if (repeated.length) return byLevel(repeated).i;
  const top = headings.filter((h) => h.level === 1);
  if (top.length) return top[0]!.i;
  // no <title> to compare with (markdown, an HTML fragment): the first of the highest
  // headings, if it comes before the prose (a "## Related" at the end is no headline)
  if (title) return -1;
  const first = headings.find((h) => h.level === byLevel(headings).level)!.i;
  const prose = blocks.findIndex((b) => b.words >= 30);
  return prose < 0 || first < prose ? first : -1;
}
