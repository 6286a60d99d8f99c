import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {longerThan, singleSpaced} from '../../src/blocks/white-space.js';
import {fuzz} from '../helpers/fuzz-config.js';

describe('singleSpaced', () => {
  it('makes each run of white space one space, and leaves text with none to fold as it is', () => {
    expect(singleSpaced('a  b\tc\r\n\r\nd\u00a0e')).toBe('a b c d e');
    expect(singleSpaced('  lead and trail \n')).toBe(' lead and trail ');
    const plain = 'one space between words';
    expect(singleSpaced(plain)).toBe(plain);
  });

  it('is every white-space run replaced by one space (property)', () => {
    const piece = fc.oneof(fc.string({maxLength: 5}), fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2028', '\u3000', ' \u00a0 ', 'word'));
    fc.assert(fc.property(fc.array(piece, {maxLength: 40}).map((p) => p.join('')), (text) => {
      expect(singleSpaced(text)).toBe(text.replace(/\s+/g, ' '));
    }), fuzz(2000));
  });

  it('longerThan measures the single-spaced, trimmed text', () => {
    expect(longerThan('ab   cd', 5)).toBe(false);
    expect(longerThan('ab cd e', 5)).toBe(true);
    expect(longerThan('  abc  ', 3)).toBe(false);
  });
});
