import {describe, expect, it} from 'vitest';
import {claims} from './helpers.js';
import {isPhoneNumber} from '../../src/claims/refine-drop-not-claims.js';

// Invented inputs with digits or number words that state no claim: each gives nothing.
describe('clock times, dates and phone numbers are not claims', () => {
  it.each([
    ['a time in words', 'We meet at half past nine.'],
    ['a quarter to', 'The bus left at a quarter to 7 today.'],
    ['minutes past', 'The bell rang at ten past 4 in the evening.'],
    ["o'clock", "Lunch is at one o'clock."],
    ["o'clock in digits", "Lunch is at 1 o'clock."],
    ['hours and minutes in words with pm', 'The show starts at eight forty pm.'],
    ['a spaced p. m.', 'The show starts at 8 p. m. sharp.'],
    ['digits glued as hhmm', 'The ferry leaves at 415 pm.'],
    ['noon', 'It closes at 12 noon.'],
    ['part of the day', 'The alarm went off at 6 in the morning.'],
    ['"-ish"', 'Come round at 10-ish.'],
    ['a weekday and a day', 'It opens on Tuesday the 14th.'],
    ['a weekday and an ordinal in words', 'It opens on Tuesday the twenty third.'],
    ['a month and a day in words', 'It opens on march twenty four.'],
    ['a day in words of a month, with a year', 'It opened on the ninth of october, two thousand and nine.'],
    ['"the 14th" alone', 'It opens on the 14th.'],
    ['the day of next month', 'It opens on the 3rd of next month.'],
    ['a day glued to a month by a dash', 'It opens on 4-oct.'],
    ['a relative date with several units', 'It opened 3 years 2 months ago.'],
    ['a relative date from now', 'It opens two weeks from now.'],
    ['a phone number without a plus', 'Ring 0161 496 0725 to book.'],
    ['a phone number in pairs', 'Ring 04 12 34 56 78 to book.'],
    ['a phone number with a bracketed trunk digit', 'Ring +44 (0)20 7946 0321 to book.'],
    ['a long run of digits', 'Ring 3125550176 to book.'],
    ['a GUID', 'The key is 3f2504e0-4f89-11d3-9a0c-0305e82c3301 today.'],
    ['an IPv6 address', 'Ping fe80::1 now.'],
  ])('%s', (_kind, text) => {
    expect(claims(text)).toEqual([]);
  });

  it.each([
    ['thousands set apart by spaces', '12 500 000', false],
    ['a range of four-digit numbers', '1000-5000', false],
    ['digits in pairs', '06 12 34 56 78', true],
    ['a bracketed area code', '(21)3456-7890', true],
    ['a local number with an extension', '415.555.0123 ext 12', true],
  ])('isPhoneNumber: %s', (_kind, run, want) => {
    expect(isPhoneNumber(run)).toBe(want);
  });

  it('still finds durations said to be later, and counts after "the"', () => {
    expect(claims('He scored six minutes later.').map((c) => c.text)).toEqual(['six minutes']);
    expect(claims('It is the 27 members who vote.').map((c) => c.value)).toEqual([27]);
    expect(claims('Cuts to the 1.5 billion budget came.').map((c) => c.value)).toEqual([1.5e9]);
  });
});
