import {describe, expect, it} from 'vitest';
import {dekRefiner} from '../../src/roles/refine-dek.js';
import {assigned, PARA, structureContext} from './structure-page.js';

describe('dekRefiner', () => {
  it('the sentence-case block between headline and body is the dek', () => {
    const lines = ['Council approves three new schools', 'The vote ends a year of argument over how to spend the bond money', PARA[0]!];
    const out = dekRefiner.refine(assigned(['headline', 'other', 'body']), structureContext(lines));
    expect(out[1]!.role).toBe('dek');
  });

  it('no dek without a headline, and no title-case line or link as dek', () => {
    const lines = ['Council approves three new schools', 'Read The Full Council Minutes Here And Share Them Now', PARA[0]!];
    expect(dekRefiner.refine(assigned(['other', 'other', 'body']), structureContext(lines))[1]!.role).toBe('other');
    expect(dekRefiner.refine(assigned(['headline', 'other', 'body']), structureContext(lines))[1]!.role).toBe('other');
  });
});
