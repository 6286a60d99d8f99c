import {describe, expect, it} from 'vitest';
import {MAX_SENTENCE_CHARS, sentenceAround} from '../../src/claims/index.js';
import {parseArticle} from '../../src/parse-article.js';

// invented text: a run of figures with no sentence end, as a flattened table gives
const run = (n: number) => Array.from({length: n}, (_, i) => `Plant ${i} shipped ${i * 3} tonnes`).join(', ');

describe('sentenceAround: the sentence a claim carries', () => {
  it('is the whole sentence when it is a sentence\'s length', () => {
    const s = 'Exports rose 16% to $9.3bn in March, the ministry said.';
    expect(sentenceAround(s, 13, 16)).toBe(s);
  });

  it('is a piece of a long run around the claim: bounded, whole words, holding the claim', () => {
    const s = run(400);
    for (const claim of ['shipped 3 tonnes', `shipped ${200 * 3} tonnes`, `shipped ${399 * 3} tonnes`]) {
      const start = s.indexOf(claim);
      const piece = sentenceAround(s, start, start + claim.length);
      expect(piece.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(piece.length).toBeGreaterThan(MAX_SENTENCE_CHARS / 2);
      expect(piece).toContain(claim);
      expect(s).toContain(piece);
      // cut between words: the characters around the piece in the run are spaces (or its ends)
      const at = s.indexOf(piece);
      expect(at === 0 || s[at - 1] === ' ').toBe(true);
      expect(at + piece.length === s.length || s[at + piece.length] === ' ').toBe(true);
    }
  });
});

describe('maxClaims', () => {
  it('keeps that many claims, reads no further and says so', () => {
    const text = `Shipments by plant\n\n${run(300)}.\n\n${run(300)}.\n`;
    const all = parseArticle(text);
    expect(all.numericClaims.length).toBeGreaterThan(100);
    expect(all.warnings.map((w) => w.code)).not.toContain('TRUNCATED_CLAIMS');
    const capped = parseArticle(text, {maxClaims: 100});
    expect(capped.numericClaims).toEqual(all.numericClaims.slice(0, 100));
    const warning = capped.warnings.find((w) => w.code === 'TRUNCATED_CLAIMS');
    expect(warning?.message).toContain('100');
    // every claim's sentence is bounded, whatever the run's length
    for (const c of all.numericClaims) expect(c.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
  });

  it('is checked like every option', () => {
    expect(() => parseArticle('Some text here.', {maxClaims: 0})).toThrow(/maxClaims/);
  });
});
