#!/usr/bin/env node
// How often Article.language agrees with the language the dev pages declare (<html lang>,
// the corpus records' `lang`), per declared language. Reads ../shared/eval/corpus; not shipped.
//   npm run build && node scripts/language-check.mjs [../shared/eval/corpus/*.dev.jsonl]
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const {parseArticle} = await import(pathToFileURL(path.join(root, 'dist/index.js')).href);
const corpus = path.join(root, '../shared/eval/corpus');
const files = process.argv.slice(2).length ? process.argv.slice(2) : fs.readdirSync(corpus).filter((f) => f.endsWith('.dev.jsonl')).map((f) => path.join(corpus, f));
const by = new Map();
let ms = 0;
for (const file of files) {
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    const gold = typeof r.lang === 'string' ? r.lang.slice(0, 2).toLowerCase() : null;
    if (!gold) continue;
    const t = performance.now();
    const got = parseArticle(r.text, {url: r.url}).language;
    ms += performance.now() - t;
    const row = by.get(gold) ?? {n: 0, right: 0, none: 0, wrong: new Map()};
    row.n++;
    if (got === gold) row.right++;
    else if (got === null) row.none++;
    else row.wrong.set(got, (row.wrong.get(got) ?? 0) + 1);
    by.set(gold, row);
  }
}
let n = 0, right = 0, none = 0;
for (const [lang, row] of [...by].sort((a, b) => b[1].n - a[1].n)) {
  n += row.n; right += row.right; none += row.none;
  console.log(`${lang}  n=${row.n}  right=${row.right}  null=${row.none}  wrong=${[...row.wrong].map(([k, v]) => `${k}:${v}`).join(' ')}`);
}
console.log(`SUMMARY languageAcc=${(right / n).toFixed(3)} null=${(none / n).toFixed(3)} n=${n} parseMs=${ms.toFixed(0)}`);
