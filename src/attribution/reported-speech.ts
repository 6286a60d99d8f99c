import type {Paragraph} from '../schema/article.js';
import {parsedSentences, parsePieces, sentencesOfTree, type ParsedSentence, type SentenceWord} from '../nlp/processor.js';
import {mayHoldNumber} from '../claims/index.js';
import {alternation, trieAlternation, type AttributionLexicon} from './lexicon.js';
import {readSource, type SourcePhrase} from './source-phrase.js';
import type {Speech} from './types.js';

/**
 * Detector: reported speech, one attribution per sentence, read from the retext tree's
 * sentences and words:
 *   front:    Jane Doe said (that) the plan would fail.   He told reporters the plan …
 *   trailing: The plan will fail, Jane Doe said.   The plan will fail, said a spokesman.
 *   frame:    According to Jane Doe, the plan …   The plan …, according to the poll.
 *   participle: …, saying the plan would fail (the source is the sentence's subject).
 * Content with quote marks in it is `mixed`, else `indirect`. A sentence whose content is a
 * quote already found is left to that quote. Only paragraphs, and then sentences, with a cue
 * word of the lexicon are parsed or read at all: most of a page has none.
 */

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

interface Gate {
  test: RegExp;
  report: Set<string>;
  participle: Set<string>;
  withObject: Set<string>;
}

const gates = new WeakMap<AttributionLexicon, Gate>();

function gateFor(lex: AttributionLexicon): Gate {
  const hit = gates.get(lex);
  if (hit) return hit;
  const made: Gate = {
    test: new RegExp(`\\b(?:${cueWords([...lex.reportVerbs, ...lex.participles])})\\b`, 'i'),
    report: new Set(lex.reportVerbs.filter((w) => !w.includes(' '))),
    participle: new Set(lex.participles),
    withObject: new Set(lex.withObject),
  };
  gates.set(lex, made);
  return made;
}

/** The cue words as one alternation: a trie where the words allow it (the same matches). */
const cueWords = (words: readonly string[]): string => trieAlternation(words) ?? alternation(words);

const CLAUSE_START = new Set(['the', 'a', 'an', 'he', 'she', 'they', 'it', 'we', 'i', 'that', 'his', 'her', 'their', 'there', 'this', 'to', 'if', 'whether', 'how', 'what', 'why', 'when', 'no', 'its', 'our', 'you', 'in', 'on']);
// what may follow a trailing cue before the sentence ends: "…, she said on Monday."
const TRAILER_TIME = /^[\s,]*(?:(?:on|in|at|during|late|early|last|this|earlier|later)\b[^,.;"“”]{0,40}|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|recently|yesterday|today|previously)\b[^,.;"“”]{0,30})/u;
const END_ONLY = /^[\s,.!?"”’]*$/;
const TRAILER = {test: (rest: string) => END_ONLY.test(rest) || END_ONLY.test(rest.replace(TRAILER_TIME, ''))};
const AUXILIARY = /\b(?:has|have|had|also|would|will|previously|repeatedly|recently|once|later|publicly|privately|often|is|was|reportedly|then|further|had\s+long)\s*$/;
// what stands between a cue and its content: "said Friday", "said in a statement", "told CNN on Sunday"
const VENUE = /^[\s,]*(?:(?:on|last|this|late|early|earlier)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|afternoon|evening)(?:\s+(?:morning|afternoon|evening|night))?\b|(?:in|via|during|on|at|over|by)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:statement|interview|e-?mail|call|tweets?|post|speech|letter|release|conference|rally|appearance|memo|op-ed|address|hearing|debate|briefing|Twitter|Facebook|Instagram|CNN|Fox(?:\s+News)?|MSNBC|NBC|ABC|CBS|NPR|radio|television|podcast)s?\b|(?:earlier|later)\b),?/u;
const QUOTE_MARK = /''|[“”„«»「」"]/;

/** Reported speech in the paragraphs; `quotes` are the direct quotes already found. */
export function detectReported(paragraphs: readonly Paragraph[], source: string, quotes: readonly Speech[], lex: AttributionLexicon): Speech[] {
  const gate = gateFor(lex);
  const out: Speech[] = [];
  let q = 0;
  for (const [i, p] of paragraphs.entries()) {
    const raw = source.slice(p.span.start, p.span.end);
    if (!gate.test.test(raw)) continue;
    while (q < quotes.length && quotes[q]!.span.end <= p.span.start) q++;
    const near: Speech[] = [];
    for (let k = q; k < quotes.length && quotes[k]!.span.start < p.span.end; k++) near.push(quotes[k]!);
    let lastSource: SourcePhrase | null = null;
    const over = quotesOver(near);
    for (const sentence of sentencesToRead(raw, gate)) {
      const text = raw.slice(sentence.start, sentence.end);
      if (!gate.test.test(text)) continue;
      const base = p.span.start + sentence.start;
      const found = readSentence(text, base, wordsOf(sentence.words, base), over(base, base + text.length), gate, lastSource);
      if (!found) continue;
      lastSource = found.source ?? lastSource;
      out.push({...found, paragraph: i});
    }
  }
  return out;
}

/**
 * The sentences to read a paragraph from (offsets into it). A paragraph with a number is
 * parsed whole, once, for the claims stage too (`parsedSentences`); in any other only the
 * sentences around its cue words are parsed: from the sentence end before a cue to the one
 * after it.
 */
function sentencesToRead(raw: string, gate: Gate): readonly ParsedSentence[] {
  if (mayHoldNumber(raw)) return parsedSentences(raw);
  const out: ParsedSentence[] = [];
  const all = new RegExp(gate.test.source, 'gi');
  let until = 0;
  for (let m = all.exec(raw); m; m = all.exec(raw)) {
    if (m.index < until) continue;
    let from = m.index;
    while (from > until && !(/[.!?]/.test(raw[from - 1]!) && /\s/.test(raw[from]!))) from--;
    let to = m.index + m[0].length;
    const next = /(?<!\b\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|St|Jr|Sr|No|vs))[.!?]["”’)]*(?:\s+(?=["“‘(]?\p{Lu})|$)/gu;
    next.lastIndex = to;
    const stop = next.exec(raw);
    to = stop ? stop.index + stop[0].length : raw.length;
    for (const piece of parsePieces(raw.slice(from, to))) sentencesOfTree(piece.tree, from + piece.start, out);
    until = to;
    all.lastIndex = to;
  }
  return out;
}

/** A sentence's words (offsets into it) as the reader takes them: absolute, and lower-cased too. */
function wordsOf(words: readonly SentenceWord[], base: number): Word[] {
  return words.map(({text, start}) => ({text, lower: text.toLowerCase(), start: start + base, end: start + base + text.length}));
}

/**
 * The quotes of `near` (in text order) that overlap each sentence asked for, sentences in text
 * order: the ones a sentence's cue may sit in or its content may repeat. Each quote joins and
 * leaves the open list once, so a paragraph of thousands of quotes costs their number, not its
 * square (every cue word and every reading used to look through all of them).
 */
export function quotesOver(near: readonly Speech[]): (start: number, end: number) => readonly Speech[] {
  let next = 0;
  let open: Speech[] = [];
  let last = Number.NEGATIVE_INFINITY;
  return (start, end) => {
    if (start < last) [next, open] = [0, []]; // asked out of order: start again
    last = start;
    open = open.filter((x) => x.span.end > start);
    for (; next < near.length && near[next]!.span.start < end; next++) if (near[next]!.span.end > start) open.push(near[next]!);
    // (sentences never overlap, but asked for one that ends before the last one did, the open
    // list may hold a quote that starts after it)
    return open.every((x) => x.span.start < end) ? open : open.filter((x) => x.span.start < end);
  };
}

const inside = (at: number, quotes: readonly Speech[]) => quotes.some((x) => x.kind === 'direct' && x.span.start <= at && at < x.span.end);
const covered = (start: number, end: number, quotes: readonly Speech[]) => {
  let n = 0;
  for (const x of quotes) if (x.kind === 'direct') n += Math.max(0, Math.min(end, x.span.end) - Math.max(start, x.span.start));
  return end > start ? n / (end - start) : 1;
};

/** The attribution of one sentence, or null. Offsets absolute (`base` is the sentence's). */
function readSentence(text: string, base: number, words: Word[], quotes: readonly Speech[], gate: Gate, lastSource: SourcePhrase | null): Omit<Speech, 'paragraph'> | null {
  const end = contentEnd(text);
  for (const [k, w] of words.entries()) {
    const according = w.lower === 'according' && words[k + 1]?.lower === 'to';
    const participle = gate.participle.has(w.lower);
    if (!according && !participle && !gate.report.has(w.lower)) continue;
    if (inside(w.start, quotes)) continue;
    const at = w.start - base;
    let found: {source: SourcePhrase | null; content: [number, number]; cue: {text: string; start: number; end: number}} | null = null;
    if (according) {
      const to = words[k + 1]!;
      const after = text.slice(to.end - base);
      const comma = after.search(/[,;]/);
      const phrase = comma >= 0 ? after.slice(0, comma) : after.slice(0, Math.max(0, end - (to.end - base)));
      const source = readSource(phrase, to.end, {inverted: true}) ?? readSource(phrase, to.end);
      const cue = {text: text.slice(at, to.end - base), start: w.start, end: to.end};
      const lead = text.slice(0, at).trim();
      if (!lead || /^[,—–-]*$/.test(lead)) {
        if (comma < 0) continue;
        found = {source, cue, content: [to.end - base + comma + 1, end]};
      } else {
        found = {source, cue, content: [0, text.slice(0, at).replace(/[\s,—–-]+$/, '').length]};
      }
    } else {
      const left = text.slice(0, at);
      const right = text.slice(w.end - base, end);
      const cue = {text: w.text, start: w.start, end: w.end};
      // trailing: "…, Jane Doe said." / "…, said Jane Doe."
      const trailing = trailingSource(left);
      if (!participle && trailing && trailing.index > 0) {
        const source = readSource(trailing.phrase, base + trailing.at);
        // "…, Jane Doe said." ends the sentence; "…, Jane Doe said, …" sits inside it: the
        // content is on both sides
        if (source && TRAILER.test(right)) found = {source, cue, content: [0, trailing.index]};
        else if (source && /^,\s/.test(right) && end - (w.end - base) > 12) found = {source, cue, content: [0, end]};
      }
      if (!found && !participle && /,\s*$/.test(left) && left.trim().length > 1) {
        const m = invertedSource(text.slice(w.end - base));
        // "…, said Jane Doe." / "…, said a spokeswoman.": a name, or a few words of description
        const short = m !== null && m.phrase.trim().split(/\s+/).length <= 7 && !/\b(?:is|was|are|were|did|does|do|has|have|had|not|would|will|could|can|should|may|might)\b/.test(m.phrase);
        const source = m && short ? readSource(m.phrase, w.end, {inverted: true}) : null;
        if (source && !source.pronoun && m && TRAILER.test(text.slice(w.end - base + m.length))) found = {source, cue, content: [0, left.replace(/[\s,]+$/, '').length]};
      }
      if (!found) {
        // front: the subject is the clause before the cue
        let source: SourcePhrase | null;
        if (participle) source = lastSource ?? subjectOf(text, base, words);
        else {
          const clauseAt = Math.max(left.lastIndexOf(','), left.lastIndexOf(';'), left.lastIndexOf(':')) + 1;
          const clause = left.slice(clauseAt).replace(AUXILIARY, '');
          source = clause.trim() ? readSource(clause.replace(/\s+$/, ''), base + clauseAt, {clauses: true}) : null;
          if (source && /^(?:who|which|that)$/i.test(source.mention)) source = null;
          // "Jane Doe, a spokeswoman for the group, said …": the noun phrase before the appositive
          if (!source || (!source.named && !source.pronoun && clauseAt > 0)) {
            const stop = left.search(/,|\s[—–]|\s--/);
            const head = stop > 1 && stop <= 80 && !/[;:"“”«»—–]/.test(left.slice(0, stop)) ? left.slice(0, stop) : null;
            const named = head ? readSource(head, base) : null;
            if (named?.named) source = named;
          }
        }
        if (!source) continue;
        let from = w.end - base;
        for (let skip = VENUE.exec(text.slice(from, end)); skip && skip[0]; skip = VENUE.exec(text.slice(from, end))) from += skip[0].length;
        const rest = text.slice(from, end);
        const that = /^\s*(?:[^,;"“”]{0,60}?\s)?that\s/.exec(rest);
        if (gate.withObject.has(w.lower)) {
          if (that) from += that[0].length;
          else {
            const after = words.filter((x) => x.start >= w.end);
            let j = 0;
            while (j < after.length && j < 4 && !CLAUSE_START.has(after[j]!.lower)) j++;
            if (j === 0 && after[0] && /^(?:the|a|an|his|her|their)$/.test(after[0].lower)) j = Math.min(after.length, 2);
            from = j < after.length ? after[j]!.start - base : end;
          }
        } else {
          const lead = /^[\s,:]*(?:that\s+)?/.exec(rest)!;
          from += lead[0].length;
        }
        if (end - from < 12) continue;
        found = {source, cue, content: [from, end]};
      }
    }
    if (!found) continue;
    // a clause where the source stands: the content is reported, by no one the words name
    if (found.source?.clause) found.source = null;
    let [cs, ce] = found.content;
    while (cs < ce && /[\s,;:—–-]/.test(text[cs]!)) cs++;
    while (ce > cs && /[\s,;:—–-]/.test(text[ce - 1]!)) ce--;
    if (ce - cs < 12) continue;
    const span = {start: base + cs, end: base + ce};
    // the content is a quote already found: that quote has this cue
    if (covered(span.start, span.end, quotes) > 0.6) return null;
    const content = text.slice(cs, ce);
    return {
      kind: QUOTE_MARK.test(content) ? 'mixed' : 'indirect',
      text: content,
      span,
      source: found.source,
      speaker: null,
      cue: {text: found.cue.text, span: {start: found.cue.start, end: found.cue.end}},
    };
  }
  return null;
}

/** Where a sentence's content ends: before its closing stop and space. */
function contentEnd(text: string): number {
  let e = text.length;
  while (e > 0 && /[\s.!?]/.test(text[e - 1]!)) e--;
  return e;
}

/** The sentence's subject when a participle reports ("…, saying …"): its first words up to a verb. */
function subjectOf(text: string, base: number, words: Word[]): SourcePhrase | null {
  const m = /^([^,;:"“”«»]{1,60}?)\s+(?:[a-z]+ed|[a-z]+s|had|will|would|did)\b/.exec(text);
  if (!m || !words.length) return null;
  return readSource(m[1]!, base);
}

/** "…, Jane Doe" at the end of `left`: the words after its last comma (a dash after it dropped). */
function trailingSource(left: string): {phrase: string; at: number; index: number} | null {
  const index = left.lastIndexOf(',');
  if (index < 0) return null;
  let at = index + 1;
  while (at < left.length && /[\s—–-]/.test(left[at]!)) at++;
  const phrase = left.slice(at).trimEnd();
  if (!phrase || phrase.length > 80 || /[;:"“”«»]/.test(phrase)) return null;
  return {phrase, at, index};
}

/** The words right after an inverted cue, up to a comma or the sentence's end ("said Jane Doe."); `length` is how far they reach. */
function invertedSource(after: string): {phrase: string; length: number} | null {
  const stop = after.search(/[,;:"“”«»]/);
  if (stop >= 0 && after[stop] !== ',') return null;
  const raw = stop >= 0 ? after.slice(0, stop) : after;
  const lead = raw.length - raw.trimStart().length;
  const phrase = raw.slice(lead).replace(/[\s.!?"”’]+$/, '');
  if (!phrase || phrase.length > 80) return null;
  return {phrase: ' '.repeat(lead) + phrase, length: stop >= 0 ? stop + 1 : after.length};
}
