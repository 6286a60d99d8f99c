import {describe, expect, it} from 'vitest';
import {extractRelated} from '../../src/fields/related.js';
import {readInput} from '../../src/input/index.js';
import {segment} from '../../src/blocks/index.js';
import {assignRoles} from '../../src/roles/index.js';
import type {FieldContext} from '../../src/fields/types.js';

const PARA = 'The city council voted on Tuesday to fund three new schools, a decision that followed months of debate among residents.';
const related = (lines: string[]) => {
  const input = readInput(lines.join('\n\n'), 'text');
  const ctx: FieldContext = {input, blocks: assignRoles(input, segment(input.lines))};
  return {text: input.source, items: extractRelated(ctx)};
};

describe('extractRelated', () => {
  it('"Previous Article" / "Next Article" and the title under each', () => {
    const {text, items} = related([PARA, PARA.replace('Tuesday', 'Monday'), 'Previous Article', 'Budget talks stall again', 'Next Article', 'Why the river keeps flooding']);
    expect(items.map((r) => [r.rel, r.title, r.url])).toEqual([
      ['previous', 'Budget talks stall again', null],
      ['next', 'Why the river keeps flooding', null],
    ]);
    expect(text.slice(items[0]!.span.start, items[0]!.span.end)).toContain('Budget talks stall again');
  });

  it('"Read more: Title [url]" in one line, with its url', () => {
    const {items} = related([PARA, 'Read more: Ten ways the budget changes your bills [https://example.org/budget]', PARA.replace('Tuesday', 'Monday')]);
    expect(items).toMatchObject([{rel: 'more', title: 'Ten ways the budget changes your bills', url: 'https://example.org/budget'}]);
  });

  it('a list label gives its rel to every title under it', () => {
    const {items} = related([PARA, PARA.replace('Tuesday', 'Monday'), 'Related stories', 'Mayor Unveils Plan For Cheaper Buses [https://example.org/a]', 'River Defences Fail First Test [https://example.org/b]']);
    expect(items.map((r) => [r.rel, r.title, r.url])).toEqual([
      ['related', 'Mayor Unveils Plan For Cheaper Buses', 'https://example.org/a'],
      ['related', 'River Defences Fail First Test', 'https://example.org/b'],
    ]);
  });
});
