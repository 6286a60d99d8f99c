import {describe, expect, it} from 'vitest';
import {bylineReadings, extractByline, isDateLine, readBylineAt} from '../../src/fields/byline.js';
import {page} from './context.js';

const body = 'B| The council voted on Tuesday to approve the new budget, which raises spending on schools and roads by a modest amount.';

describe('extractByline', () => {
  it('takes the "By" line after the headline, with its span', () => {
    const {text, ctx} = page(['Menu', 'H| Council approves the budget', 'By Jane Doe and John Roe, Reuters', body]);
    const b = extractByline(ctx)!;
    expect(b.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(text.slice(b.span.start, b.span.end)).toBe('By Jane Doe and John Roe, Reuters');
  });

  it('joins "By" on a line of its own with the name below it', () => {
    const {text, ctx} = page(['H| Council approves the budget', 'By', 'Jane Doe', body]);
    const b = extractByline(ctx)!;
    expect(b.authors).toEqual(['Jane Doe']);
    expect(text.slice(b.span.start, b.span.end)).toBe('By\n\nJane Doe');
  });

  it('accepts a bare name next to a date line', () => {
    const {ctx} = page(['H| Council approves the budget', 'Jane Doe', 'December 18, 2020', body]);
    expect(extractByline(ctx)?.authors).toEqual(['Jane Doe']);
  });

  it('does not take a bare name with nothing around it', () => {
    const {ctx} = page(['H| Council approves the budget', 'Jane Doe', body]);
    expect(extractByline(ctx)).toBeNull();
  });

  it('prefers the byline near the headline to one in a list further down', () => {
    const {ctx} = page(['H| Council approves the budget', 'By Jane Doe', body, body, body, body, body, 'Other story', 'By John Roe']);
    expect(extractByline(ctx)?.authors).toEqual(['Jane Doe']);
  });

  it('reads a byline on the second line of a wrapped block', () => {
    const {ctx} = page(['H| Council approves the budget after a long night of talks in the city hall\nby Jane Doe', body]);
    expect(extractByline(ctx)?.authors).toEqual(['Jane Doe']);
  });

  it('reads a byline run into share links after it', () => {
    const line = `by Jane Doe [/users/jane] July 10, 2015 ${'https://twitter.com/share?text=Council%20approves%20the%20budget '.repeat(6)}`;
    const {ctx} = page(['H| Council approves the budget', line.trimEnd(), body]);
    expect(extractByline(ctx)?.authors).toEqual(['Jane Doe']);
  });

  it('counts a byline next to an earlier copy of the headline', () => {
    const {ctx} = page(['Council approves the budget', 'Jane Doe / Metro / Updated: Oct 9, 2019, 11:05 IST', 'Share', 'Small', 'Medium', 'Large', 'Text size', 'Print', 'H| Council approves the budget', body]);
    expect(extractByline(ctx)?.authors).toEqual(['Jane Doe']);
  });

  it('reads wire credit lines at the end of the story when there is no byline above', () => {
    const {ctx} = page(['H| Council approves the budget', body, body, 'Reporting by Jane Doe; Editing by John Roe']);
    expect(extractByline(ctx)?.authors).toEqual(['Jane Doe']);
  });
});

describe('readBylineAt and isDateLine', () => {
  const texts = ['By', 'Jane Doe', 'Published March 9, 2017'];
  it('reads a "By" line with the next block', () => {
    expect(readBylineAt((j) => texts[j], 0)).toMatchObject({authors: ['Jane Doe'], first: 0, last: 1});
  });
  it('date lines', () => {
    expect(isDateLine('Published March 9, 2017')).toBe(true);
    expect(isDateLine('Dec. 13, 2016, 12:31 PM UTC / Updated Dec. 13, 2016, 6:06 PM UTC')).toBe(true);
    expect(isDateLine('Jane Doe/November 18, 2016')).toBe(false);
    expect(isDateLine('The council met on March 9, 2017 to discuss the budget for the coming year')).toBe(false);
  });
});

describe('bylineReadings', () => {
  it('reads a repeated line once and still looks at the neighbours of each copy', () => {
    // "Jane Doe" twice: a name next to a date line is a byline, the same name between menu items is not
    const texts = ['Home', 'Jane Doe', 'Published March 9, 2017', 'Sport', 'Jane Doe', 'Weather', 'By', 'Jane Doe', 'Home', 'By'];
    const at = bylineReadings(texts);
    const textAt = (j: number) => texts[j];
    for (let i = 0; i < texts.length; i++) expect(at(i), `block ${i}`).toEqual(readBylineAt(textAt, i));
    expect(at(1)).toMatchObject({authors: ['Jane Doe'], first: 1, last: 1});
    expect(at(4)).toBeNull();
    expect(at(6)).toMatchObject({authors: ['Jane Doe'], shape: 'explicit', first: 6, last: 7});
    expect(at(9)).toBeNull(); // a "By" with nothing after it
  });
});

describe('extractByline, last resorts', () => {
  it('takes a "name — date" footer when nothing better is found', () => {
    const {ctx} = page(['H| Council approves the budget', body, body, 'Jane Doe — 2013-09-29 — in News — Permalink', 'Home']);
    expect(extractByline(ctx)?.authors).toEqual(['Jane Doe']);
  });

  it('reads a name glued to a Japanese date', () => {
    const {ctx} = page(['H| 予算を承認', '山田太郎2019年04月13日 09時00分', body]);
    expect(extractByline(ctx)?.authors).toEqual(['山田太郎']);
  });
});
