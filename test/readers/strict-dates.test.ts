import * as chrono from 'chrono-node';
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {mayStateDay, strictDates} from '../../src/readers/strict-dates.js';
import {fuzz} from '../helpers/fuzz-config.js';

// What callers read of a result: where it is and the components the text states.
const COMPONENTS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'timezoneOffset'] as const;
const stated = (results: readonly chrono.ParsedResult[]) =>
  results.map((r) => ({index: r.index, text: r.text, known: Object.fromEntries(COMPONENTS.filter((c) => r.start.isCertain(c)).map((c) => [c, r.start.get(c)]))}));

describe('strictDates', () => {
  const lines = [
    'By Jane Doe | November 2, 2018',
    'Published 14 Aug 2025 09:12 GMT',
    'Dec. 13, 2016, 12:31 PM UTC / Updated Dec. 13, 2016, 6:06 PM UTC',
    'Updated 3:45 PM ET, Mon March 4, 2024',
    '2019-04-21T11:51:00+02:00',
    '04/21/2019 11:51',
    '11:40 AM Friday, Sept. 8, 2023',
    'Posted Feb 29, 2024',
    'Jan 5 - Jan 10, 2020',
  ];

  it('parses a text once and shares the answer', () => {
    expect(strictDates(lines[0]!)).toBe(strictDates(lines[0]!));
    expect(Object.isFrozen(strictDates(lines[0]!))).toBe(true);
  });

  it("gives the stated parts of a date as published-at's own placeholder reference date does", () => {
    for (const line of lines) {
      const shared = stated(strictDates(line));
      expect(shared.length, line).toBeGreaterThan(0);
      for (const ref of [new Date(Date.UTC(2100, 0, 1)), new Date(Date.UTC(1990, 0, 1, 12))]) {
        expect(stated(chrono.strict.parse(line, ref)), `${line} @ ${ref.toISOString()}`).toEqual(shared);
      }
    }
  });

  it('is not for a caller with a reference date of its own: a zone like "ET" follows its season', () => {
    const line = 'Updated 3:45 PM ET, Mon March 4, 2024';
    expect(stated(strictDates(line))[0]!.known.timezoneOffset).toBe(-300);
    expect(stated(chrono.strict.parse(line, new Date(Date.UTC(2024, 6, 1))))[0]!.known.timezoneOffset).toBe(-240);
  });
});

describe('mayStateDay', () => {
  const dayCertain = (t: string) => strictDates(t).some((r) => r.start.isCertain('day'));

  it('lets through every form chrono reads a day from', () => {
    const forms = ['August 14, 2025', '14 Aug 2025', 'Dec. 13, 2016', '2019-04-21', '04/21/2019', '21.04.2019', '2019 04 21', '2019 Apr 21',
      '5 days ago', '3 hours ago', '2 weeks later', '10 days from now', 'within 30 minutes', 'in 5 days', 'for 3 days', 'Published 1 day before',
      'Updated 3:45 PM ET, Mon March 4, 2024', 'the 5th of September', '4/21', '4-21-19', '3days ago', 'a couple of days ago', 'half an hour later',
      'several days ago', 'twelve days ago', 'the day before', 'within the hour', 'an hour ago', '5Dec2019',
      'a few weeks later', 'in 3   days', 'Januaryfirst 2020', 'Dec.5', '2019/04/21', '3 years 2 days ago',
      'half a month ago', '1.5 months ago'];
    for (const form of forms) {
      expect(dayCertain(form), form).toBe(true);
      expect(mayStateDay(form), form).toBe(true);
    }
  });

  it('turns away lines with numbers but no day', () => {
    const lines = ['5 Comments', 'Page 2 of 7', '21:45', 'Fri 11:40AM', 'Top 10 stories', 'Posted in News 12 comments', '$139.00', 'Up 2.36 percent',
      '5559 252', 'Tel: 214.939.3636', 'Black Friday: 40% off', 'Day 3, Part 10', 'Holidays 2020', 'A 16-year-old was arrested', '1.94 M views',
      '17/50 in the list', 'Market 2020', 'A decision on 5 counts', '15K views 3 years ago', 'In 3 months'];
    for (const line of lines) {
      expect(mayStateDay(line), line).toBe(false);
      expect(dayCertain(line), line).toBe(false);
    }
  });

  it('never turns away a text in which chrono finds a day', () => {
    const piece = fc.constantFrom('Jan', 'march', 'Sept.', 'MAY', 'Monday', 'Fri', '14', '2025', '3', '12', '/', '.', '-', ' ', ', ', ':', '30',
      'ago', 'later', 'after', 'before', 'earlier', 'from now', 'in', 'for', 'within', 'days', 'hours', 'minutes', 'weeks', 'months', 'years',
      'a', 'the', 'of', 'on', 'at', 'pm', 'AM', 'ET', 'GMT', 'next', 'last', 'this', 'th', 'st', 'Updated', 'x', 'T', 'Z', '+02:00',
      '/3', '/12', '.04', '-21', '-2019', '/2025', ' 04', ' 2019', 'two', 'twelve', 'seven', 'half an', 'several', 'few', 'couple', 'an', 'Holi',
      'Fri', 'to', 'day', 'hour', '  ', '4', '21', '19', '.5', 'first', 'fifth', 'twenty-first', 'e', 'k', 'ember', 'uary', 'Sept', 'mar', '50',
      '123', '2019/04/21');
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 10}).map((p) => p.join('')), (text) => {
        if (dayCertain(text)) expect(mayStateDay(text), text).toBe(true);
      }),
      fuzz(3000),
    );
  });
});
