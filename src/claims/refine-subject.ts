import type {Candidate} from './types.js';
import type {Scope, WordTok} from './scope.js';
import {wordAtOrAfter, wordEndingBy} from './scope.js';
import {DECREASE_WORDS, INCREASE_WORDS} from './change-words.js';

const STOP = new Set(('a an the this these those that which who whom whose what it its they them their he him his she her we us our ' +
  'you your i me my be is are was were been being am have has had having do does did will would could should may might must can ' +
  'shall not no nor so if then than when while since until after before into onto over under about around up down out off ago ' +
  'each every ever also only just still yet already later earlier last next to in on at for from by with of and or but as per ' +
  'more less most least very too there here where why how all both some any such own same other another while whereas because ' +
  'though although including includes include across through during within without between among against toward towards via ' +
  'a.m. p.m. am pm said says say told according year years month months week weeks day days today yesterday tomorrow ' +
  'percent cent per instead amid despite like unlike among almost nearly around roughly approximately respectively ' +
  'whichever whatever everything something nothing anything everyone someone came went got took gave left made saw fell rose ' +
  'grew died lost won stood ran live work die come go get take remain remained stay stayed').split(' '));
const LINKING = new Set([...INCREASE_WORDS, ...DECREASE_WORDS, 'reached', 'reach', 'reaches', 'amounted', 'amounts', 'totalled', 'totaled',
  'totals', 'total', 'hit', 'hits', 'stood', 'stands', 'was', 'were', 'is', 'are', 'came', 'comes', 'topped', 'surpassed', 'exceeded',
  'cost', 'costs', 'reached', 'valued', 'worth', 'by', 'to', 'at']);
const PRONOUN_AFTER_OF = new Set(['whom', 'which', 'them', 'us', 'those', 'these', 'it', 'you', 'which', 'whose']);
const WORDY = /^\p{L}[\p{L}'’-]*$/u;

/**
 * What is counted or measured, from the retext words of the sentence: the words after a
 * count ("90,000 Kyrgyz citizens" -> "Kyrgyz citizens", "dozens of people" -> "people"), or
 * the words before the verb of a change or a level ("trade turnover increased by 16%" ->
 * "trade turnover", "the volume of trade reached $3.9 billion" -> "volume of trade").
 */
export function attachSubject(cands: Candidate[], scope: Scope): Candidate[] {
  const {words, text} = scope;
  for (const c of cands) {
    if (c.kind === 'ordinal') continue;
    const found = wordAtOrAfter(words, c.end);
    const next = found < words.length ? found : -1;
    const joined = (a: WordTok, b: WordTok) => /^\s+$/u.test(text.slice(a.end, b.start));
    if (next >= 0 && /^\s+$/u.test(text.slice(c.end, words[next]!.start))) {
      let i = next;
      let sawOf = false;
      // "millions of whom", "a third of those screened", "16% of exports"
      if (words[i]!.text.toLowerCase() === 'of' && (c.numeral.vague || c.kind === 'ratio' || c.kind === 'percent' || c.kind === 'count')) {
        i++;
        sawOf = true;
        if (i < words.length && PRONOUN_AFTER_OF.has(words[i]!.text.toLowerCase())) continue;
        if (i < words.length && ['the', 'its', 'their', 'his', 'her', 'our', 'all'].includes(words[i]!.text.toLowerCase())) i++;
      }
      if (c.kind === 'count' || c.kind === 'ratio' || c.numeral.vague || c.kind === 'range' && c.unit === null || c.kind === 'percent' && sawOf) {
        const got: string[] = [];
        for (let k = i; k < words.length && got.length < 3; k++) {
          const w = words[k]!.text;
          if (!WORDY.test(w) || STOP.has(w.toLowerCase()) || /(?:ly|ed|ing)$/u.test(w) && got.length) break; // "people gathered"
          if (k > i && !joined(words[k - 1]!, words[k]!)) break;
          got.push(w);
          if (/[^s']s$/iu.test(w)) break; // a plural noun ends the phrase: "Kyrgyz citizens"
        }
        if (got.length) {
          c.subject = got.join(' ');
          continue;
        }
      }
    }
    c.subject = subjectBefore(c, scope);
  }
  return cands;
}

/** The words before the verb that leads to the number: "trade turnover increased by 16%". */
function subjectBefore(c: Candidate, scope: Scope): string | null {
  const {words, text} = scope;
  let v = wordEndingBy(words, c.start);
  // step back over "by", "to" and a second verb word ("increased by", "amounted to", "has risen")
  let steps = 0;
  while (v >= 0 && steps < 3 && LINKING.has(words[v]!.text.toLowerCase())) {
    v--;
    steps++;
  }
  if (steps === 0 || v < 0) return null;
  while (v >= 0 && ['has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'be', 'been', 'also'].includes(words[v]!.text.toLowerCase())) v--;
  const got: string[] = [];
  for (let k = v; k >= 0 && got.length < 4; k--) {
    const w = words[k]!.text;
    const lower = w.toLowerCase();
    if (k < v && !/^\s+$/u.test(text.slice(words[k]!.end, words[k + 1]!.start))) break;
    if (lower === 'of' && got.length) {
      got.unshift(w);
      continue;
    }
    if (!WORDY.test(w) || STOP.has(lower)) break;
    got.unshift(w);
  }
  while (got.length && got[0]!.toLowerCase() === 'of') got.shift();
  return got.length ? got.join(' ') : null;
}
