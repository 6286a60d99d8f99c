import {describe, expect, it} from 'vitest';
import {datesIn, extractPublishedAt} from '../../src/fields/published-at.js';
import {page} from './context.js';

const body = 'B| The council voted on Tuesday to approve the new budget, which raises spending on schools and roads by a modest amount.';
const bodyWithDate = 'B| The plan was first drafted on March 3, 2015, and has been argued over at every meeting since then by the council.';

describe('extractPublishedAt', () => {
  it('reads the date in the byline at day precision', () => {
    const {text, ctx} = page(['H| Council approves the budget', 'By Jane Doe August 14, 2025', body]);
    const d = extractPublishedAt(ctx)!;
    expect(d).toMatchObject({iso: '2025-08-14', precision: 'day', text: 'August 14, 2025'});
    expect(text.slice(d.span.start, d.span.end)).toBe('August 14, 2025');
  });

  it('keeps the time and zone when written', () => {
    const {ctx} = page(['H| Council approves the budget', '14 Aug 2025 09:12 GMT', body]);
    expect(extractPublishedAt(ctx)).toMatchObject({iso: '2025-08-14T09:12Z', precision: 'minute'});
  });

  it('reads "Published 3:04 PM EDT, Mon May 6, 2024"', () => {
    const {ctx} = page(['H| Council approves the budget', 'Published 3:04 PM EDT, Mon May 6, 2024', body]);
    expect(extractPublishedAt(ctx)).toMatchObject({iso: '2024-05-06T15:04-04:00', precision: 'minute'});
  });

  it('takes the published date over the updated one', () => {
    const {ctx} = page(['H| Council approves the budget', 'Updated June 2, 2024 / Published May 30, 2024', body]);
    expect(extractPublishedAt(ctx)?.iso).toBe('2024-05-30');
  });

  it('reads ISO stamps with seconds', () => {
    const {ctx} = page(['H| Council approves the budget', '2014-03-27T19:11:24Z', body]);
    expect(extractPublishedAt(ctx)).toMatchObject({iso: '2014-03-27T19:11:24Z', precision: 'second'});
  });

  it('does not take a date from the body', () => {
    const {ctx} = page(['H| Council approves the budget', bodyWithDate, body]);
    expect(extractPublishedAt(ctx)).toBeNull();
  });

  it('prefers the date under the headline to one in the body', () => {
    const {ctx} = page(['H| Council approves the budget', 'June 2, 2024', bodyWithDate]);
    expect(extractPublishedAt(ctx)?.iso).toBe('2024-06-02');
  });

  it('resolves a year-less dateline with referenceDate, and not without it', () => {
    const lines = ['H| Council approves the budget', 'B| BEIJING, Aug 14 (Xinhua) -- The council voted on Tuesday to approve the new budget, which raises spending on schools and roads by a modest amount, officials said.'];
    const {ctx} = page(lines);
    expect(extractPublishedAt(ctx)).toBeNull();
    const withRef = page(lines).ctx;
    const d = extractPublishedAt({...withRef, referenceDate: new Date(Date.UTC(2025, 7, 20))});
    expect(d).toMatchObject({iso: '2025-08-14', precision: 'day', text: 'Aug 14'});
  });

  it('does not take a citation date ("Retrieved ...")', () => {
    const {ctx} = page(['H| Council approves the budget', 'Retrieved 2014-03-27.', body]);
    expect(extractPublishedAt(ctx)).toBeNull();
  });

  it('reads a French date line', () => {
    const {ctx} = page(['H| Le conseil approuve le budget', 'Publié le 4 mai 2015 à 13h36', body]);
    expect(extractPublishedAt(ctx)).toMatchObject({iso: '2015-05-04T13:36', precision: 'minute'});
  });

  it('reads a date glued to a link target, with share links after it', () => {
    const share = 'https://twitter.com/intent/tweet?text=Council+approves+the+budget&url=https://www.example.com/news/council-approves-the-budget-after-a-long-night-of-talks';
    const line = `Example.com [https://www.example.com]Oct. 13, 2016 ${share} ${share} ${share}`;
    const {text, ctx} = page(['H| Council approves the budget', line, body]);
    const d = extractPublishedAt(ctx)!;
    expect(d.iso).toBe('2016-10-13');
    expect(text.slice(d.span.start, d.span.end)).toBe(d.text);
  });

  it('reads the date in a byline that ran into share links (a block taken for body)', () => {
    const line = `B| by Jane Doe [/users/jane] July 10, 2015 ${'https://twitter.com/share?text=Council%20approves%20the%20budget '.repeat(6)}`;
    const {ctx} = page(['H| Council approves the budget', line.trimEnd(), body]);
    expect(extractPublishedAt(ctx)?.iso).toBe('2015-07-10');
  });

  it('reads a Japanese date', () => {
    const {ctx} = page(['H| 予算を承認', '2019年04月13日 09時00分', body]);
    expect(extractPublishedAt(ctx)).toMatchObject({iso: '2019-04-13T09:00', precision: 'minute'});
  });
});

describe('blocks whose dates cannot win', () => {
  // Once a date is found, a block whose position scores too low for any of its dates to beat
  // it is not parsed. Every bonus counts in that bound: here the later date wins only with all
  // of them (byline role 3, short line 1, inside the byline 4, "published" 2), by 0.8 (12.8 against 12).
  it('are told by every bonus a date may gain, so a date far down that wins is still read', () => {
    const filler = Array.from({length: 11}, (_, k) => `Section ${'abcdefghijkl'[k]}`);
    const lines = ['H| Council approves the budget', 'D| Published June 2, 2024', ...filler, 'Y| By Jane Doe, published May 30, 2024', body, body];
    const {text, ctx} = page(lines);
    const start = text.indexOf('By Jane Doe');
    const byline = {text: 'By Jane Doe, published May 30, 2024', authors: ['Jane Doe'], span: {start, end: start + 35}};
    expect(extractPublishedAt(ctx, byline)?.iso).toBe('2024-05-30');
    // without the byline's bonus the date under the headline wins
    expect(extractPublishedAt(ctx, null)?.iso).toBe('2024-06-02');
  });
});

describe('datesIn', () => {
  const ref = new Date(Date.UTC(2100, 0, 1));
  it('labels each date', () => {
    expect(datesIn('Dec. 13, 2016, 12:31 PM UTC / Updated Dec. 13, 2016, 6:06 PM UTC', ref).map((d) => d.label)).toEqual(['plain', 'updated']);
  });
  it('finds a date glued to a word, with offsets in the text given', () => {
    const text = 'access_time2019/04/21 11:51';
    const [d] = datesIn(text, ref);
    expect(text.slice(d!.result.index, d!.result.index + d!.result.text.length)).toBe(d!.result.text);
    expect(d!.result.text.startsWith('2019/04/21')).toBe(true);
  });
  it('needs a year unless asked for year-less dates', () => {
    expect(datesIn('Aug 14', ref)).toEqual([]);
    expect(datesIn('Aug 14', new Date(Date.UTC(2025, 7, 20)), {yearless: true})).toHaveLength(1);
  });
});

describe('relative dates', () => {
  it('a duration is not a date', () => {
    const {ctx} = page(['H| Council approves the budget', 'Eat 60–90 minutes before your workout', 'B| The council voted on Tuesday to approve the new budget, which raises spending on schools and roads.']);
    expect(extractPublishedAt(ctx)).toBeNull();
  });

  it('are not taken without a referenceDate, and resolve with one', () => {
    const lines = ['H| Council approves the budget', 'Published 1 day ago', 'B| The council voted on Tuesday to approve the new budget, which raises spending on schools and roads by a modest amount.'];
    expect(extractPublishedAt(page(lines).ctx)).toBeNull();
    const {ctx} = page(lines);
    expect(extractPublishedAt({...ctx, referenceDate: new Date(Date.UTC(2025, 7, 20, 12))})?.iso.slice(0, 10)).toBe('2025-08-19');
  });

  it('a time from now, whatever its words, is no date without a referenceDate', () => {
    // "within 30 minutes" has a letter, a space and two digits, as "Aug 25" does
    const lines = ['H| Meal prep for the week', 'Cook it within 30 minutes of taking it out', body];
    expect(datesIn('within 30 minutes', new Date(Date.UTC(2100, 0, 1)))).toEqual([]);
    expect(extractPublishedAt(page(lines).ctx)).toBeNull();
  });
});

describe('month precision', () => {
  it('a month and year alone in a date line, with precision month', () => {
    const {ctx} = page(['H| Council approves the budget', 'D| March 2024', 'B| The council voted on Tuesday to approve the new budget, which raises spending on schools and roads.']);
    expect(extractPublishedAt(ctx)).toMatchObject({iso: '2024-03', precision: 'month', text: 'March 2024'});
    expect(extractPublishedAt(page(['H| Council approves the budget', 'D| 03/2024', body]).ctx)).toMatchObject({iso: '2024-03', precision: 'month'});
  });

  it('a span of months from now is no month of publication without a referenceDate', () => {
    const {ctx} = page(['H| Council approves the budget', 'D| Deliveries within 20 months', body]);
    expect(extractPublishedAt(ctx)).toBeNull();
  });
});

describe('line ends', () => {
  it('finds the same date with LF and CRLF line ends (a CRLF is two characters, kept as spaces)', async () => {
    const {parseArticle} = await import('../../src/parse-article.js');
    // found by the fuzzer (seed 1756540692): a date line run together with menu lines, 78
    // characters with LF and 81 with CRLF, across the "short line" threshold
    const text = [
      'Kyrgzystan is known as a conduit for re-exports to Russia, some of which dodge international sanctions imposed on Moscow. Officials there, meanwhile, remain tight-lipped about the Grinex crypto exchange registered in the country.',
      '[Read the report](https://example.com/report)', 'Menu', '', 'Menu', 'Menu', ' ',
      'By Staff Reporter | May 8, 2025, 10:15 GMT', 'Accept all cookies', 'Loading...', 'Print', '',
    ].join('\n');
    const lf = parseArticle(text).publishedAt;
    expect(lf?.iso).toBe('2025-05-08T10:15Z');
    expect(parseArticle(text.replace(/\n/g, '\r\n')).publishedAt?.iso).toBe(lf?.iso);
  });
});
