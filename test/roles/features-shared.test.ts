import {describe, expect, it} from 'vitest';
import {blockFeatures, pageFeatures} from '../../src/roles/features.js';
import {segment} from '../../src/blocks/index.js';
import {readInput} from '../../src/input/index.js';

describe('pageFeatures on repeated lines', () => {
  it('gives a block with the same text as another the features blockFeatures reads for it, key order and all', () => {
    const text = ['Home', 'News', 'Sport', 'A headline for the page', 'By Jane Doe', 'Home', 'Some prose. It runs on, with commas.', 'News', 'Home'].join('\n\n');
    const segments = segment(readInput(text).lines);
    const blocks = pageFeatures(segments);
    for (const [i, s] of segments.entries()) {
      const own = blockFeatures(s, i);
      const shared = blocks[i]!;
      // repeats and echoes are the page's, set after: compare the rest
      const {repeats: _r, echoes: _e, ...rest} = shared;
      const {repeats: _r2, echoes: _e2, ...ownRest} = own;
      expect(Object.keys(shared)).toEqual(Object.keys(own));
      expect(rest).toEqual(ownRest);
      expect(shared.segment).toBe(s);
    }
    expect(blocks.filter((b) => b.text === 'Home').map((b) => b.repeats)).toEqual([3, 3, 3]);
  });
});
