import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {timeAndDateSpans} from '../../src/claims/times-and-dates.js';
import {fuzz} from '../helpers/fuzz-config.js';

// The word look-up before each pattern's sign only skips patterns that cannot match: the spans
// are those of the signs and patterns alone. Invented inputs.
describe('timeAndDateSpans: the word look-up changes no span', () => {
  it.each([
    'We meet at HALF PAST NINE.', "Lunch is at One O'Clock.", 'the 20th of NEXT MONTH', 'on Friday The 15th',
    'JUNE TWENTY THREE, 2018', 'around 11-ISH', 'seven thirty PM', 'at 8 in the Morning', 'a Quarter To 7',
    'twenty Minutes Before eight', 'it is 5 paſt 7', 'the \u212aelvin scale at noon', 'Sept the twenty-first',
  ])('%s', (text) => {
    expect(timeAndDateSpans(text)).toEqual(timeAndDateSpans(text, false));
  });

  it('on texts of time and date words in any case (property)', () => {
    const parts = ['half', 'past', 'quarter', 'to', 'till', 'before', 'after', 'min', 'minutes', 'a', 'three', 'seven', 'twelve', 'thirty', 'five',
      "o'clock", 'clock', 'am', 'p.m.', 'noon', 'midnight', 'in', 'the', 'morning', 'night', 'at', 'ish', '-ish', 'Friday', 'day', 'june', 'Sept',
      'of', 'next', 'this', 'last', 'month', '15th', '7', '12', '2018', 'twenty', 'first', 'ſ', '\u212a', ',', '.', '-'];
    const word = fc.tuple(fc.constantFrom(...parts), fc.boolean(), fc.boolean()).map(([w, up, cap]) => (up ? w.toUpperCase() : cap ? w[0]!.toUpperCase() + w.slice(1) : w));
    const text = fc.array(fc.tuple(word, fc.constantFrom(' ', '', '-', '  ')), {minLength: 1, maxLength: 12}).map((xs) => xs.map(([w, g]) => w + g).join(''));
    fc.assert(fc.property(text, (t) => {
      expect(timeAndDateSpans(t), t).toEqual(timeAndDateSpans(t, false));
    }), fuzz(3000));
  });
});
