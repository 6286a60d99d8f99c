import {describe, expect, it} from 'vitest';
import {readInput} from '../../src/input/index.js';
import {segment} from '../../src/blocks/index.js';
import {assignRoles} from '../../src/roles/index.js';

/** Each block's text with the markup-hints proposal made for it (or null), and its final role. */
function roles(html: string, format: 'html' | 'markdown' = 'html') {
  const input = readInput(html, format);
  return assignRoles(input, segment(input.lines)).map((b) => ({
    text: b.segment.text.replace(/\s+/g, ' ').trim(),
    hint: b.assignment.proposals.find((p) => p.detector === 'markup-hints')?.role ?? null,
    role: b.role,
  }));
}

const PROSE = 'The committee met for six hours on Tuesday and agreed on a budget that funds every school in the district.';

describe('markup-hints detector', () => {
  it('makes the h1 the headline and the <title> boilerplate', () => {
    const r = roles(`<html><head><title>Budget agreed after long meeting - Example News</title></head><body><h1>Budget agreed after long meeting</h1><p>${PROSE}</p><p>${PROSE}</p></body></html>`);
    expect(r.find((b) => b.text.startsWith('Budget agreed after long meeting -'))).toMatchObject({hint: 'boilerplate', role: 'boilerplate'});
    expect(r.find((b) => b.text === 'Budget agreed after long meeting')).toMatchObject({hint: 'headline', role: 'headline'});
    expect(r.filter((b) => b.role === 'headline')).toHaveLength(1);
  });

  it('among several h1s, takes the one the title repeats (a logo h1 is not the headline)', () => {
    const r = roles(`<head><title>Budget agreed after long meeting | Example</title></head><h1>Example News</h1><h1>Budget agreed after long meeting</h1><p>${PROSE}</p>`);
    expect(r.find((b) => b.text === 'Example News')?.hint).toBeNull();
    expect(r.find((b) => b.text === 'Budget agreed after long meeting')?.role).toBe('headline');
  });

  it('uses the title as headline when the page has no heading', () => {
    const r = roles(`<head><title>Budget agreed after long meeting</title></head><p>${PROSE}</p>`);
    expect(r[0]).toMatchObject({text: 'Budget agreed after long meeting', hint: 'headline'});
  });

  it('reads figcaption, rel=author, <time> and meta values', () => {
    const r = roles(`<head><meta name="author" content="Jane Doe"><meta property="article:published_time" content="2024-05-06"></head>
      <h1>Budget agreed</h1><div class="byline">By <a rel="author" href="/jd">Jane Doe</a></div><div><time datetime="2024-05-06">6 May 2024</time></div>
      <figure><figcaption>Members vote on the budget.</figcaption></figure><p>${PROSE}</p>`);
    const hint = (text: string) => r.find((b) => b.text === text)?.hint;
    expect(hint('Jane Doe')).toBe('byline');
    expect(hint('2024-05-06')).toBe('dateline');
    expect(hint('By Jane Doe')).toBe('byline');
    expect(hint('6 May 2024')).toBe('dateline');
    expect(hint('Members vote on the budget.')).toBe('caption');
  });

  it('marks short blocks inside nav and footer as boilerplate, but not long prose there', () => {
    const long = `${PROSE} ${PROSE} ${PROSE}`;
    const r = roles(`<nav><a href="/">Home</a></nav><h1>Budget agreed</h1><p>${PROSE}</p><footer><p>Contact the newsroom</p><p>${long}</p></footer>`);
    expect(r.find((b) => b.text === 'Home')?.hint).toBe('boilerplate');
    expect(r.find((b) => b.text === 'Contact the newsroom')?.hint).toBe('boilerplate');
    expect(r.find((b) => b.text === long)?.hint).toBeNull();
  });

  it('reads markdown headings and image alt text', () => {
    const r = roles(`# Budget agreed after long meeting\n\n![Members vote on the budget](vote.jpg)\n\n${PROSE}\n`, 'markdown');
    expect(r.find((b) => b.text === 'Budget agreed after long meeting')?.role).toBe('headline');
    expect(r.find((b) => b.text === 'Members vote on the budget')?.hint).toBe('caption');
  });

  it('without an h1 or a title, takes the first of the highest headings (markdown `##`)', () => {
    const r = roles(`## Budget agreed after long meeting\n\n${PROSE}\n\n### Reactions\n\n${PROSE}\n\n## Next steps\n`, 'markdown');
    expect(r.filter((b) => b.role === 'headline').map((b) => b.text)).toEqual(['Budget agreed after long meeting']);
  });

  it('does not take a heading after the prose for the headline', () => {
    const r = roles(`${PROSE} ${PROSE}\n\n## Related stories\n\n- [One](/1)\n`, 'markdown');
    expect(r.find((b) => b.text === 'Related stories')?.hint).toBeNull();
  });

  it('proposes nothing for plain text', () => {
    const r = roles(`# Not markdown here\n\n${PROSE}`.replace('#', 'Hash'));
    expect(r.every((b) => b.hint === null)).toBe(true);
  });
});
