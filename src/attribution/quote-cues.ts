import {alternation, type AttributionLexicon} from './lexicon.js';
import {readSource, type SourcePhrase} from './source-phrase.js';

/**
 * The cue and source written right beside a quote, in the shapes news prose uses:
 *   after:  "…," she said.   "…," said Jane Doe, a spokeswoman.   "…," Doe told CBS.
 *           "…," Jane Doe, the mayor, said.   "…" — Jane Doe
 *   before: Doe said: "…"   He told reporters, "…"   According to Jane Doe, "…"
 *           "…," he said, "…" (the second piece of an interrupted quote)
 * Offsets are into the paragraph text given.
 */
export interface QuoteCue {
  cue: {text: string; start: number; end: number} | null;
  source: SourcePhrase;
}

const WORD = String.raw`(?:\p{Lu}\.(?:\p{Lu}\.)*|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Lt|Gen|Col|Sgt|Capt|Adm|Rev|Atty|Prof|St|Jr|Sr)\.|[\p{L}\p{M}\d'’&-]+)`;
const ADVERB = '(?:also|later|then|once|has|had|have|previously|recently|simply|again|further|quickly|flatly|added|would|will|later|often|repeatedly|once|told|has\\s+said)';

interface Patterns {
  inverted: RegExp;
  subjectVerb: RegExp;
  dash: RegExp;
  verbAtEnd: RegExp;
}

const cache = new WeakMap<AttributionLexicon, Patterns>();

function patterns(lex: AttributionLexicon): Patterns {
  const hit = cache.get(lex);
  if (hit) return hit;
  const VERB = `(?:${alternation(lex.quoteVerbs)})`;
  const made: Patterns = {
    // "…," said Jane Doe, a spokeswoman.
    inverted: new RegExp(String.raw`^[\s,]*(${VERB})\s+(?!that\b|in\b|on\b|at\b|of\b|to\b|during\b|after\b|it\b)([^\n"“”«»„]{1,100})`, 'u'),
    // "…," Jane Doe, the mayor, said.   "…," he told CBS.   "…" — Doe said
    subjectVerb: new RegExp(String.raw`^[\s,]*(?:[—―–]\s?)?(${WORD}(?:\s+${WORD}){0,7}?)(?:\s\([^()"“”\n]{1,30}\))?(,\s[^,"“”«»\n]{1,80},)?\s+(?:${ADVERB}\s+)?(${VERB})\b`, 'u'),
    // "…" — Jane Doe
    dash: new RegExp(String.raw`^\s*(?:[—―–]|--)\s?(${WORD}(?:\s+${WORD}){0,4})`, 'u'),
    // Doe said: "…"   He told reporters on Tuesday, "…"
    verbAtEnd: new RegExp(String.raw`(?:^|[\s,])(${VERB})\b((?:[^"“”„«»\n.!?]{0,59}[^"“”„«»\n.!?\s,:])?)\s*(?:[,:]\s*)?$`, 'u'),
  };
  cache.set(lex, made);
  return made;
}

const cueAt = (text: string, re: RegExpExecArray, group: number, offset: number) => {
  const word = re[group]!;
  const at = re.index + re[0].indexOf(word, group > 1 ? (re[1]?.length ?? 0) : 0);
  return {text: word, start: offset + at, end: offset + at + word.length};
};

/** The cue and source right after a closing mark at `end` in `text`. */
export function cueAfter(text: string, end: number, lex: AttributionLexicon): QuoteCue | null {
  const p = patterns(lex);
  const win = text.slice(end, end + 160);
  const inv = p.inverted.exec(win);
  if (inv) {
    const at = end + inv[0].length - inv[2]!.length;
    // the source ends at the sentence's end or at the next quote mark
    const phrase = inv[2]!.replace(/(?:(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Lt|Gen|Col|Sgt|Capt|Adm|Rev|Atty|Prof|St|Jr|Sr|\p{Lu}))[.!?]\s|'').*$/su, '');
    const source = phrase.trim() ? readSource(phrase, at, {inverted: true}) : null;
    if (source) return {cue: cueAt(win, inv, 1, end), source};
  }
  const sv = p.subjectVerb.exec(win);
  if (sv) {
    const at = end + win.indexOf(sv[1]!, 0);
    let source = readSource(sv[1]!, at);
    // "the group's founder, Jane Doe, said": the name in apposition names the source
    if (source && !source.named && !source.pronoun && sv[2]) {
      const name = sv[2].slice(1, -1);
      const named = readSource(name, end + sv.index + sv[0].indexOf(sv[2]) + 1);
      if (named?.named) source = named;
    }
    if (source) {
      const verbAt = sv.index + sv[0].length - sv[3]!.length;
      return {cue: {text: sv[3]!, start: end + verbAt, end: end + verbAt + sv[3]!.length}, source};
    }
  }
  const dash = p.dash.exec(win);
  if (dash) {
    const at = end + dash[0].length - dash[1]!.length;
    const source = readSource(dash[1]!, at, {inverted: true});
    if (source?.named) return {cue: null, source};
  }
  return null;
}

/** The cue and source right before an opening mark at `start` in `text`. */
export function cueBefore(text: string, start: number, lex: AttributionLexicon): QuoteCue | null {
  const p = patterns(lex);
  const from = Math.max(0, start - 200);
  const win = text.slice(from, start);
  // According to Jane Doe, "…"
  const acc = according(win);
  if (acc) {
    const source = readSource(acc.phrase, from + acc.phraseAt, {inverted: true});
    if (source) return {cue: {text: acc.cue, start: from + acc.cueAt, end: from + acc.cueAt + acc.cue.length}, source};
  }
  const v = p.verbAtEnd.exec(win);
  if (!v) return labelBefore(win, from);
  const verbAt = v.index + v[0].indexOf(v[1]!);
  const cue = {text: v[1]!, start: from + verbAt, end: from + verbAt + v[1]!.length};
  // the subject: the clause before the verb, back to a sentence end, a quote mark or a comma
  const head = win.slice(0, verbAt);
  const boundary = Math.max(head.search(/[^.!?;"“”«»„]*$/), 0);
  let clause = head.slice(boundary);
  let clauseAt = from + boundary;
  // "Jane Doe, the mayor, said:" -> "Jane Doe"
  const appositive = /^([^,]+),\s[^,]{1,80},\s*$/.exec(clause);
  if (appositive) clause = appositive[1]!;
  else {
    const comma = clause.lastIndexOf(',');
    if (comma >= 0) {
      clauseAt += comma + 1;
      clause = clause.slice(comma + 1);
    }
  }
  let source = clause.trim() ? readSource(clause, clauseAt) : null;
  // "… said Jane Doe:" — the source after the verb
  if (!source && v[2]!.trim()) source = readSource(v[2]!, from + verbAt + v[1]!.length, {inverted: true});
  return source ? {cue, source} : null;
}

/** "Rep. Jane Doe (D-Ohio): “…”", "Republican pollster Jane Doe: “…”": a name and a colon right before the quote. */
function labelBefore(win: string, from: number): QuoteCue | null {
  const m = /(?:^|[.!?]\s+|\n)([^.!?:;"“”«»\n]{2,80}?)(?:\s\([^()\n]{1,30}\))?\s?:\s*$/u.exec(win);
  if (!m) return null;
  const source = readSource(m[1]!, from + m.index + m[0].indexOf(m[1]!));
  return source?.named ? {cue: null, source} : null;
}

/** "According to X," at the end of `win`: the cue and the source phrase, with their offsets. */
function according(win: string): {cue: string; cueAt: number; phrase: string; phraseAt: number} | null {
  const at = Math.max(win.lastIndexOf('ccording to'), win.lastIndexOf('ccording  to'));
  if (at < 1 || !/a/i.test(win[at - 1]!)) return null;
  const cue = /^\S+\s+to/.exec(win.slice(at - 1))![0];
  const phraseAt = at - 1 + cue.length;
  const phrase = win.slice(phraseAt).replace(/,?\s*$/, '');
  if (!phrase.trim() || phrase.length > 80 || /[,"“”«»\n]/.test(phrase)) return null;
  return {cue, cueAt: at - 1, phrase, phraseAt};
}
