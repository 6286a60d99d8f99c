import {describe, expect, it} from 'vitest';
import {parseArticle} from '../../src/index.js';

describe('byline authors belong to the caller', () => {
  it('changing one article does not change the next parse of the same text', () => {
    const text = 'A headline for the story today\n\nBy Jane Doe and John Roe\n\nThe story starts here and goes on for a while, long enough to be read as prose by the parser.\n';
    const first = parseArticle(text);
    expect(first.byline?.authors).toEqual(['Jane Doe', 'John Roe']);
    first.byline!.authors.push('Someone Else');
    first.byline!.authors[0] = 'Changed';
    expect(parseArticle(text).byline?.authors).toEqual(['Jane Doe', 'John Roe']);
  });
});
