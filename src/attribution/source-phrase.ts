import {NOT_A_SOURCE, TITLE_WORDS} from './lexicon.js';

/**
 * A source as the text writes it, cut to what names the source: "Sen. Jane Doe", "he", "a
 * campaign spokesman", "the group's founder, Jane Doe" (-> "Jane Doe"). `speaker` is the
 * name or description to report (titles dropped from a name), `mention` the words as written.
 */
export interface SourcePhrase {
  speaker: string;
  mention: string;
  /** Offsets of `mention` in the text read. */
  start: number;
  end: number;
  /** A pronoun ("he", "she"), to resolve to an earlier name. */
  pronoun: boolean;
  /** A proper name (capitalised words), as opposed to a description. */
  named: boolean;
  /** The words are a clause, not a noun phrase: where a source stands, but none to name. */
  clause?: boolean;
}

const WORD = /(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Lt|Gen|Col|Sgt|Capt|Adm|Rev|Atty|Prof|St|Jr|Sr|Sens|Reps|Gens)\.|\p{Lu}\.(?:\p{Lu}\.)*|[\p{L}\p{M}\d'’&-]+/gu;
const PRONOUN = /^(?:he|she|they|we|i)$/i;
const CAPITAL = /^\p{Lu}/u;
const PARTICLE = /^(?:de|del|della|da|di|van|von|der|den|la|le|al|el|bin|ibn|dos|du)$/;
const LEADING_JUNK = /^(?:and|but|so|as|then|now|also|yet|while|when|because|although|though|since|if|or|later|still|instead|meanwhile|however)$/i;
// where a description or a name stops: "a spokesman for the campaign" keeps "for the
// campaign"; "Jane Doe on Tuesday" does not keep "on Tuesday"
const STOP_AFTER_NAME = /^(?:of|from|at|in|on|during|after|before|while|who|when|where|which|to|with|by|about|for|last|this|next|late|early|earlier|later|recently|yesterday|today|tonight)$/i;
const TIME_WORD = /^(?:in|on|at|during|after|before|while|who|when|where|which|last|this|next|late|early|earlier|later|recently|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|that|and|but)$/i;
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
// words a noun phrase does not hold: a finite verb or a relative pronoun makes a clause of it
const CLAUSE_WORD = /^(?:who|whom|whose|which|that|is|are|was|were|has|have|had|do|does|did|will|would|can|could|should|may|might|must|despite|because|although|if|when|while)$/i;

interface Tok {
  text: string;
  start: number;
  end: number;
}

function tokens(text: string, offset: number): Tok[] {
  const out: Tok[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push({text: m[0], start: offset + m.index, end: offset + m.index + m[0].length});
  return out;
}

const isNameTok = (t: string) => CAPITAL.test(t) && !NOT_A_SOURCE.has(t.toLowerCase());
const bare = (t: string) => t.toLowerCase().replace(/\.$/, '');

/** The name run at the end of `toks` (capitalised words, particles and initials inside), or null. */
function trailingName(toks: Tok[]): Tok[] | null {
  let i = toks.length;
  while (i > 0 && (isNameTok(toks[i - 1]!.text) || (i < toks.length && PARTICLE.test(toks[i - 1]!.text) && i - 1 > 0 && isNameTok(toks[i - 2]!.text)))) i--;
  if (i === toks.length) return null;
  const run = toks.slice(i);
  while (run.length > 1 && TITLE_WORDS.has(bare(run[0]!.text))) run.shift();
  if (run.length === 1 && TITLE_WORDS.has(bare(run[0]!.text))) return null;
  return run;
}

const joined = (text: string, toks: Tok[], offset: number) => text.slice(toks[0]!.start - offset, toks[toks.length - 1]!.end - offset);

/**
 * Read a source from the phrase `text` (which starts at `offset` in the caller's text): the
 * words a reporting verb has as its subject ("Sen. Jane Doe", "a Clinton spokesman") or after
 * it ("said Jane Doe, a spokeswoman"). Null when the phrase names no source (a weekday, "it"),
 * or is a clause; with `clauses`, a clause is returned marked `clause` (a source stands
 * there, but the words do not name it).
 */
export function readSource(text: string, offset = 0, opts: {inverted?: boolean; clauses?: boolean} = {}): SourcePhrase | null {
  let toks = tokens(text, offset);
  // "said Jane Doe on Tuesday", "said a spokesman in a statement": stop at the time words
  if (opts.inverted) {
    const stop = toks.findIndex((t, i) => i > 0 && TIME_WORD.test(t.text));
    if (stop > 0) toks = toks.slice(0, stop);
    const comma = text.search(/[,;:(]/);
    if (comma >= 0) toks = toks.filter((t) => t.end - offset <= comma);
  }
  while (toks.length && LEADING_JUNK.test(toks[0]!.text)) toks.shift();
  // a source is a name or a noun phrase: "The Daily Planet and six other papers in the state" at most
  if (!toks.length || toks.length > 12) return null;
  const first = toks[0]!.text;
  if (toks.length === 1 && PRONOUN.test(first)) {
    const t = toks[0]!;
    return {speaker: t.text, mention: t.text, start: t.start, end: t.end, pronoun: true, named: false};
  }
  if (toks.length === 1 && NOT_A_SOURCE.has(first.toLowerCase())) return null;
  // a name, then where it is from: "Jane Doe of the Center", "Doe from Ohio"
  const cut = toks.findIndex((t, i) => i > 0 && STOP_AFTER_NAME.test(t.text) && toks.slice(0, i).every((x) => isNameTok(x.text) || PARTICLE.test(x.text)));
  if (cut > 0) toks = toks.slice(0, cut);
  const allNames = toks.every((t, i) => isNameTok(t.text) || (i > 0 && PARTICLE.test(t.text)) || SUFFIX.test(t.text));
  const mention = joined(text, toks, offset);
  const span = {start: toks[0]!.start, end: toks[toks.length - 1]!.end};
  if (allNames) {
    const run = trailingName(toks);
    if (!run) return null;
    const speaker = joined(text, run, offset).replace(/['’]s$/, '');
    if (NOT_A_SOURCE.has(speaker.toLowerCase())) return null;
    return {speaker, mention, ...span, pronoun: false, named: true};
  }
  // a description with the name at its end: "Clinton spokesman Brian Fallon", "the group's founder Jane Doe"
  const last = toks[toks.length - 1]!.text;
  const run = trailingName(toks);
  if (run && CAPITAL.test(last) && !/['’]s$/.test(last)) {
    const lowerBefore = toks.slice(0, toks.length - run.length).some((t) => /^\p{Ll}/u.test(t.text) && !PARTICLE.test(t.text));
    // "advisers to Clinton": the name is an object, the source the description
    const prep = toks.slice(0, toks.length - run.length).some((t) => STOP_AFTER_NAME.test(t.text));
    if (lowerBefore && !prep) {
      const speaker = joined(text, run, offset);
      return {speaker, mention, ...span, pronoun: false, named: true};
    }
  }
  // a description, kept as written: "a campaign spokesman", "Huckabee's spokesman", "the poll";
  // never a clause ("the meetings are part of a pattern that")
  if (toks.some((t) => CLAUSE_WORD.test(t.text))) return opts.clauses ? {speaker: mention, mention, ...span, pronoun: false, named: false, clause: true} : null;
  if (/^\p{Ll}/u.test(last) || /['’]s$/.test(last) || !CAPITAL.test(first)) {
    return {speaker: mention, mention, ...span, pronoun: false, named: false};
  }
  return {speaker: mention, mention, ...span, pronoun: false, named: false};
}
