import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {cleanBylineText, hasLowerThenUpper, isNameShaped, mayBeByline, readByline, readCleanedByline, splitAuthors} from '../../src/readers/authors.js';
import {fuzz} from '../helpers/fuzz-config.js';

describe('splitAuthors', () => {
  it.each([
    ['By bne IntelliNews August 14, 2025', ['bne IntelliNews']],
    ['By Jane Doe and John Roe, Reuters', ['Jane Doe', 'John Roe']],
    ['By Jane Doe, John Roe and Ann Poe', ['Jane Doe', 'John Roe', 'Ann Poe']],
    ['By Jane Doe & John Roe', ['Jane Doe', 'John Roe']],
    ['Jane Doe | Staff Writer', ['Jane Doe']],
    ['Written by Jane Doe', ['Jane Doe']],
    ['Reporting by Jane Doe; Editing by John Roe', ['Jane Doe']],
    ['Reporting by Jane Doe and Ann Poe in Paris; Writing by Bob Lee; Editing by John Roe', ['Jane Doe', 'Ann Poe', 'Bob Lee']],
    ['By: Jane Doe October 2, 2016', ['Jane Doe']],
    ['BY JANE DOE', ['JANE DOE']],
    ['By Reuters', ['Reuters']],
    ['Author: Jane Doe', ['Jane Doe']],
    ['Par Jeanne Dupont (avec Paul Martin et Luc Bernard)', ['Jeanne Dupont', 'Paul Martin', 'Luc Bernard']],
  ])('%s', (line, authors) => {
    expect(splitAuthors(line)).toEqual(authors);
  });

  it('drops roles after a comma and after the name', () => {
    expect(splitAuthors('By Jane Doe, Senior Staff Writer, Center for Things, Stuff, and Other Matters')).toEqual(['Jane Doe']);
    expect(splitAuthors('Jane Doe Senior Politics Editor, The Daily Thing')).toEqual(['Jane Doe']);
    expect(splitAuthors('By Jane DoeStaff Writer')).toEqual(['Jane Doe']);
    expect(splitAuthors('Jane DoeFriday 11:40AM')).toEqual(['Jane Doe']);
    expect(splitAuthors('By Jane Doe Jane Doe')).toEqual(['Jane Doe']);
    expect(readByline('Jane DoeTwitterNews & Culture Writer')).toEqual({authors: ['Jane Doe'], shape: 'name-role'});
  });

  it('reads names with particles, inner capitals and Chinese or Japanese names without a lead', () => {
    expect(readByline('Juan de la Cruz | May 3, 2021')).toEqual({authors: ['Juan de la Cruz'], shape: 'name-date'});
    expect(readByline('Ludwig van Beethoven | Staff Writer')).toEqual({authors: ['Ludwig van Beethoven'], shape: 'name-role'});
    expect(readByline('Anna macLeod — 2013-09-29')).toEqual({authors: ['Anna macLeod'], shape: 'name-date'});
    expect(readByline('Ahmed bin Salem 12 March 2020')).toEqual({authors: ['Ahmed bin Salem'], shape: 'name-date'});
    expect(readByline('山田太郎 2021年4月9日')).toEqual({authors: ['山田太郎'], shape: 'name-date'});
    // prose and menu lines are no names, whatever follows them
    expect(readByline('Officials said on March 3, 2020')).toBeNull();
    expect(readByline('The Editors | May 3, 2021')).toBeNull();
    expect(readByline('World News | May 3, 2021')).toBeNull();
  });

  it('drops dates, times and labels after the names', () => {
    expect(splitAuthors('By Jane Doe  on December 13, 2016')).toEqual(['Jane Doe']);
    expect(splitAuthors('By Jane Doe - Jan 9, 2017 at 10:05AM')).toEqual(['Jane Doe']);
    expect(splitAuthors('By Jane Doe | November 02, 2018')).toEqual(['Jane Doe']);
    expect(splitAuthors('By Jane Doe last updated 4 April 17')).toEqual(['Jane Doe']);
    expect(splitAuthors('By Jane Doe Published in Metro December 14, 2016 2:24 pm')).toEqual(['Jane Doe']);
    expect(splitAuthors('By Jane Doe, December 16th 2016')).toEqual(['Jane Doe']);
  });

  it('drops link targets, handles, e-mail addresses and Follow buttons', () => {
    expect(splitAuthors('by Jane Doe [/author/jane-doe] July 10, 2015')).toEqual(['Jane Doe']);
    expect(splitAuthors('by Jane Doe @janedoe [https://twitter.com/intent/user?screen_name=janedoe] February 1, 2016: 12:41 PM ET')).toEqual(['Jane Doe']);
    expect(splitAuthors('by Jane Doe [ jane.doe@example.com] [/author/jane-doe/index.html] @janedoe')).toEqual(['Jane Doe']);
    expect(splitAuthors('By Jane Doe Follow')).toEqual(['Jane Doe']);
  });

  it('keeps the author and drops a photographer given in brackets', () => {
    expect(splitAuthors('by Jane Doe (reporting) and John Roe (photography)')).toEqual(['Jane Doe']);
  });

  it('reads "by" after a date or a credit verb', () => {
    expect(splitAuthors('December 19, 2016 by Jane Doe')).toEqual(['Jane Doe']);
    expect(splitAuthors('January 17, 2017 at 6:08 PM ET by Jane Doe')).toEqual(['Jane Doe']);
    expect(splitAuthors('December 10, 2021April 9, 2019 by Jane Doe')).toEqual(['Jane Doe']);
    expect(splitAuthors('NationEdited by Jane Doe (with inputs from Agencies)Updated: April 07, 2020')).toEqual(['Jane Doe']);
  });

  it('reads a lead after a separator', () => {
    expect(splitAuthors('The Daily | 04.05.2015 | By Jane Doe')).toEqual(['Jane Doe']);
  });

  it('reads Japanese writer labels and bracketed credits', () => {
    expect(splitAuthors('著者：山田太郎')).toEqual(['山田太郎']);
    expect(splitAuthors('文● ヤマダ／編集部')).toEqual(['ヤマダ']);
    expect(splitAuthors('[山田太郎，Example]')).toEqual(['山田太郎']);
  });
});

describe('readByline shapes', () => {
  it('name with a date', () => {
    expect(readByline('Jane Doe/November 18, 2016')).toEqual({authors: ['Jane Doe'], shape: 'name-date'});
    expect(readByline('Jane Doe — 2013-09-29 — in Code')).toEqual({authors: ['Jane Doe'], shape: 'name-date'});
    expect(readByline('Jane Doe / XYZ / Updated: Oct 9, 2019, 11:05 IST')).toEqual({authors: ['Jane Doe'], shape: 'name-date'});
  });
  it('a bare name is the weak shape', () => {
    expect(readByline('Jane Doe')).toEqual({authors: ['Jane Doe'], shape: 'name'});
    expect(readByline('Jane Doe/')).toEqual({authors: ['Jane Doe'], shape: 'name'});
  });
  it('name with a role', () => {
    expect(readByline('Jane Doe | Staff Writer')?.shape).toBe('name-role');
  });
});

describe('isNameShaped and cleanBylineText', () => {
  it('accepts names with particles and hyphens, refuses phrases', () => {
    expect(isNameShaped('Lisa de Moraes')).toBe(true);
    expect(isNameShaped('Anne-Marie Van der Berg')).toBe(true);
    expect(isNameShaped('clicking accept below')).toBe(false);
    expect(isNameShaped('Privacy Policy')).toBe(false);
    expect(isNameShaped('Jane Doe 2016')).toBe(false);
  });
  it('takes link targets and handles out', () => {
    expect(cleanBylineText('Jane Doe [https://example.com/jane] @jane')).toBe('Jane Doe');
  });
  it('spaces a date from the word glued after it, in any script, and leaves clean text as it is', () => {
    expect(cleanBylineText('Jane Doe 2021April 9')).toBe('Jane Doe 2021 April 9');
    expect(cleanBylineText('Jean Dupont 12Décembre 2021')).toBe('Jean Dupont 12 Décembre 2021');
    expect(cleanBylineText('Иван Петров 5Марта')).toBe('Иван Петров 5 Марта');
    expect(cleanBylineText('Jane Doe 2021 April 9')).toBe('Jane Doe 2021 April 9');
    expect(cleanBylineText('Jane Doe\t| April 9 ')).toBe('Jane Doe | April 9');
  });
});

describe('mayBeByline', () => {
  it('lets through every line that reads as a byline', () => {
    const piece = fc.constantFrom('By', 'by', 'Jane', 'Doe', 'de', 'la', 'McDonald', 'Staff Writer', '|', '/', ';', ',', ' ', '  ', '—', 'Reporting by', 'Editing by',
      'Author:', 'Text:', 'Words:', 'Par', 'Por', 'Von', '[', ']', '【', '著者', '山田太郎', 'August 14, 2025', '2021', 'Updated', 'Twitter', 'jane@x.org', '@jane',
      '[/author/jane]', 'https://x.org/a', 'the', 'said', 'ſ', 'news');
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 8}).map((p) => p.join(' ')), (line) => {
        const clean = cleanBylineText(line);
        if (readByline(clean)) expect(mayBeByline(clean), clean).toBe(true);
      }),
      fuzz(3000),
    );
  });
});

describe('readCleanedByline', () => {
  // cleaning is not always done in one go: "[[/a]/b]" loses "[/a]" first, which leaves
  // "[ /b]", a link target of its own
  it('reads as readByline of the cleaned text, cleaned twice where once is not enough', () => {
    expect(cleanBylineText('By Jane Doe [[/a]/b]')).toBe('By Jane Doe [ /b]');
    expect(readCleanedByline('By Jane Doe [[/a]/b]', 'By Jane Doe [ /b]')).toEqual(readByline('By Jane Doe [ /b]'));
    const piece = fc.constantFrom('By', 'Jane', 'Doe', 'McDonald', '|', ';', ' ', '  ', 'August 14, 2025', '[', ']', '[/a]', '/b]', '[[/a]', '@jane',
      'jane@x.org', 'https://x.org/a', '2021April', 'Staff Writer', 'said', '著者', '山田太郎');
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 8}).map((p) => p.join(p.length % 2 ? ' ' : '')), (line) => {
        const clean = cleanBylineText(line);
        expect(readCleanedByline(line, clean), line).toEqual(readByline(clean));
      }),
      fuzz(3000),
    );
  });
});

describe('hasLowerThenUpper', () => {
  it('answers as /\\p{Ll}\\p{Lu}/u does, on any text (its cheap first test lets every such pair through)', () => {
    const full = /\p{Ll}\p{Lu}/u;
    expect(hasLowerThenUpper('Jane DoeTwitter')).toBe(true);
    expect(hasLowerThenUpper('Łukasz ŻyłaŚ')).toBe(true);
    expect(hasLowerThenUpper('µA')).toBe(true);
    expect(hasLowerThenUpper('𝐚𝐀')).toBe(true); // astral lower then upper case
    expect(hasLowerThenUpper('Jane Doe, ’Staff’')).toBe(false);
    const piece = fc.oneof(
      fc.string({maxLength: 6}),
      fc.string({unit: 'binary', maxLength: 4}),
      fc.constantFrom('a', 'Z', 'µ', 'ß', 'À', 'é', 'É', 'ǅ', 'ǈ', 'ſ', 'ﬀ', 'Ω', 'ω', 'ª', 'º', '𝐚', '𝐀', '𐐨', '𐐀', '’', ' '),
    );
    fc.assert(fc.property(fc.array(piece, {maxLength: 10}).map((p) => p.join('')), (t) => {
      expect(hasLowerThenUpper(t)).toBe(full.test(t));
    }), fuzz(3000));
  });
});

describe('glued words', () => {
  it('spaces a name from a role, label, month or weekday glued after it', () => {
    expect(readByline('By Maria SchmidtColumnist')?.authors).toEqual(['Maria Schmidt']);
    expect(readByline('By Tom ReedUpdated March 5, 2024')?.authors).toEqual(['Tom Reed']);
    expect(readByline('By Ana LimaFriday, March 5, 2024')?.authors).toEqual(['Ana Lima']);
  });

  it('leaves a name\'s or a brand\'s own capitals alone', () => {
    expect(readByline('By Anna McAllister')?.authors).toEqual(['Anna McAllister']);
    expect(readByline('By Tom DeWitt and Sara MacKenzie')?.authors).toEqual(['Tom DeWitt', 'Sara MacKenzie']);
    expect(readByline('By Jane Doe, GlobeWire')?.authors).toEqual(['Jane Doe']);
  });
});
