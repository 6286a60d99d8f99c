import type {Numeral} from './types.js';
import type {Scope} from './scope.js';
import {alternation, FRACTION_WORDS, SCALE_WORDS, UNITS_WORDS, VAGUE_PLURALS} from './lexicon.js';

const WORDS = [...Object.keys(UNITS_WORDS), 'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen', 'a', 'an', ...Object.keys(FRACTION_WORDS)];
const WORD = `(?:${alternation(WORDS)})`;
// a run of number words: "two billion", "ninety five", "two hundred and fifty", "three-quarters"
const RUN = new RegExp(String.raw`\b${WORD}(?:(?:[\s-]+|\s+and\s+)${WORD})*\b`, 'giu');
// vague plurals: "millions of", "tens of thousands of", "dozens of"
const VAGUE = /\b(?:(tens|hundreds)\s+of\s+)?(dozens|scores|hundreds|thousands|millions|billions|trillions)(?=\s+of\b)/giu;
const MINUS = /\bminus[\s-]?$/iu;
const MULTIPLIER = /\b(twice|thrice)\b/giu;
const PRONOUN_BEFORE = /\b(?:the same|each|no|any|every|this|that|which|little|another|someone|anyone|no-one|the only|the other|the right|the last|the first|the next|the new|the old|a new|big|this|that)\s$/iu;
const HALF_OK_AFTER = /\s+(?:of|the|a|an|their|its|his|her|our|my|your|all)\b/iy;
const AFTER_HYPHEN_WORD = /-\p{L}/uy;

/** Number words and fractions: "two billion", "a dozen", "half a million", "a third", "twice", "millions of". */
export function wordNumerals(scope: Scope): Numeral[] {
  const {text} = scope;
  const out: Numeral[] = [];
  for (const m of text.matchAll(RUN)) {
    for (const n of parseRun(m[0], m.index)) {
      if (!accept(n, text)) continue;
      const minus = MINUS.exec(text.slice(Math.max(0, n.start - 6), n.start));
      if (minus) {
        n.start -= minus[0].length;
        n.value = -n.value;
        n.sign = -1;
      }
      out.push(n);
    }
  }
  for (const m of text.matchAll(VAGUE)) {
    const base = VAGUE_PLURALS[m[2]!.toLowerCase()]!;
    const times = m[1] ? (m[1].toLowerCase() === 'tens' ? 10 : 100) : 1;
    out.push({start: m.index, end: m.index + m[0].length, value: base * times, digits: false, vague: true, scale: base * times});
  }
  for (const m of text.matchAll(MULTIPLIER)) {
    out.push({start: m.index, end: m.index + m[0].length, value: m[1]!.toLowerCase() === 'twice' ? 2 : 3, digits: false, ratio: true});
  }
  return out;
}

function accept(n: Numeral, text: string): boolean {
  const raw = text.slice(n.start, n.end);
  const word = raw.toLowerCase();
  // "production-four-door": part of a hyphenated word on the left
  if (n.start > 1 && text[n.start - 1] === '-' && /\p{L}/u.test(text[n.start - 2]!)) return false;
  // "Kick Six", "Apple One": a capitalised number word inside a name
  if (/^\p{Lu}/u.test(raw) && /\p{Lu}[\p{L}'’]*\s$/u.test(text.slice(Math.max(0, n.start - 24), n.start))) return false;
  // "six-speed", "one-time": a compound modifier, not a count (units are read by the forms first)
  if (/^-\p{L}/u.test(text.slice(n.end, n.end + 2)) && !n.ratio && !/^-(?:year|month|week|day|hour|minute|second|third|quarter|half|fifth|thousand|million|billion|hundred|dozen|point|mile|foot|feet|inch|meter|metre|ton|tonne|pound|ounce|gallon|acre|cent|dollar|euro|yen|percent|per)/iu.test(text.slice(n.end, n.end + 9))) return false;
  if (word === 'one') {
    if (PRONOUN_BEFORE.test(text.slice(Math.max(0, n.start - 16), n.start))) return false;
    AFTER_HYPHEN_WORD.lastIndex = n.end;
    if (AFTER_HYPHEN_WORD.test(text) && !/^-(?:year|month|week|day|hour|minute|third|quarter|half)/iu.test(text.slice(n.end, n.end + 8))) return false; // "one-time", "one-off"
    if (/^\s+another\b/iu.test(text.slice(n.end, n.end + 10))) return false;
  }
  if (word === 'half') {
    HALF_OK_AFTER.lastIndex = n.end;
    if (!HALF_OK_AFTER.test(text)) return false;
    if (/\b(?:first|second|other|and a|and)\s$/iu.test(text.slice(Math.max(0, n.start - 8), n.start))) return false;
  }
  return true;
}

interface Tok {
  word: string;
  start: number;
  end: number;
}

/** Split a run of number words into numerals and read their values. */
function parseRun(run: string, offset: number): Numeral[] {
  const toks: Tok[] = [];
  for (const m of run.matchAll(/[\p{L}]+/gu)) {
    toks.push({word: m[0].toLowerCase(), start: offset + m.index, end: offset + m.index + m[0].length});
  }
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
  if (first.word === 'half' && (toks[i + 1]?.word === 'a' || toks[i + 1]?.word === 'an') && isScaleWord(toks[i + 2]?.word)) {
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
