import type {Candidate} from './types.js';
import type {Scope} from './scope.js';
import {alternation, ORDINAL_WORDS} from './lexicon.js';
import {matchesOf} from '../nlp/matches.js';

// "25th", "1st", "22nd", "3rd"
const DIGIT_ORDINAL = /(?<![\p{L}\p{N}.,/-])(\d{1,4})(?:st|nd|rd|th)(?![\p{L}\p{N}])/giu;
// "third-largest", "second biggest"
const RANKED = new RegExp(String.raw`\b(${alternation(Object.keys(ORDINAL_WORDS), 'giu')})[\s-](?:largest|biggest|highest|lowest|smallest|most|least|best|worst|richest|poorest|busiest|longest|tallest|oldest|fastest)\b`, 'giu');

/** Ordinals: "25th anniversary", "third-largest". Bare "first"/"second" are words, not claims. */
export function ordinals(scope: Scope): Candidate[] {
  const out: Candidate[] = [];
  const {text} = scope;
  if (/\d/u.test(text)) {
    for (const m of matchesOf(DIGIT_ORDINAL, text)) {
      out.push(make(m.index, m.index + m[0].length, Number(m[1]), true));
    }
  }
  if (!text.includes('est') && !text.includes('most')) return out;
  for (const m of matchesOf(RANKED, text)) {
    out.push(make(m.index, m.index + m[0].length, ORDINAL_WORDS[m[1]!.toLowerCase()]!, false));
  }
  return out;
}

function make(start: number, end: number, value: number, digits: boolean): Candidate {
  return {
    start, end, kind: 'ordinal', value, unit: null, bound: 'exact', change: null, subject: null, speaker: null,
    numeral: {start, end, value, digits}, unitWritten: false, implied: [], source: 'ordinals',
  };
}
