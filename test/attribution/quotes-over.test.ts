import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {quotesOver} from '../../src/attribution/reported-speech.js';
import type {Speech} from '../../src/attribution/types.js';

const speech = (start: number, end: number): Speech => ({kind: 'direct', text: '', span: {start, end}, source: null, speaker: null, cue: null} as unknown as Speech);

describe('quotesOver: the quotes a sentence overlaps', () => {
  it('gives exactly the quotes a full search gives, for sentences in order or not (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(500), fc.integer({min: 1, max: 120})), {maxLength: 40}),
        fc.array(fc.tuple(fc.nat(600), fc.integer({min: 1, max: 80})), {maxLength: 30}),
        (quoteSpans, sentenceSpans) => {
          const near = quoteSpans.map(([s, n]) => speech(s, s + n)).sort((a, b) => a.span.start - b.span.start);
          const over = quotesOver(near);
          for (const [s, n] of sentenceSpans) {
            const expected = near.filter((q) => q.span.start < s + n && q.span.end > s);
            expect(new Set(over(s, s + n))).toEqual(new Set(expected));
          }
        },
      ),
    );
  });
});
