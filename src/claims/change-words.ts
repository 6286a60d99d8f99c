import {alternation} from './lexicon.js';
import {runStartBefore, trailingSpaceStart} from '../nlp/matches.js';

/** Verbs and adverbs that say a number is a change, with its direction. */
export const INCREASE_WORDS = ('rose rise rises rising risen increased increase increases increasing grew grow grows growing grown ' +
  'gained gain gains gaining climbed climb climbs climbing jumped jump jumps jumping surged surge surges surging soared soar ' +
  'soars soaring advanced advances advancing rallied rally rallies added adds adding spiked swelled expanded expands boosted ' +
  'raised raise raises raising hiked widened up higher accelerated').split(' ');
export const DECREASE_WORDS = ('fell fall falls falling fallen dropped drop drops dropping declined decline declines declining ' +
  'decreased decrease decreases decreasing slipped slip slips slipping lost lose loses losing plunged plunge plunges plunging ' +
  'tumbled tumble tumbles tumbling slid slide slides sliding sank sink sinks sinking shed sheds shedding dipped dip dips dipping ' +
  'eased eases easing cut cuts cutting shrank shrunk shrinks shrinking contracted plummeted plummet plummets plummeting slumped ' +
  'slump slumps retreated down lower reduced reduce reduces slashed narrowed').split(' ');

const VERB = alternation([...INCREASE_WORDS, ...DECREASE_WORDS], 'iu');
const INCREASE = new Set([...INCREASE_WORDS, 'growth', 'hike', 'hikes', 'climbs', 'jumps', 'surges']);

const CHANGE_WORDS = new Set([...INCREASE_WORDS, ...DECREASE_WORDS]);
/**
 * What `/(\p{L}+)(?:\s+(?:by|to|of))?\s+$/u.exec(left)` finds, as [match, group 1], read
 * backwards from the end: the regex, anchored at the end only, tried every start of the slice
 * (and backtracked through each run of letters), a sixth of the refiners' time.
 * The match ends in white space; before it the last run of letters, and when that run is
 * "by", "to" or "of" (in that case) after white space and another run, that other run is
 * the group: the leftmost start the regex finds is the first letter of the group's run.
 */
export function lastWords(left: string): [string, string] | null {
  const e = trailingSpaceStart(left);
  if (e === left.length) return null;
  const s = runStartBefore(left, e, LETTER);
  if (s === e) return null;
  const word = left.slice(s, e);
  if (word === 'by' || word === 'to' || word === 'of') {
    const w = trailingSpaceStart(left.slice(0, s));
    const before = w < s ? runStartBefore(left, w, LETTER) : w;
    if (before < w) return [left.slice(before), left.slice(before, w)];
  }
  return [left.slice(s), word];
}
const LETTER = /^\p{L}$/u;

/** "rose 16%", "fell by $2bn", "grew to", "down 5%": a change word right before the number. */
export const CHANGE_BEFORE = {
  exec(left: string): [string, string] | null {
    const m = lastWords(left);
    if (!m) return null;
    const word = m[1].toLowerCase();
    return CHANGE_WORDS.has(word) ? [m[0], word] : null;
  },
};
/** "rose from $3bn to": the start of a change, not a range. */
export const CHANGE_FROM_BEFORE = new RegExp(String.raw`\b(${VERB})(?:\s+\p{Ll}+){0,3}?\s+from\s+$`, 'iu');
/** "a 10% drop", "34% higher": a change noun or adverb right after the number. */
export const CHANGE_AFTER = /^\s+(drop|drops|decline|declines|fall|falls|rise|rises|increase|increases|gain|gains|jump|jumps|surge|surges|cut|cuts|reduction|decrease|decreases|growth|hike|hikes|slump|plunge|climb|higher|lower|up|down)\b/iu;

export function direction(word: string): 'increase' | 'decrease' {
  return INCREASE.has(word.toLowerCase()) ? 'increase' : 'decrease';
}
