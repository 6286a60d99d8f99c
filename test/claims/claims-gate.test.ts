import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {NUMBER_WORD_LIST} from '../../src/claims/number-words.js';
import {claimsOfSentence, mayHoldClaim, mayHoldNumber} from '../../src/claims/index.js';
import {ORDINAL_WORDS} from '../../src/claims/lexicon.js';
import {parseText, sentencesOfTree} from '../../src/nlp/processor.js';
import {fuzz} from '../helpers/fuzz-config.js';

/** The candidates of every sentence of `text`, read with no gate at all: the full path. */
function ungated(text: string): string[] {
  const out: string[] = [];
  for (const s of sentencesOfTree(parseText(text))) {
    const scope = {text: text.slice(s.start, s.end), base: s.start, full: text, words: s.words};
    for (const c of claimsOfSentence(scope)) out.push(scope.text.slice(c.start, c.end));
  }
  return out;
}

const WORDS = [...NUMBER_WORD_LIST, ...Object.keys(ORDINAL_WORDS)];

describe('the claims gate (mayHoldClaim)', () => {
  it('passes only what mayHoldNumber passes', () => {
    for (const t of ['the zero hour', 'no number here', 'a tenant', 'they tend to agree']) {
      if (mayHoldClaim(t)) expect(mayHoldNumber(t), t).toBe(true);
    }
  });

  it('rejects words that only start like a number word, and the full path finds nothing there', () => {
    for (const t of ['They tend to agree.', 'Tensions rose; the tenant left.', 'Someone did it oneself, firstly.', 'The Tencent office, seconded.']) {
      expect(mayHoldNumber(t), t).toBe(true);
      expect(mayHoldClaim(t), t).toBe(false);
      expect(ungated(t), t).toEqual([]);
    }
  });

  it('passes whole number words and their hyphenated parts, in any case', () => {
    // not "zero": mayHoldNumber leaves it out, and so must this
    for (const w of WORDS.filter((x) => x !== 'a' && x !== 'an' && x !== 'zero')) {
      for (const v of [w, w.toUpperCase(), `${w[0]!.toUpperCase()}${w.slice(1)}`]) {
        expect(mayHoldClaim(`they said ${v}, or so`), v).toBe(true);
        expect(mayHoldClaim(`a ${v}-fold rise`), v).toBe(true);
        expect(mayHoldClaim(`the well-${v} mark`), v).toBe(true);
      }
    }
  });

  it('never rejects a text the full path finds a claim in (property)', () => {
    const glue = fc.constantFrom(' ', '-', '_', "'", '’', '.', ', ', ' and ', 'd', 's', 'ly', 'ſ', '\u212a', 'é', '\u00ad', '');
    const word = fc.oneof(fc.constantFrom(...WORDS, 'of', 'the', 'largest', 'people', 'tend', 'oneself', 'dollars'), fc.string({minLength: 1, maxLength: 6}));
    const text = fc.array(fc.tuple(word, glue), {minLength: 1, maxLength: 10}).map((xs) => `${xs.map(([w, g]) => w + g).join(' ')}.`);
    fc.assert(fc.property(text, (t) => {
      if (!mayHoldClaim(t) && mayHoldNumber(t)) expect(ungated(t), t).toEqual([]);
    }), fuzz(1500));
  });
});
