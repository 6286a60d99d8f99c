import {describe, expect, it} from 'vitest';
import {summaryBoxRefiner} from '../../src/roles/refine-summary-box.js';
import {assigned, PARA, structureContext} from './structure-page.js';

describe('summaryBoxRefiner', () => {
  it('a box of highlights at the top of the body is not body; the text after it is', () => {
    const lines = ['Highlights', 'Three schools approved', 'Work starts next spring', 'CITYVILLE:', PARA[0]!, PARA[1]!];
    const out = summaryBoxRefiner.refine(assigned(['body', 'body', 'body', 'body', 'body', 'body']), structureContext(lines));
    expect(out.map((a) => a.role)).toEqual(['other', 'other', 'other', 'body', 'body', 'body']);
  });

  it('a "Highlights" sub-heading deep in the article, or with no items, changes nothing', () => {
    const deep = [PARA[0]!, PARA[1]!, PARA[2]!, PARA[3]!, PARA[4]!, PARA[0]!, PARA[1]!, PARA[2]!, 'Highlights', 'Three schools approved'];
    expect(summaryBoxRefiner.refine(assigned(deep.map(() => 'body')), structureContext(deep)).every((a) => a.role === 'body')).toBe(true);
    const alone = ['Highlights', PARA[0]!.repeat(2)];
    expect(summaryBoxRefiner.refine(assigned(['body', 'body']), structureContext(alone)).map((a) => a.role)).toEqual(['body', 'body']);
  });
});

describe('summaryBoxRefiner and lists inside the text', () => {
  it('a labelled bullet list after the first paragraph stays body, and so do the paragraphs after it', () => {
    const lines = [PARA[0]!, 'Key points:', '- The plan costs less than last year', '- Two towns share the new road', PARA[1]!, PARA[2]!];
    const out = summaryBoxRefiner.refine(assigned(lines.map(() => 'body')), structureContext(lines));
    expect(out.map((a) => a.role)).toEqual(lines.map(() => 'body'));
  });

  it('a bulleted box at the top ends with its last bullet: the short paragraph after it is text', () => {
    const lines = ['Key points', '- Three schools approved', '- Work starts next spring', 'The council met on Monday.', PARA[0]!, PARA[1]!];
    const out = summaryBoxRefiner.refine(assigned(lines.map(() => 'body')), structureContext(lines));
    expect(out.map((a) => a.role)).toEqual(['other', 'other', 'other', 'body', 'body', 'body']);
  });
});

describe('summaryBoxRefiner after a short sentence', () => {
  it('a one-line sentence above the box (a photo caption) does not make the box part of the text', () => {
    const lines = ['The mayor speaks to reporters outside the town hall on a rainy Monday.', 'Highlights', '- Three schools approved', '- Work starts next spring', PARA[0]!, PARA[1]!];
    const out = summaryBoxRefiner.refine(assigned(lines.map(() => 'body')), structureContext(lines));
    expect(out.map((a) => a.role)).toEqual(['body', 'other', 'other', 'other', 'body', 'body']);
  });
});
