import {describe, expect, it} from 'vitest';
import {bodyStartRefiner} from '../../src/roles/refine-body-start.js';
import {assigned, PARA, structureContext} from './structure-page.js';

describe('bodyStartRefiner', () => {
  it('a byline early in the run ends the header: the standfirst before it is not body', () => {
    const lines = ['A standfirst that sums up the story in a sentence or two for readers.', 'By Jane Doe', PARA[0]!, PARA[1]!];
    const out = bodyStartRefiner.refine(assigned(['body', 'byline', 'body', 'body'], [0.6, 0.85, 0.75, 0.75]), structureContext(lines));
    expect(out.map((a) => a.role)).toEqual(['other', 'byline', 'body', 'body']);
  });

  it('a byline with no paragraph after it (a list of teasers) changes nothing', () => {
    const lines = [PARA[0]!, 'By Jane Doe', 'Council approves new schools', 'By John Roe', 'Mayor promises reports'];
    const out = bodyStartRefiner.refine(assigned(['body', 'byline', 'other', 'byline', 'other']), structureContext(lines));
    expect(out[0]!.role).toBe('body');
  });

  it('a byline after a long stretch of prose is inside the article, not above it', () => {
    const lines = [PARA[0]!, PARA[1]!, PARA[2]!, PARA[3]!, 'By Jane Doe', PARA[4]!];
    const out = bodyStartRefiner.refine(assigned(['body', 'body', 'body', 'body', 'byline', 'body']), structureContext(lines));
    expect(out.slice(0, 4).every((a) => a.role === 'body')).toBe(true);
  });
});
