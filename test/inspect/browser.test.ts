// The inspector page in a real browser: headless Chromium over the DevTools protocol.
// Skipped, with a line saying so, where Chromium is not installed (.ci/run installs it).
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {PassThrough} from 'node:stream';
import {pathToFileURL} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {parseArticle, type Article} from '../../src/index.js';
import {run} from '../../src/cli/program.js';
import {readInput} from '../../src/input/index.js';
import {claimTip} from '../../src/inspect/template.js';
import {Browser, findChromium, type Page} from '../helpers/cdp.js';

const chromium = findChromium();
if (!chromium) process.stderr.write('test/inspect/browser.test.ts: SKIPPED, no chromium found (set CHROMIUM, or apt-get install chromium)\n');

const seedPath = (name: string) => new URL(`../../fixtures/seeds/${name}.txt`, import.meta.url).pathname;
// screenshots are test artifacts, git-ignored; SAVE_DOCS_SCREENSHOT=1 also writes docs/inspector.png
const artifacts = new URL('../../test-artifacts/', import.meta.url).pathname;

// the built command (npm test builds first), run as a user would, in a folder of its own
const CLI = new URL(`../../${process.env.NEWSPARSE_DIST ?? 'dist'}/cli.js`, import.meta.url).pathname;
function inspectCli(cwd: string, ...args: string[]): {status: number | null; stderr: string} {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  return spawnSync(process.execPath, [CLI, 'inspect', ...args], {cwd, encoding: 'utf8'});
}

async function inspect(file: string, out: string, ...flags: string[]): Promise<number> {
  const stderr = new PassThrough();
  stderr.resume();
  return run(['inspect', file, '-o', out, ...flags], '0.0.0', {stdout: new PassThrough(), stderr, stdin: new PassThrough(), stderrIsTTY: false});
}

interface Shown {
  blocks: {role: string; start: number; end: number; text: string}[];
  claims: number;
  quotes: number;
  paragraphs: number;
  counts: Record<string, number>;
  headline: string | null;
  authors: string[];
}

const SHOWN = `(() => {
  const r = document.querySelector('section.record:not([hidden])');
  const uniq = (sel, key) => new Set([...r.querySelectorAll(sel)].map((e) => e.dataset[key])).size;
  return {
    blocks: [...r.querySelectorAll('.doc > .block')].map((b) => ({role: b.dataset.role, start: +b.dataset.start, end: +b.dataset.end, text: b.textContent})),
    claims: uniq('.doc .claim', 'claim'),
    quotes: uniq('.doc .quote', 'quote'),
    paragraphs: uniq('.doc .para', 'para'),
    counts: Object.fromEntries([...r.querySelectorAll('[data-count]')].map((e) => [e.dataset.count, Number(e.textContent)])),
    headline: r.querySelector('[data-value="headline"]')?.textContent ?? null,
    authors: [...r.querySelectorAll('[data-value="authors"] li')].map((e) => e.textContent),
  };
})()`;

const tipState = `(() => { const t = document.getElementById('tip'); return {hidden: t.hidden, text: t.textContent}; })()`;

describe.skipIf(!chromium)('inspector page in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsparse-inspect-'));
    mkdirSync(artifacts, {recursive: true});
    browser = await Browser.launch(chromium!);
    page = await browser.newPage();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, {recursive: true, force: true});
  });

  describe.each(['bne-mishustin-visit', 'tass-russia-kyrgyzstan'])('seed %s', (seed) => {
    const input = readFileSync(seedPath(seed), 'utf8');
    const article: Article = parseArticle(input);
    let shown: Shown;

    beforeAll(async () => {
      const cwd = mkdtempSync(join(dir, 'explain-'));
      const r = inspectCli(cwd, seedPath(seed), '--explain');
      expect(r.status, r.stderr).toBe(0);
      const out = join(cwd, `${seed}.inspect.html`);
      await page.scheme(false);
      await page.goto(pathToFileURL(out).href);
      shown = await page.eval<Shown>(SHOWN);
      writeFileSync(join(artifacts, `inspect-${seed}.png`), await page.screenshot());
    }, 60_000);

    it('shows every block, in order, with its role and its text at its offsets', () => {
      expect(shown.blocks.map((b) => b.role)).toEqual(article.blocks.map((b) => b.role));
      expect(shown.blocks.map((b) => [b.start, b.end])).toEqual(article.blocks.map((b) => [b.span.start, b.span.end]));
      for (const b of shown.blocks) expect(b.text).toBe(input.slice(b.start, b.end));
    });

    it('marks as many claims, quotes and paragraphs as the Article has, and says so', () => {
      expect(article.numericClaims.length).toBeGreaterThan(0);
      expect(shown.claims).toBe(article.numericClaims.length);
      expect(shown.quotes).toBe(article.quotes.length);
      expect(shown.paragraphs).toBe(article.paragraphs.length);
      expect(shown.counts).toEqual({blocks: article.blocks.length, paragraphs: article.paragraphs.length, quotes: article.quotes.length, claims: article.numericClaims.length});
    });

    it("shows the Article's headline and authors", () => {
      expect(shown.headline).toBe(article.headline);
      expect(shown.authors).toEqual(article.byline?.authors ?? []);
    });

    it("hovering a claim shows its value, and so does focusing one", async () => {
      const box = await page.eval<{x: number; y: number}>(`(() => { const c = document.querySelector('.claim[data-claim="0"]'); c.scrollIntoView({block: 'center'}); const r = c.getBoundingClientRect(); return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()`);
      await page.hover(box.x, box.y);
      const hovered = await page.eval<{hidden: boolean; text: string}>(tipState);
      expect(hovered.hidden).toBe(false);
      expect(hovered.text).toBe(claimTip(article.numericClaims[0]!));
      expect(hovered.text).toContain('value: ');
      await page.hover(1, 1);
      const last = article.numericClaims.length - 1;
      await page.eval(`document.querySelector('.claim[data-claim="${last}"]').focus()`);
      const focused = await page.eval<{hidden: boolean; text: string}>(tipState);
      expect(focused.hidden).toBe(false);
      expect(focused.text.split('\n')[0]).toBe(claimTip(article.numericClaims[last]!).split('\n')[0]);
      await page.key('Escape', 'Escape', 27);
      expect((await page.eval<{hidden: boolean}>(tipState)).hidden).toBe(true);
    });

    it('links a quote speaker to where the speaker is named', async () => {
      const links = await page.eval<{href: string; speaker: string; named: string | null}[]>(`[...document.querySelectorAll('[data-value="quotes"] a[href*="-m"]')].map((a) => ({href: a.getAttribute('href'), speaker: a.textContent, named: document.querySelector(a.getAttribute('href'))?.textContent ?? null}))`);
      const withSpeaker = article.quotes.filter((q) => q.speaker);
      expect(links.length).toBe(withSpeaker.length);
      for (const l of links) expect(l.speaker.endsWith(l.named!)).toBe(true);
    });

    it('is usable from the keyboard: j moves to the next block, Enter shows its evidence', async () => {
      await page.eval(`document.querySelector('.block[data-index="0"]').focus()`);
      await page.key('j', 'KeyJ', 74);
      expect(await page.eval<string>('document.activeElement.dataset.index')).toBe('1');
      await page.key('Enter', 'Enter', 13);
      const evidence = await page.eval<string>(`document.querySelector('section.record .evidence').textContent`);
      expect(evidence).toContain(`Block 1: ${article.blocks[1]!.role}`);
      expect(await page.eval<string | null>(`document.querySelector('.block[data-index="1"]').getAttribute('aria-current')`)).toBe('true');
    });

    it('shows the evidence of a field and lights its blocks', async () => {
      await page.eval(`document.querySelector('.field[data-field="headline"]').click()`);
      const text = await page.eval<string>(`document.querySelector('section.record .evidence').textContent`);
      expect(text).toContain('headline: ');
      const lit = await page.eval<number[]>(`[...document.querySelectorAll('.block.lit')].map((b) => +b.dataset.index)`);
      expect(lit).toEqual([article.blocks.findIndex((b) => b.role === 'headline')]);
    });

    it('renders in the dark scheme too', async () => {
      await page.scheme(true);
      const bg = await page.eval<string>(`getComputedStyle(document.body).backgroundColor`);
      writeFileSync(join(artifacts, `inspect-${seed}-dark.png`), await page.screenshot());
      await page.scheme(false);
      const light = await page.eval<string>(`getComputedStyle(document.body).backgroundColor`);
      expect(bg).not.toBe(light);
      if (seed === 'bne-mishustin-visit' && process.env.SAVE_DOCS_SCREENSHOT) {
        await page.eval('window.scrollTo(0, 0)');
        // the README's picture: a claim's tooltip open over the text
        const c = await page.eval<{x: number; y: number}>(`(() => { const r = document.querySelector('.claim[data-claim="0"]').getBoundingClientRect(); return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()`);
        await page.hover(c.x, c.y);
        writeFileSync(new URL('../../docs/inspector.png', import.meta.url), await page.screenshot());
      }
    });
  });

  it('newsparse inspect fixtures/seeds/bne-mishustin-visit.txt writes the page, without evidence unless asked', async () => {
    const root = new URL('../../', import.meta.url).pathname;
    const cwd = mkdtempSync(join(dir, 'plain-'));
    // the path as the README gives it, relative to the repository, from another folder
    const r = inspectCli(cwd, join(root, 'fixtures/seeds/bne-mishustin-visit.txt'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('bne-mishustin-visit.inspect.html');
    const out = join(cwd, 'bne-mishustin-visit.inspect.html');
    await page.goto(pathToFileURL(out).href);
    const shown = await page.eval<Shown>(SHOWN);
    const article = parseArticle(readFileSync(seedPath('bne-mishustin-visit'), 'utf8'));
    expect(shown.blocks.map((b) => b.role)).toEqual(article.blocks.map((b) => b.role));
    expect(shown.claims).toBe(article.numericClaims.length);
    expect(await page.eval<number>(`document.querySelectorAll('script.explain').length`)).toBe(0);
    await page.eval(`document.querySelector('.block[data-index="2"]').click()`);
    expect(await page.eval<string>(`document.querySelector('.evidence').textContent`)).toContain('--explain');
  });

  it('a missing file is a message and exit 1, and no page', () => {
    const cwd = mkdtempSync(join(dir, 'missing-'));
    const r = inspectCli(cwd, 'no-such-story.txt');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('cannot read no-such-story.txt: no such file');
    expect(existsSync(join(cwd, 'no-such-story.inspect.html'))).toBe(false);
  });

  it('shows HTML input as the text the parse read, at the same offsets', async () => {
    const html = '<html><head><title>Bridge Repairs Start</title></head><body><nav><a href="/">Home</a></nav><article><h1>Bridge Repairs Start</h1>'
      + '<p>By Lena Ortiz</p><p>Work on the old bridge begins on Monday and will take about 14 weeks, the county said.</p>'
      + '<p>The repairs will cost $2.5 million, according to the county.</p></article></body></html>';
    const file = join(dir, 'bridge.html');
    writeFileSync(file, html);
    const out = join(dir, 'bridge.inspect.html');
    expect(await inspect(file, out)).toBe(0);
    await page.goto(pathToFileURL(out).href);
    const shown = await page.eval<Shown>(SHOWN);
    const article = parseArticle(html, {format: 'html'});
    const view = readInput(html, 'html').view;
    expect(shown.blocks.map((b) => [b.role, b.start, b.end])).toEqual(article.blocks.map((b) => [b.role, b.span.start, b.span.end]));
    // a run of markup alone (tags, the head) is blank in the view: drawn as an empty strip
    for (const b of shown.blocks) expect(b.text).toBe(view.slice(b.start, b.end).trim() ? view.slice(b.start, b.end) : '');
    expect(shown.blocks.some((b) => b.text.includes('Lena Ortiz'))).toBe(true);
    expect(shown.blocks.some((b) => b.text.includes('<'))).toBe(false);
    expect(shown.claims).toBe(article.numericClaims.length);
    expect(shown.headline).toBe(article.headline);
  });

  it('puts a JSONL feed on one page with a record picker', async () => {
    const file = join(dir, 'feed.jsonl');
    const texts = ['Park Reopens\n\nThe park reopened on Friday after 3 months of work.', 'Bus Fares Rise\n\nFares will rise by 5% in April, the operator said.'];
    writeFileSync(file, texts.map((text, i) => JSON.stringify({id: `story-${i + 1}`, text})).join('\n') + '\n{"nope": 1}\n');
    const out = join(dir, 'feed.html');
    expect(await inspect(file, out)).toBe(1); // the third record has no text: shown as an error, and the exit code says so
    await page.goto(pathToFileURL(out).href);
    const options = await page.eval<string[]>(`[...document.querySelectorAll('#record-picker option')].map((o) => o.textContent)`);
    expect(options).toHaveLength(3);
    expect(options[2]).toContain('(error)');
    const visible = () => page.eval<string[]>(`[...document.querySelectorAll('section.record:not([hidden]) h2')].map((h) => h.textContent)`);
    expect(await visible()).toEqual(['story-1']);
    await page.eval(`(() => { const p = document.getElementById('record-picker'); p.value = '1'; p.dispatchEvent(new Event('change')); })()`);
    expect(await visible()).toEqual(['story-2']);
    const shown = await page.eval<Shown>(SHOWN);
    expect(shown.claims).toBe(parseArticle(texts[1]!).numericClaims.length);
  });
});
