import {describe, expect, it} from 'vitest';
import {extractBody} from '../../src/fields/paragraphs.js';
import {page} from './context.js';

describe('extractBody', () => {
  it('body blocks in order, chrome between them left out', () => {
    const {ctx} = page(['H| A title', 'B| First paragraph of the story.', 'X| Advertisement', 'B| Second paragraph of the story.']);
    expect(extractBody(ctx).paragraphs.map((p) => p.text)).toEqual(['First paragraph of the story.', 'Second paragraph of the story.']);
  });

  it('link targets leave the text and go to links; spans hold the whole line', () => {
    const {text, ctx} = page(['B| The council [https://example.org/council] voted on Tuesday.']);
    const [p] = extractBody(ctx).paragraphs;
    expect(p!.text).toBe('The council voted on Tuesday.');
    expect(p!.links?.[0]?.url).toBe('https://example.org/council');
    expect(text.slice(p!.span.start, p!.span.end)).toBe('The council [https://example.org/council] voted on Tuesday.');
  });

  it('a list item keeps its words, not its bullet', () => {
    const {ctx} = page(['B| * Schools will open in 2026.']);
    expect(extractBody(ctx).paragraphs[0]!.text).toBe('Schools will open in 2026.');
  });
});
