/**
 * The texts the benchmarks run on, read at run time and never copied into the repo:
 * the eval corpora and numeric suites in ../shared/eval (third-party text), and the
 * hand-written seeds in fixtures/seeds. Everything is loaded in file order, so every run
 * sees the same inputs in the same order.
 */
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EVAL_DIR = path.resolve(ROOT, process.env.NEWSPARSE_EVAL_DIR ?? '../shared/eval');

const readJsonl = (file) => fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const listDir = (dir, re) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => re.test(f)).sort() : []);

/** Corpus articles: {id, page, render, text, htmlFile?} from corpus/*.dev.jsonl. */
export function loadCorpus() {
  const dir = path.join(EVAL_DIR, 'corpus');
  return listDir(dir, /\.dev\.jsonl$/).flatMap((f) =>
    readJsonl(path.join(dir, f)).map((r) => ({id: r.id, page: r.page, render: r.render, text: r.text, htmlFile: r.htmlFile ?? null})),
  );
}

/** The seed articles (hand-written fixtures shipped with the repo). */
export function loadSeeds() {
  const dir = path.join(ROOT, 'fixtures/seeds');
  return listDir(dir, /\.txt$/).map((f) => ({id: `seeds/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8')}));
}

/**
 * The sentences the numeric-claim extractors are compared on: every input of the numeric
 * suites (NewsQuant news sentences, Recognizers-Text's English specs) and every non-blank
 * line of the seeds that has a digit or a number word (its sentences and short paragraphs).
 */
export function loadSentences() {
  const dir = path.join(EVAL_DIR, 'numeric');
  const suites = listDir(dir, /\.jsonl$/).flatMap((f) => readJsonl(path.join(dir, f)).map((r) => ({id: r.id, text: r.input})));
  const seedLines = loadSeeds().flatMap((s) =>
    s.text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0 && /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|dozen|half)\b/i.test(l))
      .map((text, i) => ({id: `${s.id}#${i}`, text})),
  );
  return [...suites, ...seedLines].filter((s) => s.text.trim().length > 0);
}

/** All articles the per-article benchmarks run on: the corpus, then the seeds. */
export function loadArticles() {
  return [...loadCorpus(), ...loadSeeds().map((s) => ({...s, page: s.id, render: 'seed', htmlFile: null}))];
}

export const KiB = 1024;
export const MiB = 1024 * 1024;

/**
 * The articles in a fixed pseudo-random order (mulberry32, seed 1): any prefix of the
 * stream then mixes the three corpora and both renderings, as the whole does.
 */
export function shuffled(articles, seed = 1) {
  let t = seed >>> 0;
  const random = () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...articles];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * A stream of real article text `size` characters long: the articles in the fixed shuffled
 * order, joined by a blank line, repeated as often as needed, then cut at `size`. Streams of
 * different sizes share their beginning.
 */
export function articleStream(articles, size) {
  const order = shuffled(articles);
  const parts = [];
  let n = 0;
  for (let round = 0; n < size && order.length; round++) {
    for (const a of order) {
      parts.push(a.text);
      n += a.text.length + 2;
      if (n >= size) break;
    }
  }
  return parts.join('\n\n').slice(0, size);
}

/** `text` cut into consecutive pieces of `size` characters (the last may be shorter). */
export function pieces(text, size) {
  const out = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

/** One line of `size` characters: real text with every line break made a space. */
export function singleLine(articles, size) {
  return articleStream(articles, size + 4096).replace(/[\n\r\u2028\u2029]/g, ' ').slice(0, size);
}
