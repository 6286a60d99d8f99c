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

  it('prose right under the headline that the lead image separates from the story is the dek', () => {
    const lines = [
      'Council approves three new schools',
      'The vote ends a year of argument over how to spend the bond money, and building starts in spring.',
      'The council chamber on Tuesday night. Photograph: Jane Doe/City Press',
      PARA[0]!,
      PARA[1]!,
    ];
    const out = dekRefiner.refine(assigned(['headline', 'body', 'caption', 'body', 'body']), structureContext(lines));
    expect(out.map((a) => a.role)).toEqual(['headline', 'dek', 'caption', 'body', 'body']);
  });

  it('a first paragraph after the byline stays body, image or not', () => {
    const lines = [
      'Council approves three new schools',
      'By Jane Doe',
      'The vote ends a year of argument over how to spend the bond money, and building starts in spring.',
      'The council chamber on Tuesday night. Photograph: Jane Doe/City Press',
      PARA[0]!,
      PARA[1]!,
    ];
    const out = dekRefiner.refine(assigned(['headline', 'byline', 'body', 'caption', 'body', 'body']), structureContext(lines));
    expect(out[2]!.role).toBe('body');
  });

  it('a paragraph longer than the story after the image stays body', () => {
    const lines = ['Council approves three new schools', PARA[0]!, 'The council chamber. Photograph: Jane Doe/City Press', 'It passed.'];
    const out = dekRefiner.refine(assigned(['headline', 'body', 'caption', 'body']), structureContext(lines));
    expect(out[1]!.role).toBe('body');
  });
});
