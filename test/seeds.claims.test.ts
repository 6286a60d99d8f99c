// The seed articles' numeric claims: every claim that fixtures/seeds/*.expected.json lists is
// found with the fields it names, and none of its notClaims is reported.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {parseArticle, type NumericClaim} from '../src/index.js';

interface ExpectedClaim {
  text: string;
  kind: NumericClaim['kind'];
  value: number;
  unit?: string | null;
  bound?: NumericClaim['bound'];
  change?: NumericClaim['change'];
  subject?: string | null;
  speaker?: string | null;
}
interface Expected {
  numericClaims: ExpectedClaim[];
  notClaims: string[];
}

const seeds = ['bne-mishustin-visit', 'tass-russia-kyrgyzstan'];
const read = (name: string, ext: string) => readFileSync(new URL(`../fixtures/seeds/${name}${ext}`, import.meta.url), 'utf8');
const FIELDS = ['kind', 'value', 'unit', 'bound', 'change', 'subject', 'speaker'] as const;

describe.each(seeds)('numeric claims of %s', (name) => {
  const input = read(name, '.txt');
  const expected = JSON.parse(read(name, '.expected.json')) as Expected;
  const article = parseArticle(input);

  it.each(expected.numericClaims.map((c) => [c.text, c] as const))('finds "%s" with its fields', (_text, want) => {
    const found = article.numericClaims.find((c) => c.text === want.text || c.text.endsWith(` ${want.text}`) || c.text.startsWith(`${want.text} `));
    expect(found, `no claim for "${want.text}" in ${JSON.stringify(article.numericClaims.map((c) => c.text))}`).toBeDefined();
    // a speaker may be the fuller name that holds the expected one ("Adylbek Kasymaliev" for "Kasymaliev")
    const named = Object.fromEntries(FIELDS.filter((k) => k in want && k !== 'speaker').map((k) => [k, want[k]]));
    expect(found).toMatchObject(named);
    if (want.speaker === null) expect(found!.speaker).toBeNull();
    else if (want.speaker !== undefined) expect(found!.speaker).toContain(want.speaker);
    expect(input.slice(found!.span.start, found!.span.end)).toBe(found!.text);
  });

  it('reports none of the notClaims', () => {
    for (const not of expected.notClaims) {
      const hit = article.numericClaims.find((c) => c.text.includes(not) || not.includes(c.text));
      expect(hit, `"${not}" was reported as ${JSON.stringify(hit)}`).toBeUndefined();
    }
  });
});
