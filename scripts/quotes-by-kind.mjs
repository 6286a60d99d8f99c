// A view of the built package for ../shared/eval/score-quotes.mjs, which reads every entry of
// `article.quotes` as a direct quote whatever its `kind`: this module re-exports parseArticle
// with `quotes` cut to the kinds in NEWSPARSE_QUOTE_KINDS (default "direct"), so direct-quote
// precision is measured on direct quotes and all-attribution recall on every kind.
//
//   NEWSPARSE_QUOTE_KINDS=direct node ../shared/eval/score-quotes.mjs --module scripts/quotes-by-kind.mjs FILE
//   NEWSPARSE_QUOTE_KINDS=direct,mixed,indirect node ../shared/eval/score-quotes.mjs --module scripts/quotes-by-kind.mjs FILE
import * as lib from '../dist/index.js';

const kinds = new Set((process.env.NEWSPARSE_QUOTE_KINDS ?? 'direct').split(',').map((k) => k.trim()));

export function parseArticle(input, options) {
  const article = lib.parseArticle(input, options);
  return {...article, quotes: article.quotes.filter((q) => kinds.has(q.kind))};
}
