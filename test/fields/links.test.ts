import {describe, expect, it} from 'vitest';
import {delink} from '../../src/fields/links.js';

describe('delink', () => {
  it('html-to-text: keeps the anchor, moves the target to links with a span over both', () => {
    const text = 'The report [https://example.org/r] was published on Friday.';
    const {text: out, links} = delink(text, 100);
    expect(out).toBe('The report was published on Friday.');
    expect(links).toHaveLength(1);
    expect(links[0]!.url).toBe('https://example.org/r');
    expect(text.slice(links[0]!.span.start - 100, links[0]!.span.end - 100)).toContain('[https://example.org/r]');
    expect(text.slice(links[0]!.span.start - 100, links[0]!.span.end - 100)).toContain(links[0]!.text.split(' ').pop());
  });

  it('markdown: [anchor](url) keeps the anchor; an image is no link', () => {
    const {text, links} = delink('See [the filing](https://example.org/f) and ![a chart](/c.png).', 0);
    expect(text).toBe('See the filing and a chart.');
    expect(links.map((l) => [l.text, l.url])).toEqual([['the filing', 'https://example.org/f']]);
  });

  it('a linked image (alt [src] href): the href is the url', () => {
    const {text, links} = delink('Logo [/img/logo.png] https://example.org/ and more', 0);
    expect(text).toBe('Logo and more');
    expect(links[0]!.url).toBe('https://example.org/');
  });

  it('leaves a source tag alone', () => {
    expect(delink('Trade grew by a third. [TASS]', 0)).toEqual({text: 'Trade grew by a third. [TASS]', links: []});
  });

  it("an anchor's span starts at its first word, whatever white space is between its words", () => {
    for (const gap of [' ', '  ', '\r\n', '\t ']) {
      const text = `Officials said. The dispute with${gap}Taylor Swift [https://example.org/ts] went on.`;
      const {links} = delink(text, 10);
      expect(links[0]!.text, JSON.stringify(gap)).toBe('The dispute with Taylor Swift');
      expect(text.slice(links[0]!.span.start - 10, links[0]!.span.end - 10), JSON.stringify(gap)).toBe(`The dispute with${gap}Taylor Swift [https://example.org/ts]`);
    }
  });

  it('keeps a link and the word glued after it apart, in markdown as in html-to-text', () => {
    expect(delink('Japarov said so. [TASS](https://tass.com)Russian PM visits', 0).text).toBe('Japarov said so. TASS Russian PM visits');
    expect(delink('Japarov said so. TASS [https://tass.com]Russian PM visits', 0).text).toBe('Japarov said so. TASS Russian PM visits');
    expect(delink('See [the filing](https://example.org/f).', 0).text).toBe('See the filing.');
  });
});

