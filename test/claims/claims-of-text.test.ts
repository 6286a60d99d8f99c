import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {claimsFromTree, claimsOfText} from '../../src/claims/index.js';
import {MAX_PIECE, parseText} from '../../src/nlp/processor.js';
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

  it('reads a text longer than one retext piece piece by piece, with spans into the whole text', () => {
    let text = '';
    for (let i = 0; text.length < 3 * MAX_PIECE; i++) text += `Around ${i},000 Kyrgyz citizens work in Russia, and exports rose ${i % 40}% to $${i}.2bn, the ministry said. `;
    const claims = claimsOfText(text, 7);
    expect(claims).toEqual(viaTree(text, 7));
    const late = claims.filter((c) => c.span.start > 2 * MAX_PIECE);
    expect(late.length).toBeGreaterThan(10);
    for (const c of late) expect(text.slice(c.span.start - 7, c.span.end - 7)).toBe(c.text);
    // subjects come from the piece's word tree, so they show its words were placed right
    expect(late.filter((c) => c.kind === 'count').every((c) => c.subject === 'Kyrgyz citizens')).toBe(true);
  });
});
