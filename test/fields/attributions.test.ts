import {describe, expect, it} from 'vitest';
import {extractAttributions, readSourceLine, splitTrailingTag} from '../../src/fields/attributions.js';
import type {Paragraph} from '../../src/schema/article.js';
import {page} from './context.js';

describe('splitTrailingTag', () => {
  it.each([
    ['The talks went well. [TASS]', 'TASS', '[TASS]', 'tag'],
    ['The talks went well. (Reuters)', 'Reuters', '(Reuters)', 'tag'],
    ['The talks went well (AP)', 'AP', '(AP)', 'tag'],
    ['The talks went well. — AFP', 'AFP', '— AFP', 'dash'],
    ['The talks went well. - Reuters', 'Reuters', '- Reuters', 'dash'],
  ])('%s', (text, source, raw, kind) => {
    const {text: rest, attribution} = splitTrailingTag(text, 100);
    expect(attribution).toMatchObject({source, raw, kind});
    expect(rest.trim()).toBe(text.slice(0, text.lastIndexOf(raw)).trim());
    expect(attribution!.span).toEqual({start: 100 + text.lastIndexOf(raw), end: 100 + text.lastIndexOf(raw) + raw.length});
  });

  it('leaves an abbreviation in brackets and non-source brackets alone', () => {
    expect(splitTrailingTag('The alliance met with the North Atlantic Treaty Organization (NATO)', 0).attribution).toBeNull();
    expect(splitTrailingTag('The crowd cheered. (Applause)', 0).attribution).toBeNull();
    expect(splitTrailingTag('[TASS]', 0).attribution).toBeNull();
  });
});

describe('readSourceLine', () => {
  it('reads source lines', () => {
    expect(readSourceLine('Source: Reuters')).toEqual({source: 'Reuters', kind: 'source-line'});
    expect(readSourceLine('[TASS]')).toEqual({source: 'TASS', kind: 'tag'});
    expect(readSourceLine('— AFP')).toEqual({source: 'AFP', kind: 'dash'});
    expect(readSourceLine('The source said the talks went well.')).toBeNull();
  });
});

describe('extractAttributions', () => {
  const para = (text: string, start: number): Paragraph => ({text, span: {start, end: start + text.length}});

  it('credits a source line to the paragraph before it and a wire dateline to the paragraph it opens', () => {
    const first = 'MOSCOW (Reuters) - The talks went well, officials said on Tuesday after a long day of meetings.';
    const second = 'Both sides agreed to meet again next month to go over the details of the plan.';
    const {text, ctx} = page([`B| ${first}`, `B| ${second}`, 'Source: Interfax']);
    const p1 = text.indexOf(first);
    const p2 = text.indexOf(second);
    const out = extractAttributions(ctx, [para(first, p1), para(second, p2)], []);
    expect(out.map((a) => [a.source, a.raw, a.kind, a.paragraph])).toEqual([
      ['Reuters', 'MOSCOW (Reuters) -', 'dateline', 0],
      ['Interfax', 'Source: Interfax', 'source-line', 1],
    ]);
    for (const a of out) expect(text.slice(a.span.start, a.span.end)).toBe(a.raw);
  });
});

describe('photo credits in brackets are not sources', () => {
  it('a person named in brackets after a sentence', () => {
    expect(splitTrailingTag('The jars are filled with moss and stones. (Jane Doe)', 0).attribution).toBeNull();
  });
});
