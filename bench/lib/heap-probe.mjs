/**
 * Child process of the scaling suite: parses inputs one at a time and prints markers around
 * each parse. It runs with `--expose-gc --trace-gc`: V8 prints a line for every garbage
 * collection with the heap size before it, so the parent can tell the peak heap during each
 * parse: the largest "before" size between the markers (or the size at the end, if larger),
 * minus the heap after a full collection just before the parse.
 *
 * argv[2]: JSON {module, jobs: [{label, kind: 'corpus'|'stream'|'line', size?, count?}], options}
 */
import {pathToFileURL} from 'node:url';
import {loadArticles, articleStream, pieces, singleLine} from './data.mjs';

const {module, jobs, options} = JSON.parse(process.argv[2]);
const newsparse = await import(pathToFileURL(module).href);
const articles = loadArticles();

function inputsOf(job) {
  if (job.kind === 'corpus') return articles.map((a) => a.text);
  if (job.kind === 'line') return [singleLine(articles, job.size)];
  return pieces(articles.length ? articleStream(articles, job.streamSize) : '', job.size).slice(0, job.count);
}

// Warm the code up so that compiling it does not count as parse memory.
for (const a of articles.slice(0, 20)) newsparse.parseArticle(a.text, options);

for (const job of jobs) {
  for (const [i, text] of inputsOf(job).entries()) {
    globalThis.gc();
    globalThis.gc();
    const base = process.memoryUsage().heapUsed;
    console.log(`@@start ${job.label} ${i}`);
    // Keep the result alive until `after` is read: the peak includes the article itself.
    const article = newsparse.parseArticle(text, options);
    const after = process.memoryUsage().heapUsed;
    console.log(`@@end ${job.label} ${i} ${text.length} ${base} ${after} ${article.blocks.length}`);
  }
}
