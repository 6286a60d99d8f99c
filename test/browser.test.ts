// The core entry runs in a browser: bundled by esbuild for platform "browser" (any Node
// built-in would fail the bundle), then parseArticle runs on a seed inside headless Chromium
// (Debian's chromium; .ci/run installs it). Without chromium the run is skipped, and says so.
// Also: newsparse/schema bundles small (zod external, as a peer) and pulls in nothing else.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {beforeAll, describe, expect, it} from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'newsparse-browser-'));
const chromium = ['chromium', 'chromium-browser', 'google-chrome'].find((name) => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0);
if (!chromium) console.log('browser test skipped: no chromium on PATH (apt-get install chromium, or run bash .ci/run, to include it)');

/** The largest newsparse/schema may bundle to, minified, without zod. */
const SCHEMA_BUNDLE_LIMIT = 24 * 1024;

describe('the core in a browser', () => {
  it('bundles for platform browser with no Node built-in', async () => {
    const result = await build({
      entryPoints: [join(root, 'src/index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'newsparse',
      target: 'es2022',
      minify: true,
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const nodeOnly = Object.keys(result.metafile.inputs).filter((input) => /^(?:node:|<define:process>)|piscina|bullmq|ioredis|warcio/.test(input));
    expect(nodeOnly).toEqual([]);
    writeFileSync(join(dir, 'newsparse.js'), result.outputFiles[0]!.text);
  }, 60_000);

  it.skipIf(!chromium)('runs parseArticle on a seed inside headless Chromium', () => {
    const seed = readFileSync(join(root, 'fixtures/seeds/tass-russia-kyrgyzstan.txt'), 'utf8');
    writeFileSync(
      join(dir, 'page.html'),
      `<!doctype html><meta charset="utf-8"><pre id="out">not run</pre><script src="newsparse.js"></script><script>
        const out = document.getElementById('out');
        try {
          const article = newsparse.parseArticle(${JSON.stringify(seed)});
          const valid = newsparse.ArticleSchema.safeParse(article).success;
          out.textContent = JSON.stringify({valid, headline: article.headline, claims: article.numericClaims.length, node: typeof process});
        } catch (error) { out.textContent = 'error: ' + error.message; }
      </script>`,
    );
    const run = spawnSync(chromium!, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--user-data-dir=' + join(dir, 'profile'), '--dump-dom', `file://${join(dir, 'page.html')}`], {encoding: 'utf8', timeout: 90_000});
    const text = /<pre id="out">([^<]*)<\/pre>/.exec(run.stdout)?.[1]?.replaceAll('&quot;', '"').replaceAll('&amp;', '&');
    expect(text, run.stderr.slice(-2000)).toBeDefined();
    const inBrowser = JSON.parse(text!) as {valid: boolean; headline: string | null; claims: number; node: string};
    expect(inBrowser.node).toBe('undefined');
    expect(inBrowser.valid).toBe(true);
    const expected = JSON.parse(readFileSync(join(root, 'fixtures/seeds/tass-russia-kyrgyzstan.expected.json'), 'utf8')) as {headline?: string};
    if (expected.headline) expect(inBrowser.headline).toBe(expected.headline);
    expect(inBrowser.claims).toBeGreaterThan(0);
  }, 120_000);
});

describe('newsparse/schema', () => {
  let inputs: string[] = [];
  let bytes = 0;
  // bundled before the tests (and reported there: the tests themselves may not print)
  beforeAll(async () => {
    const result = await build({
      entryPoints: [join(root, 'src/schema/index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      target: 'es2022',
      minify: true,
      write: false,
      metafile: true,
      external: ['zod'],
      logLevel: 'silent',
    });
    inputs = Object.keys(result.metafile.inputs);
    bytes = result.outputFiles[0]!.contents.byteLength;
    console.log(`newsparse/schema bundle: ${(bytes / 1024).toFixed(1)} KB minified, without zod (limit ${SCHEMA_BUNDLE_LIMIT / 1024} KB)`);
  }, 60_000);

  it(`bundles to at most ${SCHEMA_BUNDLE_LIMIT / 1024} KB minified (zod external), from src/schema alone`, () => {
    expect(inputs.length).toBeGreaterThan(0);
    expect(inputs.filter((input) => !input.startsWith('src/schema/'))).toEqual([]);
    expect(bytes).toBeLessThanOrEqual(SCHEMA_BUNDLE_LIMIT);
  });
});
