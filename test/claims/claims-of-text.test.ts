import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {claimsFromTree, claimsOfText} from '../../src/claims/index.js';
import {parseText} from '../../src/nlp/processor.js';
import {fixtureLines, messyLine} from '../helpers/arbitraries.js';
import {fuzz} from '../helpers/fuzz-config.js';

const viaTree = (text: string, offset = 0) => claimsFromTree(parseText(text), offset, {}, text);

describe('claimsOfText', () => {
  it('skips text with no digit and no number word, without parsing it', () => {
    expect(claimsOfText('The council met on Tuesday and voted to approve the plan.')).toEqual([]);
    expect(claimsOfText('Officials said two people were hurt.', 100)).toEqual(viaTree('Officials said two people were hurt.', 100));
    expect(claimsOfText('Officials said two people were hurt.')[0]).toMatchObject({value: 2, text: 'two', kind: 'count'});
  });

  it('finds what the parsed tree gives, on any line', () => {
    fc.assert(
      fc.property(fc.oneof(messyLine, fc.constantFrom(...fixtureLines)), fc.nat(1000), (text, offset) => {
        expect(claimsOfText(text, offset)).toEqual(viaTree(text, offset));
      }),
      fuzz(300),
    );
  });
});
