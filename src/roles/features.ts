import type {Segment} from '../blocks/segment.js';
import type {BlockFeatures} from './types.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const ENDS_SENTENCE = /[.!?…][)"'”’»]*$/;
// a trailing source tag (" [TASS]", " (AP)") does not hide the sentence end before it
const TRAILING_TAG = /\s*[[(][\p{L}][\p{L} .-]{0,30}[\])]$/u;

export function blockFeatures(segment: Segment, index: number): BlockFeatures {
  const text = segment.text;
  const words = text.match(WORD) ?? [];
  let lettered = 0;
  let capital = 0;
  for (const w of words) {
    if (w.length < 2 || !/^\p{L}/u.test(w)) continue;
    lettered++;
    if (/^\p{Lu}/u.test(w)) capital++;
  }
  return {
    index,
    segment,
    text,
    chars: text.length,
    words: words.length,
    endsSentence: ENDS_SENTENCE.test(text.replace(TRAILING_TAG, '')),
    capitalRatio: lettered ? capital / lettered : 0,
  };
}
