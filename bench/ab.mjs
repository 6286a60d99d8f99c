/**
 * Interleaved A/B timing of parseArticle in one process: node bench/ab.mjs A.js B.js [passes]
 * Alternates the two builds article by article over the bench corpus (order swapped every
 * pass) and reports the median per-article time of each and the median of B/A ratios, so a
 * loaded machine's drift falls on both builds alike.
 */
import {pathToFileURL} from 'node:url';
import path from 'node:path';
import {loadArticles} from './lib/data.mjs';

const [a, b, passesArg] = process.argv.slice(2);
const A = await import(pathToFileURL(path.resolve(a)).href);
const B = await import(pathToFileURL(path.resolve(b)).href);
const passes = Number(passesArg ?? 3);
const arts = loadArticles();
for (const x of arts.slice(0, 20)) { A.parseArticle(x.text); B.parseArticle(x.text); }
const ta = new Map(), tb = new Map();
const time = (m, t) => { const s = process.hrtime.bigint(); m.parseArticle(t); return Number(process.hrtime.bigint() - s) / 1e6; };
for (let p = 0; p < passes; p++) {
  arts.forEach((x, i) => {
    const first = (i + p) % 2 === 0;
    const [m1, m2, t1, t2] = first ? [A, B, ta, tb] : [B, A, tb, ta];
    const d1 = time(m1, x.text), d2 = time(m2, x.text);
    t1.set(i, Math.min(t1.get(i) ?? Infinity, d1)); t2.set(i, Math.min(t2.get(i) ?? Infinity, d2));
  });
}
const med = (v) => { const s = [...v].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const ratios = arts.map((_, i) => tb.get(i) / ta.get(i));
console.log(`articles=${arts.length} passes=${passes} medA=${med(ta.values()).toFixed(3)}ms medB=${med(tb.values()).toFixed(3)}ms ratio(medB/medA)=${(med(tb.values()) / med(ta.values())).toFixed(3)} median(B/A)=${med(ratios).toFixed(3)}`);
