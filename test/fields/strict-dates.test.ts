import * as chrono from 'chrono-node';
import {describe, expect, it} from 'vitest';
import {strictDates} from '../../src/fields/strict-dates.js';

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
