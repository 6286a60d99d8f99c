import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

/**
 * Data flows one way: input -> blocks -> readers -> model -> roles -> fields -> claims. A file
 * of one stage imports only from its own stage, an earlier one, or the foundations every stage
 * may use (schemas, errors, the shared nlp processor and memo). The entry points at the top
 * of src/ (parseArticle, the CLI, the stream) wire stages together and may import any.
 */
const STAGES = ['input', 'blocks', 'readers', 'model', 'roles', 'fields', 'claims', 'attribution'];
const FOUNDATIONS = ['schema', 'nlp'];
const TOP_LEVEL_FOUNDATIONS = ['errors.ts'];
// outside the pipeline: they call parseArticle, none of the stages call them
const CALLERS = ['stream', 'cli', 'worker'];

const SRC = path.resolve(__dirname, '../src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : /\.ts$/.test(name) ? [full] : [];
  });
}

// `import ... from '...'`, `export ... from '...'`, `import('...')`, `import '...'`
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;

/** The top folder under src/ a file is in ('' for src/ itself). */
const folderOf = (file: string) => {
  const rel = path.relative(SRC, file).split(path.sep);
  return rel.length > 1 ? rel[0]! : '';
};

/** Every relative import of every file under src/: [importing file, its folder, imported folder or top-level file]. */
function imports(): Array<[string, string, string]> {
  const out: Array<[string, string, string]> = [];
  for (const file of filesUnder(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1]!;
      if (!spec.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), spec);
      out.push([path.relative(SRC, file), folderOf(file), folderOf(target) || path.basename(target).replace(/\.js$/, '.ts')]);
    }
  }
  return out;
}

describe('stage import order', () => {
  it('finds the imports it checks (the pattern reads this code base)', () => {
    const all = imports();
    expect(all.some(([file, , to]) => file === path.join('roles', 'dateline.ts') && to === 'readers')).toBe(true);
    expect(all.length).toBeGreaterThan(100);
  });

  it('every folder under src/ is a stage, a foundation or a caller', () => {
    const folders = readdirSync(SRC).filter((n) => statSync(path.join(SRC, n)).isDirectory());
    const unplaced = folders.filter((f) => ![...STAGES, ...FOUNDATIONS, ...CALLERS].includes(f));
    expect(unplaced, 'place a new folder in STAGES (in data-flow order), FOUNDATIONS or CALLERS').toEqual([]);
  });

  it('no stage imports a later stage, a caller or an entry point', () => {
    const wrong: string[] = [];
    for (const [file, from, to] of imports()) {
      const a = STAGES.indexOf(from);
      if (a < 0 || to === from || FOUNDATIONS.includes(to) || TOP_LEVEL_FOUNDATIONS.includes(to)) continue;
      const b = STAGES.indexOf(to);
      if (b < 0 || b > a) wrong.push(`${file} imports ${to}`);
    }
    expect(wrong).toEqual([]);
  });

  it('foundations import no stage', () => {
    const wrong = imports().filter(([, from, to]) => FOUNDATIONS.includes(from) && !FOUNDATIONS.includes(to) && !TOP_LEVEL_FOUNDATIONS.includes(to));
    expect(wrong).toEqual([]);
  });
});
