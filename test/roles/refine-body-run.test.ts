import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {bodyRunRefiner, heaviestRun, mostlyDigits} from '../../src/roles/refine-body-run.js';
import {fuzz} from '../helpers/fuzz-config.js';
import {assigned, PARA, rolesOf, structureContext} from './structure-page.js';

describe('heaviestRun', () => {
  it('finds the stretch with the largest sum', () => {
    expect(heaviestRun([-5, 10, -3, 10, -50, 4])).toEqual([1, 3]);
    expect(heaviestRun([-1, -2])).toBeNull();
  });
});

describe('mostlyDigits', () => {
  it('tells numbers from words', () => {
    expect(mostlyDigits('14.08.2025 09:12')).toBe(true);
    expect(mostlyDigits('August 14, 2025')).toBe(true); // 6 letters, 6 digits: 6 < 24
    expect(mostlyDigits('Sales rose 16% in the year 2025 to a record')).toBe(false); // 27 letters, 6 digits
    expect(mostlyDigits('Aug 14')).toBe(true); // 3 letters, 2 digits: 3 < 8
    expect(mostlyDigits('No digits at all')).toBe(false);
    expect(mostlyDigits('')).toBe(false);
    expect(mostlyDigits('Page 12', 1)).toBe(false); // 4 letters, 2 digits at one letter per digit
    expect(mostlyDigits('٣ 12 ab')).toBe(true); // an Arabic-Indic digit is no \\d and no letter
  });

  it('answers as counting every letter and digit does, for any ratio', () => {
    const full = (t: string, ratio: number) => (t.match(/\p{L}/gu)?.length ?? 0) < ratio * (t.match(/\d/g)?.length ?? 0);
    const piece = fc.oneof(fc.string({maxLength: 8}), fc.constantFrom('1', '12', '2025', 'a', 'word', 'Ж', '語', 'é', '٣', '𝐚', ' ', ':', '.'));
    fc.assert(fc.property(fc.array(piece, {maxLength: 12}).map((p) => p.join('')), fc.integer({min: 0, max: 6}), (t, ratio) => {
      expect(mostlyDigits(t, ratio), t).toBe(full(t, ratio));
    }), fuzz(3000));
  });
});

describe('bodyRunRefiner', () => {
  it('keeps prose outside the heaviest run out of the body', () => {
    const lines = [PARA[4]!, '* Home [/]', '* World [/world/]', '* Sport [/sport/]', '* Business [/business/]', '* Culture [/culture/]', 'Related stories', PARA[0]!, PARA[1]!, PARA[2]!];
    const ctx = structureContext(lines);
    const roles = ['body', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'related', 'body', 'body', 'body'] as const;
    const out = bodyRunRefiner.refine(assigned([...roles]), ctx);
    expect(out[0]!.role).toBe('other');
    expect(out.slice(7).map((a) => a.role)).toEqual(['body', 'body', 'body']);
  });

  it('takes a sub-heading inside the run into the body, but not a date or a single word', () => {
    const lines = [PARA[0]!, 'What happens next', PARA[1]!, '12/19/16 12:04', PARA[2]!, 'arrow', PARA[3]!];
    const roles = rolesOf(lines);
    expect(roles[1]).toBe('body');
    expect(roles[3]).not.toBe('body');
    expect(roles[5]).not.toBe('body');
  });

  it('a long comment thread after a comments heading does not outweigh the article', () => {
    const comment = 'I have lived in this town for forty years and I can tell you that nobody asked us what we wanted, which is typical of this council.';
    const lines = [PARA[0]!, PARA[1]!, PARA[2]!, '12 Comments', ...Array.from({length: 8}, (_, i) => `${comment} (${i})`)];
    const roles = rolesOf(lines);
    expect(roles.slice(0, 3)).toEqual(['body', 'body', 'body']);
    expect(roles.slice(4).every((r) => r !== 'body')).toBe(true);
  });
});

describe('bodyRunRefiner and linked lists', () => {
  it('a list of long linked items inside the article does not split the body, and is not made body', () => {
    const items = Array.from({length: 8}, (_, i) => `* The school in district ${i + 1} keeps its current building for now [https://example.org/d${i}]`);
    const roles = rolesOf([PARA[0]!, PARA[1]!, ...items, PARA[2]!, PARA[3]!]);
    expect(roles.slice(0, 2)).toEqual(['body', 'body']);
    expect(roles.slice(-2)).toEqual(['body', 'body']);
    expect(roles.slice(2, -2)).not.toContain('body');
  });
});

describe('bodyRunRefiner and long credits', () => {
  it('a long paragraph another detector took for a byline is a paragraph again', () => {
    const ctx = structureContext([`${PARA[0]!} ${PARA[1]!}`, PARA[2]!]);
    const out = bodyRunRefiner.refine(
      [
        {role: 'byline', score: 0.85, reason: 'test', proposals: [{role: 'byline', score: 0.85, reason: 'test', detector: 'byline'}, {role: 'body', score: 0.75, reason: 'sentence prose', detector: 'body'}]},
        {role: 'body', score: 0.75, reason: 'test', proposals: []},
      ],
      ctx,
    );
    expect(out[0]!.role).toBe('body');
  });
});
