/** Counts corpus records whose parseArticle JSON differs between two builds: node bench/diff-outputs.mjs A.js B.js */
import {pathToFileURL} from 'node:url';
import path from 'node:path';
import {loadCorpus} from './lib/data.mjs';

const [a, b] = process.argv.slice(2);
const A = await import(pathToFileURL(path.resolve(a)).href);
const B = await import(pathToFileURL(path.resolve(b)).href);
let diff = 0; const ids = [];
const recs = loadCorpus();
for (const r of recs) {
  const ja = JSON.stringify(A.parseArticle(r.text)), jb = JSON.stringify(B.parseArticle(r.text));
  if (ja !== jb) { diff++; ids.push(r.id); }
}
console.log(`records=${recs.length} differing=${diff}`); if (ids.length) console.log(ids.slice(0, 20).join('\n'));
