import type {Article, Block, BlockRole} from '../schema/article.js';
import type {BlockExplain, Explain, ExplainCandidate, ExplainFieldName, ExplainStep, FieldExplain} from '../schema/explain.js';
import type {Span} from '../schema/span.js';
import type {Assignment, RoleTrace} from '../roles/types.js';
import type {FieldTrace} from '../fields/types.js';

/** At most this many losing candidates are listed per field. */
const MAX_CANDIDATES = 5;

type Weighed = Map<number, {score: number; why: string}>;

/**
 * Collects what the stages report while they run with `explain: true`: the candidates
 * the refiners and extractors weighed, and every refiner's changes. Only made when asked
 * for; without it the stages skip every report (an optional call on an absent trace).
 */
export interface ExplainRecorder {
  roles: RoleTrace;
  fields: FieldTrace;
  /** Candidates weighed for a role (by a refiner) or a field (by an extractor), the best score kept per block. */
  weighed: Map<string, Weighed>;
  /** Per block, the refiner steps that changed it, in order. */
  steps: Map<number, ExplainStep[]>;
}

function note(weighed: Map<string, Weighed>, key: string, index: number, score: number, why: string): void {
  let m = weighed.get(key);
  if (!m) weighed.set(key, (m = new Map()));
  const had = m.get(index);
  if (!had || score > had.score) m.set(index, {score, why});
}

export function createRecorder(): ExplainRecorder {
  const weighed = new Map<string, Weighed>();
  const steps = new Map<number, ExplainStep[]>();
  return {
    weighed,
    steps,
    roles: {
      candidate: (_refiner, role, index, score, why) => note(weighed, `role:${role}`, index, score, why),
      refined(refiner, before, after) {
        for (let i = 0; i < after.length; i++) {
          const a = before[i]!;
          const b = after[i]!;
          if (a.role === b.role && a.reason === b.reason && a.score === b.score) continue;
          let list = steps.get(i);
          if (!list) steps.set(i, (list = []));
          list.push({refiner, from: a.role, to: b.role, score: b.score, reason: b.reason});
        }
      },
    },
    fields: {
      candidate: (field, index, score, why) => note(weighed, `field:${field}`, index, score, why),
    },
  };
}

function explainBlock(index: number, a: Assignment, steps: readonly ExplainStep[]): BlockExplain {
  let best = a.proposals[0];
  for (const p of a.proposals) if (p.score > best!.score) best = p;
  const decidedBy = steps.length ? `refiner:${steps[steps.length - 1]!.refiner}` : best ? `detector:${best.detector}` : 'none';
  return {
    index,
    role: a.role,
    score: a.score,
    reason: a.reason,
    decidedBy,
    proposals: a.proposals.map((p) => ({detector: p.detector, role: p.role, score: p.score, reason: p.reason})),
    steps: [...steps],
  };
}

/** Indexes of the blocks that overlap any of `spans` (blocks are in input order and disjoint). */
function blocksOf(blocks: readonly Block[], spans: readonly Span[]): number[] {
  const found = new Set<number>();
  for (const s of spans) {
    // the first block that ends after the span starts
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid]!.span.end <= s.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < blocks.length && blocks[i]!.span.start < Math.max(s.end, s.start + 1); i++) found.add(i);
  }
  return [...found].sort((a, b) => a - b);
}

/** Blocks weighed for `role` that ended with another role: the refiner's candidates, proposals for it, and steps away from it. */
function lostFor(role: BlockRole, key: string | null, chosen: ReadonlySet<number>, blocks: readonly BlockExplain[], weighed: Map<string, Weighed>): ExplainCandidate[] {
  const out = new Map<number, ExplainCandidate>();
  const offer = (i: number, score: number, reason: string) => {
    if (chosen.has(i)) return;
    const had = out.get(i);
    if (!had || score > had.score) out.set(i, {block: i, role: blocks[i]!.role, score, reason});
  };
  for (const [i, w] of weighed.get(`role:${role}`) ?? []) offer(i, w.score, w.why);
  if (key) for (const [i, w] of weighed.get(key) ?? []) offer(i, w.score, w.why);
  for (const b of blocks) {
    if (b.role === role) continue;
    for (const p of b.proposals) if (p.role === role) offer(b.index, p.score, `${p.detector}: ${p.reason}`);
    for (const s of b.steps) if (s.from === role) offer(b.index, 0, `${s.refiner} refiner: ${s.reason}`);
  }
  return [...out.values()].sort((a, b) => b.score - a.score || a.block - b.block).slice(0, MAX_CANDIDATES);
}

function roleField(role: BlockRole, blocks: readonly BlockExplain[], weighed: Map<string, Weighed>, only: 'first' | 'all', what: string): FieldExplain {
  const chosen = blocks.filter((b) => b.role === role).map((b) => b.index);
  const picked = only === 'first' ? chosen.slice(0, 1) : chosen;
  const first = picked.length ? blocks[picked[0]!]! : null;
  const reason = !first
    ? `no block has the ${role} role`
    : only === 'first'
      ? `the ${role} block (${first.decidedBy}): ${first.reason}${scored(weighed.get(`role:${role}`)?.get(first.index))}`
      : `${picked.length} ${what} block${picked.length === 1 ? '' : 's'}; the first (${first.decidedBy}): ${first.reason}`;
  return {role, blocks: picked, reason, candidates: lostFor(role, null, new Set(chosen), blocks, weighed)};
}

function spanField(
  role: BlockRole | null,
  spans: readonly Span[],
  article: Article,
  blocks: readonly BlockExplain[],
  weighed: Map<string, Weighed>,
  key: string | null,
  reason: (picked: number[]) => string,
): FieldExplain {
  const picked = blocksOf(article.blocks, spans);
  const chosen = new Set(picked);
  return {role, blocks: picked, reason: reason(picked), candidates: role ? lostFor(role, key, chosen, blocks, weighed) : []};
}

function tally(items: readonly string[]): string {
  const n = new Map<string, number>();
  for (const k of items) n.set(k, (n.get(k) ?? 0) + 1);
  return [...n].map(([k, c]) => `${c} ${k}`).join(', ');
}

/**
 * Where each segment the roles stage read ended up in `article.blocks`: for markup input
 * the finished blocks also hold the runs of markup between them (blocks/cover-markup.ts).
 */
function segmentBlocks(blocks: readonly Block[], segments: readonly Span[]): number[] {
  const at: number[] = [];
  let j = 0;
  for (const s of segments) {
    while (j < blocks.length && !(blocks[j]!.span.start <= s.start && blocks[j]!.span.end >= s.end)) j++;
    at.push(Math.min(j, blocks.length - 1));
    j++;
  }
  return at;
}

function remap(weighed: Map<string, Weighed>, at: readonly number[]): Map<string, Weighed> {
  const out = new Map<string, Weighed>();
  for (const [key, m] of weighed) out.set(key, new Map([...m].map(([i, v]) => [at[i] ?? i, v])));
  return out;
}

/**
 * The evidence behind a parsed article: per block and per field. Pure; reads what the
 * recorder saw. `assignments` and `segments` are the roles stage's blocks, one each, in order.
 */
export function buildExplain(article: Article, assignments: readonly Assignment[], segments: readonly Span[], recorder: ExplainRecorder): Explain {
  const at = segmentBlocks(article.blocks, segments);
  const w = remap(recorder.weighed, at);
  const ofBlock = new Map<number, number>(at.map((b, i) => [b, i]));
  const blocks = article.blocks.map((b, k): BlockExplain => {
    const i = ofBlock.get(k);
    if (i === undefined) {
      return {index: k, role: b.role, score: 1, reason: 'markup between blocks (tags, scripts, the head)', decidedBy: 'markup', proposals: [], steps: []};
    }
    return {...explainBlock(i, assignments[i]!, recorder.steps.get(i) ?? []), index: k};
  });
  const weighedWhy = (key: string, picked: number[]) => {
    const m = w.get(key);
    for (const i of picked) {
      const got = m?.get(i);
      if (got) return `${got.why} (score ${round(got.score)})`;
    }
    return null;
  };
  const inBlock = (i: number | undefined) => (i === undefined ? '' : ` in block ${i} (${blocks[i]!.role})`);
  const fields: Record<ExplainFieldName, FieldExplain> = {
    headline: roleField('headline', blocks, w, 'first', 'headline'),
    dek: roleField('dek', blocks, w, 'first', 'dek'),
    byline: spanField('byline', article.byline ? [article.byline.span] : [], article, blocks, w, 'field:byline', (p) =>
      article.byline ? `${weighedWhy('field:byline', p) ?? 'the best byline reading'}${inBlock(p[0])}` : 'no block reads as a byline'),
    publishedAt: spanField('dateline', article.publishedAt ? [article.publishedAt.span] : [], article, blocks, w, 'field:publishedAt', (p) =>
      article.publishedAt
        ? `${weighedWhy('field:publishedAt', p) ?? `the date "${article.publishedAt.text}" read from the byline`}${inBlock(p[0])}`
        : 'no date near the top of the article'),
    updatedAt: spanField(null, article.updatedAt ? [article.updatedAt.span] : [], article, blocks, w, null, (p) =>
      article.updatedAt ? `the date "${article.updatedAt.text}"${inBlock(p[0])}` : 'no update date was read'),
    language: {role: null, blocks: [], reason: article.language ? `the text reads as ${article.language}` : 'no language was decided', candidates: []},
    paragraphs: roleField('body', blocks, w, 'all', 'body'),
    captions: spanField('caption', article.captions.map((c) => c.span), article, blocks, w, null, (p) =>
      article.captions.length ? `${article.captions.length} caption${article.captions.length === 1 ? '' : 's'} from ${p.length} block${p.length === 1 ? '' : 's'}` : 'no caption block'),
    related: spanField('related', article.related.map((r) => r.span), article, blocks, w, null, (p) =>
      article.related.length ? `${article.related.length} related link${article.related.length === 1 ? '' : 's'} from ${p.length} block${p.length === 1 ? '' : 's'}` : 'no related block'),
    attributions: spanField(null, article.attributions.map((a) => a.span), article, blocks, w, null, () =>
      article.attributions.length ? `by kind: ${tally(article.attributions.map((a) => a.kind))}` : 'no source tag or source line'),
    quotes: spanField(null, article.quotes.map((q) => q.span), article, blocks, w, null, () =>
      article.quotes.length ? `${article.quotes.length} quoted passages in the body, ${article.quotes.filter((q) => q.speaker).length} with a speaker` : 'no quoted passage in the body'),
    numericClaims: spanField(null, article.numericClaims.map((c) => c.span), article, blocks, w, null, () =>
      article.numericClaims.length ? `by kind: ${tally(article.numericClaims.map((c) => c.kind))}` : 'no numeric claim in the body'),
  };
  return {fields, blocks};
}

const round = (x: number) => Math.round(x * 100) / 100;
const scored = (w: {score: number} | undefined) => (w ? ` (score ${round(w.score)})` : '');
