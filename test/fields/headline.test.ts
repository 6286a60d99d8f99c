import {describe, expect, it} from 'vitest';
import {extractDek, extractHeadline} from '../../src/fields/headline.js';
import {page} from './context.js';

describe('extractHeadline', () => {
  it('the headline block as a reader sees it: no link target, no bullet', () => {
    const {ctx} = page(['H| * Council approves three new schools [https://example.org/a]', 'B| The council voted on Tuesday.']);
    expect(extractHeadline(ctx)).toBe('Council approves three new schools');
  });

  it('null when no block is the headline', () => {
    expect(extractHeadline(page(['B| The council voted on Tuesday.']).ctx)).toBeNull();
  });
});

describe('extractDek', () => {
  it('the dek block, or null', () => {
    const {ctx} = page(['H| Council approves schools', 'The vote ends a year of argument', 'B| The council voted on Tuesday.']);
    expect(extractDek(ctx)).toBeNull();
    ctx.blocks[1]!.role = 'dek';
    expect(extractDek(ctx)).toBe('The vote ends a year of argument');
  });
});
