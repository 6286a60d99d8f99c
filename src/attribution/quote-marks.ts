/**
 * Quoted passages in one paragraph, in every form news text writes them: straight "…",
 * curly “…”, two apostrophes ''…'' (wire and newspaper copy), guillemets «…» (and »…« as
 * German prints them), low-high „…“ / „…”, and corner brackets 「…」. A mark that can open or
 * close (straight marks, '', a curly mark facing the wrong way) is read by where it stands:
 * after a space it opens, before one it closes. Single marks ('…', ‘…’) are not read: they
 * are apostrophes far more often than quotes.
 *
 * A quote the paragraph opens and does not close runs to the paragraph's end (`open: true`):
 * a quote that goes on over paragraphs reopens with a mark at the next paragraph's start.
 */

export interface QuotedPassage {
  /** Offsets into the paragraph text: the marks included. */
  start: number;
  end: number;
  /** Offsets of the words inside the marks. */
  innerStart: number;
  innerEnd: number;
  /** The paragraph ended before a closing mark. */
  open: boolean;
}

type Role = 'open' | 'close' | 'either';
type Family = 'double' | 'guillemet' | 'corner';

const MARK = /''|[“”„«»「」"]/g;

const isSpaceOrEdge = (c: string | undefined) => c === undefined || /[\s([{\u2014\u2013-]/.test(c);
const isCloseContext = (c: string | undefined) => c === undefined || /[\s,.;:!?)\]}\u2014\u2013-]/.test(c);

function familyOf(mark: string): Family {
  if (mark === '«' || mark === '»') return 'guillemet';
  if (mark === '「' || mark === '」') return 'corner';
  return 'double';
}

/** What a mark does where it stands. */
function roleOf(text: string, at: number, mark: string): Role {
  const prev = at > 0 ? text[at - 1] : undefined;
  const next = text[at + mark.length];
  const opensHere = isSpaceOrEdge(prev) && next !== undefined && !/\s/.test(next);
  const closesHere = prev !== undefined && !/\s/.test(prev) && isCloseContext(next);
  if (mark === '„' || mark === '「') return 'open';
  if (mark === '」') return 'close';
  if (mark === '“' || mark === '«') return closesHere && !opensHere ? 'either' : 'open';
  if (mark === '”' || mark === '»') return opensHere && !closesHere ? 'either' : 'close';
  if (opensHere && !closesHere) return 'open';
  if (closesHere && !opensHere) return 'close';
  return 'either';
}

/** The quoted passages of `text`, in order. */
export function quotedPassages(text: string): QuotedPassage[] {
  const out: QuotedPassage[] = [];
  let open: {at: number; len: number; family: Family; mark: string} | null = null;
  MARK.lastIndex = 0;
  for (let m = MARK.exec(text); m; m = MARK.exec(text)) {
    const mark = m[0];
    // an apostrophe pair inside a word ("rock''n''roll") is no quote mark
    if (mark === "''" && /\p{L}/u.test(text[m.index - 1] ?? '') && /\p{L}/u.test(text[m.index + 2] ?? '')) continue;
    const family = familyOf(mark);
    const role = roleOf(text, m.index, mark);
    if (!open) {
      if (role === 'close' && mark !== '»') continue; // a close with nothing open: a stray mark
      open = {at: m.index, len: mark.length, family, mark};
      continue;
    }
    if (family !== open.family) continue; // a quote of another kind inside this one
    // German »…«: a guillemet that opened facing right closes facing left
    const closes = role !== 'open' || (open.mark === '»' && mark === '«');
    if (!closes) {
      // an opening mark while one is open: the first was never closed; start again here
      open = {at: m.index, len: mark.length, family, mark};
      continue;
    }
    out.push({start: open.at, end: m.index + mark.length, innerStart: open.at + open.len, innerEnd: m.index, open: false});
    open = null;
  }
  if (open) {
    let end = text.length;
    while (end > open.at + open.len && /\s/.test(text[end - 1]!)) end--;
    if (end > open.at + open.len) out.push({start: open.at, end, innerStart: open.at + open.len, innerEnd: end, open: true});
  }
  return out;
}

/** Does `text` start with an opening quote mark (after spaces)? A quote running on from the paragraph before. */
export function opensWithQuote(text: string): boolean {
  const m = /^\s*(''|[“„«「"])/.exec(text);
  return m !== null;
}
