import {describe, expect, it} from 'vitest';
import {readWireDateline} from '../../src/readers/wire-dateline.js';

describe('readWireDateline', () => {
  it.each([
    ['MOSCOW (Reuters) - The talks went well.', {place: 'MOSCOW', source: 'Reuters', date: null, raw: 'MOSCOW (Reuters) -'}],
    ['BEIJING, Aug 14 (Xinhua) -- The talks went well.', {place: 'BEIJING', source: 'Xinhua', date: 'Aug 14', raw: 'BEIJING, Aug 14 (Xinhua) --'}],
    ['WASHINGTON — The talks went well.', {place: 'WASHINGTON', source: null, date: null, raw: 'WASHINGTON —'}],
    ['SAN FRANCISCO, Calif. (AP) — The talks went well.', {place: 'SAN FRANCISCO, Calif.', source: 'AP', raw: 'SAN FRANCISCO, Calif. (AP) —'}],
    ['NEW DELHI: The talks went well.', {place: 'NEW DELHI', source: null, raw: 'NEW DELHI:'}],
    ['MOSCOW, March 3. /TASS/. The talks went well.', {place: 'MOSCOW', source: 'TASS', date: 'March 3', raw: 'MOSCOW, March 3. /TASS/.'}],
    ['Madrid, 3 mar (EFE).- The talks went well.', {place: 'Madrid', source: 'EFE', date: '3 mar', raw: 'Madrid, 3 mar (EFE).-'}],
    ['Berlin (dpa) - The talks went well.', {place: 'Berlin', source: 'dpa', date: null, raw: 'Berlin (dpa) -'}],
    ['Paris, March 3 (AFP) - The talks went well.', {place: 'Paris', source: 'AFP', raw: 'Paris, March 3 (AFP) -'}],
  ])('%s', (text, want) => {
    expect(readWireDateline(text)).toMatchObject(want);
  });

  it('is not a label, an upper-cased heading or a sentence', () => {
    expect(readWireDateline('UPDATE: The talks went well.')).toBeNull();
    expect(readWireDateline('HEADS UP, TRAVELERS: HUNDREDS OF WORKERS ARE ON STRIKE')).toBeNull();
    expect(readWireDateline('The talks in Moscow went well - officials said.')).toBeNull();
    expect(readWireDateline('US - The talks went well.')).toBeNull();
    expect(readWireDateline('Berlin (Germany) - The talks went well.')).toBeNull();
    expect(readWireDateline('Officials (AP) said the talks went well.')).toBeNull();
  });
});
