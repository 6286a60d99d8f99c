import {describe, expect, it} from 'vitest';
import {relatedDetector} from '../../src/roles/related.js';
import {structureContext} from './structure-page.js';

const propose = (line: string) => {
  const ctx = structureContext([line]);
  return relatedDetector.propose(ctx.blocks[0]!, ctx);
};

describe('relatedDetector', () => {
  it.each(['Previous Article', 'Next Article', 'Related stories', 'You may also like', 'More from Business', 'More On:', 'See also', 'Most read'])('label: %s', (line) => {
    expect(propose(line)).toMatchObject({role: 'related', reason: 'related-articles label'});
  });

  it.each(['Read more: Ten ways the budget changes your bills', 'RELATED: Council approves school plan [https://example.org/a]'])('inline: %s', (line) => {
    expect(propose(line)).toMatchObject({role: 'related', reason: 'label and title of a related article'});
  });

  it.each(['Read more about the plan in the council minutes, published on Friday.', 'Next year the council will vote again.', 'Related parties were not named.'])(
    'not related: %s',
    (line) => {
      expect(propose(line)).toBeNull();
    },
  );
});
