// Every regular expression in src is checked for super-linear backtracking. Literals are
// checked by eslint-plugin-regexp in `npm run lint`; a `new RegExp(source)` whose source the
// linter cannot work out statically (built from word lists, joined from parts) is invisible to
// it. This test records every RegExp that src builds at run time (module load and a parse of
// the seed articles) and runs the lint rule's own analysis (scslre) on each.
import {readFileSync, readdirSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {analyse} from 'scslre';

const srcDir = new URL('../src/', import.meta.url).pathname;
const thisFile = new URL(import.meta.url).pathname;
const built = new Map<string, {source: string; flags: string; where: string}>();

function record(source: unknown, flags: unknown): void {
  // the frame that called RegExp: the first one outside this file
  const frames = (new Error().stack ?? '').split('\n').slice(1);
  const line = frames.find((l) => !l.includes(thisFile));
  if (!line?.includes(srcDir)) return; // a dependency's or vitest's own
  const re = source instanceof RegExp ? source : new OriginalRegExp(String(source));
  const f = flags === undefined ? re.flags : String(flags);
  built.set(`/${re.source}/${f}`, {source: re.source, flags: f, where: line.trim().replace(srcDir, 'src/')});
}

const OriginalRegExp = RegExp;

describe('regular expressions built at run time', {timeout: 300_000}, () => {
  it('none can backtrack super-linearly (the analysis of regexp/no-super-linear-backtracking)', async () => {
    globalThis.RegExp = new Proxy(OriginalRegExp, {
      construct(target, args: [string | RegExp, string?]) {
        record(args[0], args[1]);
        return new target(...args);
      },
      apply(target, _this, args: [string | RegExp, string?]) {
        record(args[0], args[1]);
        return target(...args);
      },
    });
    try {
      // every module of src but the command line's entry point (which runs the program)
      const files = readdirSync(srcDir, {recursive: true, encoding: 'utf8'}).filter((f) => f.endsWith('.ts') && f !== 'cli.ts').sort();
      for (const f of files) await import(`${srcDir}${f}`);
      const {parseArticle, extractNumericClaims} = await import('../src/index.js');
      for (const name of ['bne-mishustin-visit', 'tass-russia-kyrgyzstan']) {
        const text = readFileSync(new URL(`../fixtures/seeds/${name}.txt`, import.meta.url), 'utf8');
        parseArticle(text);
        extractNumericClaims(text);
      }
    } finally {
      globalThis.RegExp = OriginalRegExp;
    }

    expect(built.size, 'src builds some regexes at run time').toBeGreaterThan(0);
    const problems: string[] = [];
    for (const {source, flags, where} of built.values()) {
      const result = analyse({source, flags}, {reportTypes: {Move: false}});
      for (const r of result.reports) {
        problems.push(`${where}: /${source.length > 120 ? `${source.slice(0, 120)}…` : source}/${flags} — ${r.type}, attack string /${r.character.literal.source}+/`);
      }
    }
    expect(problems).toEqual([]);
  });
});
