import type {Numeral} from './types.js';
import type {Scope} from './scope.js';
import {FRACTION_WORDS, SCALE_WORDS, UNITS_WORDS, VAGUE_PLURALS} from './lexicon.js';

const NUMBER_WORDS = new Set([...Object.keys(UNITS_WORDS), 'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen', 'a', 'an', ...Object.keys(FRACTION_WORDS)]);
// a Map, not `in` on the table: a lower-cased word is a new string, which `in` first interns
// (and the table's prototype answers "constructor" too)
const VAGUE = new Map(Object.entries(VAGUE_PLURALS));
const MAYBE_NUMBER = new Set([...NUMBER_WORDS, ...Object.keys(VAGUE_PLURALS), 'twice', 'thrice']);
/** Every word the reader below starts a number at, lower case. */
export const NUMBER_WORD_LIST: readonly string[] = [...MAYBE_NUMBER];

// A word's first three letters (all of a shorter one), lower-cased, and its length up to 3,
// as one number; NOT_ASCII when one of them is past ASCII.
const NOT_ASCII = -1;
function asciiPrefix(word: string): number {
  const n = word.length < 3 ? word.length : 3;
  let code = n;
  for (let i = 0; i < n; i++) {
    let c = word.charCodeAt(i);
    if (c >= 128) return NOT_ASCII;
    if (c >= 65 && c <= 90) c += 32;
    code = code * 128 + c;
  }
  return code;
}
const PREFIXES = new Set(NUMBER_WORD_LIST.map(asciiPrefix));

/**
 * False when `word`, in any case, surely is none of NUMBER_WORD_LIST: its first three
 * letters (or all of it) start none of them. Most words of a sentence part from every number
 * word at the first, second or third letter ("the", "to", "of", "that", "from"), and are
 * passed over without being lower-cased and looked up (a quarter of the reader's time).
 * Lower-casing keeps ASCII letters ASCII; a word with a character past ASCII among its
 * first three takes the full test.
 */
export function mayBeNumberWord(word: string): boolean {
  const prefix = asciiPrefix(word);
  return prefix === NOT_ASCII || PREFIXES.has(prefix);
}
const MINUS = /\b(?:minus|negative)[\s-]?$/iu;
const PRONOUN_BEFORE = /\b(?:the same|each|no|any|every|this|that|which|little|another|someone|anyone|no-one|the only|the other|the right|the last|the first|the next|the new|the old|a new|big)\s$/iu;
const HALF_OK_AFTER = /\s+(?:of|the|a|an|their|its|his|her|our|my|your|all)\b/iy;
const AFTER_HYPHEN_WORD = /-\p{L}/uy;

interface Tok {
  word: string;
  start: number;
  end: number;
}

/**
 * Number words and fractions, read from the retext words of the sentence: "two billion",
 * "a dozen", "half a million", "a third", "three-quarters", "twice", "millions of".
 */
export function wordNumerals(scope: Scope): Numeral[] {
  const {text, words} = scope;
  const out: Numeral[] = [];
  let run: Tok[] = [];
  const flush = () => {
    if (run.length) {
      for (const n of parseRun(run)) {
        if (!accept(n, text)) continue;
        const minus = MINUS.exec(text.slice(Math.max(0, n.start - 9), n.start));
        if (minus) {
          n.start -= minus[0].length;
          n.value = -n.value;
          n.sign = -1;
        }
        out.push(n);
      }
    }
    run = [];
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // most words are not numbers: skip them by their first letters, else with one set lookup
    if (!run.length && !w.text.includes('-') && !mayBeNumberWord(w.text)) continue;
    const lower = w.text.toLowerCase();
    if (!run.length && !MAYBE_NUMBER.has(lower) && !lower.includes('-')) continue;
    const last = run[run.length - 1];
    const gap = last ? text.slice(last.end, w.start) : '';
    if (last && !/^(?:[\s-]+|\s+and\s+)$/iu.test(gap)) flush();
    if (lower === 'and' && run.length && NUMBER_WORDS.has(words[i + 1]?.text.toLowerCase().split('-')[0] ?? '')) {
      continue; // "two hundred and fifty"
    }
    if (lower === 'twice' || lower === 'thrice') {
      flush();
      out.push({start: w.start, end: w.end, value: lower === 'twice' ? 2 : 3, digits: false, ratio: true});
      continue;
    }
    if (VAGUE.has(lower) && words[i + 1]?.text.toLowerCase() === 'of') {
      flush();
      // "tens of thousands of", "hundreds of millions of"
      const prev2 = words[i - 2]?.text.toLowerCase();
      const times = words[i - 1]?.text.toLowerCase() === 'of' && (prev2 === 'tens' || prev2 === 'hundreds') ? (prev2 === 'tens' ? 10 : 100) : 1;
      const start = times > 1 ? words[i - 2]!.start : w.start;
      if (times > 1 && out[out.length - 1]?.start === start) out.pop();
      const value = VAGUE.get(lower)! * times;
      out.push({start, end: w.end, value, digits: false, vague: true, scale: value});
      continue;
    }
    // the leading number words of the word: "three-quarters" whole, "three" of "three-year"
    const parts = lower.split('-');
    let at = w.start;
    let k = 0;
    for (; k < parts.length && NUMBER_WORDS.has(parts[k]!); k++) {
      run.push({word: parts[k]!, start: at, end: at + parts[k]!.length});
      at += parts[k]!.length + 1;
    }
    if (k < parts.length) flush();
  }
  flush();
  return out;
}

function accept(n: Numeral, text: string): boolean {
  const raw = text.slice(n.start, n.end);
  const word = raw.toLowerCase();
  // "production-four-door": part of a hyphenated word on the left
  if (n.start > 1 && text[n.start - 1] === '-' && /\p{L}/u.test(text[n.start - 2]!)) return false;
  // "Kick Six", "Apple One": a capitalised number word inside a name
  if (/^\p{Lu}/u.test(raw) && /\p{Lu}[\p{L}'’]*\s$/u.test(text.slice(Math.max(0, n.start - 24), n.start))) return false;
  if (word === 'one') {
    if (PRONOUN_BEFORE.test(text.slice(Math.max(0, n.start - 16), n.start))) return false;
    AFTER_HYPHEN_WORD.lastIndex = n.end;
    if (AFTER_HYPHEN_WORD.test(text) && !/^-(?:year|month|week|day|hour|minute|third|quarter|half)/iu.test(text.slice(n.end, n.end + 8))) return false; // "one-time", "one-off"
    if (/^\s+(?:another|can|could|would|should|must|might|may|will|has|is|does|needs|gets)\b/iu.test(text.slice(n.end, n.end + 10))) return false;
  }
  if (word === 'half') {
    HALF_OK_AFTER.lastIndex = n.end;
    if (!HALF_OK_AFTER.test(text)) return false;
    if (/\b(?:first|second|other|and a|and)\s$/iu.test(text.slice(Math.max(0, n.start - 8), n.start))) return false;
  }
  return true;
}

/** Split a run of number words into numerals and read their values. */
function parseRun(toks: Tok[]): Numeral[] {
  const out: Numeral[] = [];
  let i = 0;
  while (i < toks.length) {
    const r = readNumber(toks, i);
    if (!r) {
      i++;
      continue;
    }
    out.push(r.numeral);
    i = r.next;
  }
  return out;
}

function readNumber(toks: Tok[], i: number): {numeral: Numeral; next: number} | null {
  const first = toks[i]!;
  let j = i;
  let total = 0;
  let current = 0;
  let seen = false;
  let multiplier = 1;
  let scale = 1;
  // "half a million": a multiplier on what follows
  if (first.word === 'half' && (toks[i + 1]?.word === 'a' || toks[i + 1]?.word === 'an') && (isScaleWord(toks[i + 2]?.word) || toks[i + 2]?.word === 'dozen')) {
    multiplier = 0.5;
    j = i + 1;
  }
  // "a"/"an" counts only before a scale, "dozen" or a fraction: "a million", "a dozen", "a third"
  if (toks[j]!.word === 'a' || toks[j]!.word === 'an') {
    const next = toks[j + 1]?.word;
    if (!next || !(isScaleWord(next) || next === 'dozen' || next in FRACTION_WORDS)) return null;
    current = 1;
    seen = true;
    j++;
  }
  let end = toks[j]?.end ?? first.end;
  let ratio = false;
  for (; j < toks.length; j++) {
    const w = toks[j]!.word;
    if (w in UNITS_WORDS) {
      const v = UNITS_WORDS[w]!;
      // "twenty two" and "two hundred fifty" add up; "two two" starts a new number
      const lastTwo = current % 100;
      if (seen && lastTwo !== 0 && !(lastTwo % 10 === 0 && lastTwo >= 20 && v < 10)) break;
      current += v;
    } else if (w === 'hundred') {
      current = (current || 1) * 100;
    } else if (w === 'dozen') {
      current = (current || 1) * 12;
    } else if (w === 'thousand' || w === 'million' || w === 'billion' || w === 'trillion') {
      total += (current || 1) * SCALE_WORDS[w]!;
      scale = SCALE_WORDS[w]!;
      current = 0;
    } else if (w in FRACTION_WORDS) {
      // a fraction needs a count before it: "two-thirds", "a third"; "the third" is an ordinal
      if (!seen || total) break;
      if (w === 'half' || w === 'halves') {
        if (current !== 1) break;
        current = 0.5;
      } else {
        current = current / FRACTION_WORDS[w]!;
      }
      ratio = true;
      seen = true;
      end = toks[j]!.end;
      j++;
      break;
    } else if (w === 'a' || w === 'an') {
      // "one and a half"
      if (seen && toks[j + 1]?.word === 'half') {
        current += 0.5;
        end = toks[j + 1]!.end;
        j += 2;
      }
      break;
    } else break;
    seen = true;
    end = toks[j]!.end;
  }
  if (!seen) {
    if (first.word === 'half') {
      return {numeral: {start: first.start, end: first.end, value: 0.5, digits: false, ratio: true}, next: i + 1};
    }
    return null;
  }
  const value = (total + current) * multiplier;
  return {numeral: {start: first.start, end, value, digits: false, ratio, scaled: total > 0 && !ratio, scale}, next: Math.max(j, i + 1)};
}

function isScaleWord(w: string | undefined): boolean {
  return w === 'hundred' || w === 'thousand' || w === 'million' || w === 'billion' || w === 'trillion';
}
