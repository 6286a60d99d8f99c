import {describe, expect, it} from 'vitest';
import {extractQuotes} from '../../src/fields/quotes.js';
import type {Paragraph} from '../../src/schema/article.js';

const quotesOf = (text: string) => {
  const source = `Intro line\n\n${text}`;
  const p: Paragraph = {text, span: {start: 12, end: 12 + text.length}};
  return {source, quotes: extractQuotes([p], source)};
};

describe('extractQuotes', () => {
  it.each([
    ['"We are pleased with the result of the vote," Doe added.', 'Doe'],
    ['"We are pleased with the result of the vote," said Jane Doe.', 'Jane Doe'],
    ['“We are pleased with the result of the vote,” Jane Doe, the mayor, said.', 'Jane Doe'],
    ['Doe said: "We are pleased with the result of the vote."', 'Doe'],
    ['Jane Doe told reporters, "We are pleased with the result of the vote."', 'Jane Doe'],
    ['According to Jane Doe, "the result of the vote was a good one for the city."', 'Jane Doe'],
    ['"We are pleased with the result of the vote," he said.', null],
    ['"We are pleased with the result of the vote," CEO Jane Doe said on Tuesday.', 'Jane Doe'],
    ['"We are pleased with the result of the vote," Prime Minister Jane Doe said.', 'Jane Doe'],
  ])('%s', (text, speaker) => {
    const {source, quotes} = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker).toBe(speaker);
    const slice = source.slice(quotes[0]!.span.start, quotes[0]!.span.end);
    expect(slice).toMatch(/^["“]/);
    expect(slice).toMatch(/["”]$/);
    expect(slice.slice(1, -1).trim()).toBe(quotes[0]!.text);
  });

  it('skips scare quotes and titles of a few words', () => {
    expect(quotesOf('The plan, dubbed "Project Light", was approved.').quotes).toEqual([]);
  });
});
