import {describe, expect, it} from 'vitest';
import {extractNumericClaims} from '../../src/index.js';
import {localeOf} from '../../src/claims/locale.js';

const read = (text: string, language?: string) =>
  extractNumericClaims(text, language ? {language} : undefined).map((c) => [c.text, c.value, c.unit]);

// Invented sentences in each language the option covers.
describe('ExtractOptions.language', () => {
  it.each([
    ['de', 'Die Teuerung lag im Juni bei 2,3 %.', '2,3 %', 2.3, '%'],
    ['de', 'Der Konzern verlor 1,2 Milliarden Euro.', '1,2 Milliarden Euro', 1.2e9, 'EUR'],
    ['de', 'Die Stadt zahlt 1.250 Euro je Kind.', '1.250 Euro', 1250, 'EUR'],
    ['de', 'Die Schulden wuchsen auf 2 Billionen Euro.', '2 Billionen Euro', 2e12, 'EUR'],
    ['fr', 'Le chômage atteint 7,4 % cette année.', '7,4 %', 7.4, '%'],
    ['fr', 'La ville a reçu 3,5 millions d’euros.', '3,5 millions', 3.5e6, null],
    ['fr', 'Le projet coûte 2 milliards de plus.', '2 milliards', 2e9, null],
    ['es', 'El paro bajó al 11,5% en mayo.', '11,5%', 11.5, '%'],
    ['es', 'La obra costó 4 millones y 5 mil millones más.', '5 mil millones', 5e9, null],
    ['pt', 'O banco lucrou 6 bilhões no ano.', '6 bilhões', 6e9, null],
    ['it', 'Il governo stanzia 7,5 miliardi per le scuole.', '7,5 miliardi', 7.5e9, null],
    ['nl', 'Het kabinet trekt 8 miljard uit voor wegen.', '8 miljard', 8e9, null],
    ['pt-BR', 'A inflação ficou em 4,62% no ano.', '4,62%', 4.62, '%'],
  ])('%s: %s', (language, text, words, value, unit) => {
    expect(read(text, language)).toContainEqual([words, value, unit]);
  });

  it('gives no claim for a comma that could be either mark when the language is unknown', () => {
    expect(read('Die Teuerung lag im Juni bei 2,3 %.')).toEqual([]);
    expect(read('El paro bajó al 11,5% en mayo.')).toEqual([]);
  });

  it('reads a comma after dotted thousands as a decimal comma whatever the language', () => {
    expect(read('Der Posten kostet 1.234,5 Euro.')).toEqual([['1.234,5 Euro', 1234.5, 'EUR']]);
  });

  it('reads scale words that mean one thing in every language with no language given', () => {
    expect(read('Le projet coûte 2 milliards de plus.')).toEqual([['2 milliards', 2e9, null]]);
  });

  it('reads English as before', () => {
    expect(read('Sales rose 2.3% to $1,200 million.', 'en')).toEqual([['2.3%', 2.3, '%'], ['$1,200 million', 1.2e9, 'USD']]);
  });

  it('rejects a value that is no language tag', () => {
    expect(() => extractNumericClaims('5%', {language: 'not a tag'})).toThrow(/language/);
  });

  it('knows which languages write a decimal comma', () => {
    expect(localeOf('de').decimalComma).toBe(true);
    expect(localeOf('pt_BR').decimalComma).toBe(true);
    expect(localeOf('en-GB').decimalComma).toBe(false);
    expect(localeOf(null).unknown).toBe(true);
  });
});
