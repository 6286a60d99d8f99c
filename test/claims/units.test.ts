import {describe, expect, it} from 'vitest';
import {claimOf, claims} from './helpers.js';
import {powerOf, readPower, SYMBOL_UNITS} from '../../src/claims/units.js';

// One invented sentence (or a few) per unit family; the unit is the one the claim reports.
describe('units, one family at a time', () => {
  it.each([
    ['length', 'The trail is 12 km long.', '12 km', 'km'],
    ['length in miles, abbreviated', 'The probe flew 40,000 mi from home.', '40,000 mi', 'mile'],
    ['mass', 'Each crate holds 25 kg of fruit.', '25 kg', 'kg'],
    ['mass in tonnes, as t', 'The mine shipped 12,000 t of ore.', '12,000 t', 'tonne'],
    ['volume', 'Pour in 250 ml of milk.', '250 ml', 'ml'],
    ['volume in capitals', 'The tank takes 3 to 4 L of fuel.', '3 to 4 L', 'l'],
    ['a rate after the unit', 'The tank takes 3 L a day.', '3 L a day', 'l/day'],
    ['cooking measures', 'Stir in 2 tbsp of oil and 3 cups of flour.', '3 cups', 'cup'],
    ['area with a power', 'The lake covers 4 km² in all.', '4 km²', 'km²'],
    ['area with a caret', 'The lake covers 4 km^2 in all.', '4 km^2', 'km²'],
    ['area in words', 'The park covers 7 square miles of hills.', '7 square miles', 'sq mi'],
    ['area abbreviated', 'The park covers 7 sq mi of hills.', '7 sq mi', 'sq mi'],
    ['volume as "cubed"', 'The dam holds 9 km cubed of water.', '9 km cubed', 'km³'],
    ['volume in words', 'The dam holds 9 cubic kilometres of water.', '9 cubic kilometres', 'km³'],
    ['speed', 'Winds reached 90 km/h overnight.', '90 km/h', 'km/h'],
    ['a quotient with a slash', 'The car uses 6 l/km on hills.', '6 l/km', 'l/km'],
    ['engine speed', 'The engine idles at 800 rpm today.', '800 rpm', 'rpm'],
    ['fuel economy', 'The hybrid does 58 mpg in town.', '58 mpg', 'mpg'],
    ['concentration, ppm', 'Carbon dioxide passed 420 ppm this spring.', '420 ppm', 'ppm'],
    ['concentration, ppb', 'Lead was found at 15 ppb in the pipes.', '15 ppb', 'ppb'],
    ['pressure, MPa', 'The weld failed at 350 MPa under load.', '350 MPa', 'MPa'],
    ['pressure, kPa', 'The tyre holds 220 kPa when cold.', '220 kPa', 'kPa'],
    ['pressure in words', 'The hull takes 40 megapascals at depth.', '40 megapascals', 'MPa'],
    ['energy, eV', 'The gap is 1.4 eV in this crystal.', '1.4 eV', 'eV'],
    ['energy, TeV', 'The beams collide at 13 TeV now.', '13 TeV', 'TeV'],
    ['energy, joules', 'The blow carried 30 J of energy.', '30 J', 'J'],
    ['electric power, case kept', 'The laser emits 5 mW of light.', '5 mW', 'mW'],
    ['electric power, megawatts', 'The plant makes 5 MW at peak.', '5 MW', 'MW'],
    ['energy in watt-hours', 'The pack stores 75 kWh in all.', '75 kWh', 'kWh'],
    ['capacitance, not Fahrenheit', 'Fit a 470 µF capacitor here.', '470 µF', 'µF'],
    ['torque in newton-metres, not nanometres', 'The motor gives 400 Nm of torque.', '400 Nm', 'N·m'],
    ['torque in pound-feet, not pounds', 'The engine makes 295 lb-ft of torque.', '295 lb-ft', 'lb·ft'],
    ['radiation dose', 'Workers got 14 mSv last year.', '14 mSv', 'mSv'],
    ['frequency', 'The chip runs at 3.2 GHz now.', '3.2 GHz', 'GHz'],
    ['data', 'The phone has 256 GB of storage.', '256 GB', 'GB'],
    ['sound', 'The jets reach 120 dB at take-off.', '120 dB', 'dB'],
    ['heat', 'The boiler gives 30,000 BTU of heat.', '30,000 BTU', 'BTU'],
    ['per mille', 'The limit is 0.5 ‰ for drivers.', '0.5 ‰', '‰'],
    ['index points', 'The index shed 120 index points today.', '120 index points', 'point'],
    ['temperature in kelvin', 'The gas was cooled to 77 K at once.', '77 K', 'K'],
    ['temperature, a bare degree sign', 'It was 31° by noon.', '31°', '°'],
    ['feet as a prime', 'The wall is 9′ high.', '9′', 'ft'],
    ['inches as a double prime', 'The screen is 27″ across.', '27″', 'in'],
    ['inches as a closing ASCII quote', 'The screen is 27" across.', '27"', 'in'],
    ['inches as "in"', 'The pipe is 2 in across.', '2 in', 'in'],
  ])('%s', (_family, text, words, unit) => {
    expect(claimOf(text, words).unit).toBe(unit);
  });

  it('reads "300.5K" with no noun after it as kelvin, and "1.5K runners" as thousands', () => {
    expect(claimOf('The sample reached 300.5K at last.', '300.5K')).toMatchObject({value: 300.5, unit: 'K'});
    expect(claimOf('The race drew 1.5K runners.', '1.5K')).toMatchObject({value: 1500, unit: null});
  });

  it('keeps "in" a preposition before a number or a noun', () => {
    expect(claimOf('Two in 5 voters agreed.', 'Two in 5').kind).toBe('ratio');
    expect(claims('He scored 2 in the first half.').map((c) => c.unit)).toEqual([null]);
  });

  it('keeps an opening ASCII quote out of the inches', () => {
    expect(claims('He said "we lost 27" and left.').map((c) => c.unit)).not.toContain('in');
  });

  it('never reads "1990s" as seconds', () => {
    expect(claims('It was popular in the 1990s.')).toEqual([]);
  });

  it('names powers and reads them', () => {
    expect(powerOf('km', 2)).toBe('km²');
    expect(powerOf('ft', 3)).toBe('cubic ft');
    expect(readPower('squared')).toBe(2);
    expect(readPower('cu.')).toBe(3);
    expect(SYMBOL_UNITS.mW).toBe('mW');
    expect(SYMBOL_UNITS.MW).toBe('MW');
  });
});
