import {describe, expect, it} from 'vitest';
import {claims} from './helpers.js';

// Inputs that hold digits or number words but state no numeric claim: each must give nothing.
describe('not claims', () => {
  it.each([
    ['a date', 'The talks were held on May 8.'],
    ['a date with the day first', 'The talks were held on 8 May.'],
    ['a date with a year', 'He arrived on August 14, 2025.'],
    ['an abbreviated month', 'Curbs start on Dec. 2 this year.'],
    ['a year', 'The programme runs until 2026.'],
    ['a decade', 'It was popular in the 1990s.'],
    ['a time', 'The meeting starts at 3:30 pm.'],
    ['a time without minutes', 'Doors open at 9 a.m. sharp.'],
    ['a time in capitals, without a space', 'Doors open at 9PM sharp.'],
    ['a version with a v', 'The v2 update shipped.'],
    ['firmware', 'It runs firmware 14 now.'],
    ['a time with a zone', 'It began at 0401 GMT today.'],
    ['a token name', 'The token A7A5 is used for payments.'],
    ['a disease name', 'Cases of COVID-19 fell.'],
    ['an aircraft model', 'The Boeing 737 was grounded.'],
    ['a group name', 'The G7 met in Rome.'],
    ['a network generation', 'The 5G rollout was slow.'],
    ['a section of a law', 'He was charged under Section 427.'],
    ['a seat row', 'She sat in Row 21.'],
    ['a product name', 'The iPhone 11 sold well.'],
    ['a phone number', 'Call +1 (555) 123-4567 for details.'],
    ['a phone number with dashes', 'Call 555-123-4567 for details.'],
    ['an emergency number', 'Neighbours called 911 at once.'],
    ['a street address', 'The office is at 10 Downing Street in London.'],
    ['a URL', 'See https://example.com/report/2024/05 for more.'],
    ['a bare domain path', 'Read it at example.com/page/42 now.'],
    ['an e-mail address', 'Write to desk24@example.com today.'],
    ['a version', 'The app moved to version 2.1 last week.'],
    ['a dotted version', 'Install 1.2.3 or later.'],
    ['an IP address', 'The server at 192.168.0.1 failed.'],
    ['list numbering', '1. Prices are listed below.'],
    ['a footnote marker', 'The law was passed.[3]'],
    ['a numeric date', 'It was signed on 12/25/2020 in Paris.'],
    ['an ISO date', 'It was signed on 2020-05-08 in Paris.'],
    ['a relative date', 'He left three years ago.'],
    ['a score', 'City won the match 2-1.'],
  ])('%s: %s', (_what, text) => {
    expect(claims(text)).toEqual([]);
  });

  it('keeps the claim next to a date', () => {
    expect(claims('On May 8, sales rose 16%.').map((c) => c.text)).toEqual(['16%']);
  });

  // The spans of phone numbers, times and the like are searched for only once a number gets
  // past the year and date tests: numbers those tests drop first must not change which later
  // ones are blocked, nor where a label ends.
  it('blocks the same numbers whichever were dropped before them', () => {
    expect(claims('In 2019, on May 8, doors opened at 9 a.m. and 40 people came.').map((c) => c.text)).toEqual(['40']);
    expect(claims('Since 2020, 12 calls went to +1 (555) 123-4567 and 7 to 192.168.0.1.').map((c) => c.text)).toEqual(['12', '7']);
    expect(claims('In 2019 the server at 192.168.0.1 ran firmware 14 for 300 days.').map((c) => c.text)).toEqual(['300 days']);
    expect(claims('Call +1 (555) 123-4567 before 2026; 30 seats remain.').map((c) => c.text)).toEqual(['30']);
    // two numbers in one blocked span, both past the year test
    expect(claims('In 2019 the office at 10-12 Downing Street hired 40 staff.').map((c) => c.text)).toEqual(['40']);
    // the first number is written out: the digits after it are still searched for spans
    expect(claims('Three rooms opened at 9 a.m. for 40 people.').map((c) => c.text)).toEqual(['Three', '40']);
  });
});

describe('years and four-digit counts', () => {
  it.each([
    ['In 2019 sales rose 5%.', ['5%']],
    ['The 2019 elections were close.', []],
    ['About 1500 people came.', ['About 1500']],
    ['The plant hired 1200 workers.', ['1200']],
    ['It sold 1500 cars in 1998.', ['1500']],
  ])('%s', (text, want) => {
    expect(claims(text).map((c) => c.text)).toEqual(want);
  });
});
