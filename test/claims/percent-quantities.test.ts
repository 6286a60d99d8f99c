import {describe, expect, it} from 'vitest';
import {claimOf} from './helpers.js';

describe('percent', () => {
  it.each([
    ['Turnover increased by 16%.', '16%', '%', 16],
    ['Turnover was up 16 per cent.', '16 per cent', '%', 16],
    ['Turnover was up 16 percent.', '16 percent', '%', 16],
    ['Shares trade at a 24pc discount.', '24pc', '%', 24],
    ['Turnover grew five percent.', 'five percent', '%', 5],
    ['The rate rose 0.5 percentage points.', '0.5 percentage points', 'pp', 0.5],
    ['The bank cut rates by 25 basis points.', '25 basis points', 'bp', 25],
    ['Spreads widened 30 bps.', '30 bps', 'bp', 30],
  ])('%s -> %s', (text, words, unit, value) => {
    expect(claimOf(text, words)).toMatchObject({kind: 'percent', unit, value});
  });

  it('keeps a written sign on a percentage and reads it as a change', () => {
    expect(claimOf('In Europe: DAX -1.6%.', '-1.6%')).toMatchObject({value: -1.6, change: 'decrease'});
  });
});

describe('quantities and durations', () => {
  it.each([
    ['The road is 40 km long.', '40 km', 'quantity', 40, 'km'],
    ['It weighs 3.5 tonnes.', '3.5 tonnes', 'quantity', 3.5, 'tonne'],
    ['He scored from 30 yards.', '30 yards', 'quantity', 30, 'yard'],
    ['It has 256GB of storage.', '256GB', 'quantity', 256, 'GB'],
    ['A 3-inch screen.', '3-inch', 'quantity', 3, 'in'],
    ['It drilled 325,000 barrels per day.', '325,000 barrels per day', 'quantity', 325000, 'barrel/day'],
    ['Winds reached 60mph.', '60mph', 'quantity', 60, 'mph'],
    ['The night fell to -5C.', '-5C', 'quantity', -5, '°C'],
    ['It was 23 degrees Fahrenheit.', '23 degrees Fahrenheit', 'quantity', 23, '°F'],
    ['Water boils at 100 degrees Celsius.', '100 degrees Celsius', 'quantity', 100, '°C'],
    ['The talks took four months.', 'four months', 'duration', 4, 'month'],
    ['It ran for 3min.', '3min', 'duration', 3, 'minute'],
    ['A 15-year-old boy was hurt.', '15-year-old', 'duration', 15, 'year'],
    ['She is 29 years old.', '29 years old', 'duration', 29, 'year'],
    ['The baby is ten months old.', 'ten months old', 'duration', 10, 'month'],
    ['Women aged 25 were asked.', 'aged 25', 'duration', 25, 'year'],
  ])('%s -> %s', (text, words, kind, value, unit) => {
    expect(claimOf(text, words)).toMatchObject({kind, value, unit});
  });

  it('reads "nearly five years" as a duration with an upper bound', () => {
    expect(claimOf('He has been president of nearly five years.', 'nearly five years')).toMatchObject({kind: 'duration', value: 5, unit: 'year', bound: 'upper'});
  });
});

describe('ordinals', () => {
  it.each([
    ['It marked the 25th anniversary.', '25th', 25],
    ['It is the world’s third-largest economy.', 'third-largest', 3],
    ['The 1st round went well.', '1st', 1],
  ])('%s -> %s', (text, words, value) => {
    expect(claimOf(text, words)).toMatchObject({kind: 'ordinal', value});
  });
});
