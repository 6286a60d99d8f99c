import {describe, expect, it} from 'vitest';
import {leadInRefiner} from '../../src/roles/refine-lead-in.js';
import {assigned, PARA, structureContext} from './structure-page.js';

describe('leadInRefiner', () => {
  it('a credit or intro line right above the first paragraph joins the body', () => {
    const lines = ['Council approves three new schools', 'By Jane Doe', 'Name: Jane', 'Location: North district', PARA[0]!];
    const out = leadInRefiner.refine(assigned(['headline', 'byline', 'other', 'other', 'body']), structureContext(lines));
    expect(out.map((a) => a.role)).toEqual(['headline', 'byline', 'body', 'body', 'body']);
  });

  it('stops at the byline, a link, a date or a heading in capitals', () => {
    for (const line of ['Photo gallery [/photos]', '12/19/16 12:04', 'MORE ON THIS STORY']) {
      const out = leadInRefiner.refine(assigned(['byline', 'other', 'body']), structureContext(['By Jane Doe', line, PARA[0]!]));
      expect(out[1]!.role, line).toBe('other');
    }
  });

  it('takes at most two lines', () => {
    const out = leadInRefiner.refine(assigned(['other', 'other', 'other', 'body']), structureContext(['One line here', 'Two line here', 'Three line here', PARA[0]!]));
    expect(out.map((a) => a.role)).toEqual(['other', 'body', 'body', 'body']);
  });

  it('an image target before a credit (html-to-text) does not stop it', () => {
    const out = leadInRefiner.refine(assigned(['byline', 'other', 'body']), structureContext(['By Jane Doe', '[https://example.org/img/school.jpg?w=800]Example Images', PARA[0]!]));
    expect(out[1]!.role).toBe('body');
  });
});
