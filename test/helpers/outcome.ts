// What newsparse answered to one input: checked against the contract either way.
import {expect} from 'vitest';
import {extractNumericClaims, isNewsparseError, parseArticle, type Article, type NumericClaim, type ParseOptions} from '../../src/index.js';
import {expectArticleInvariants, expectClaimInvariants} from './invariants.js';

export type Outcome = {article: Article} | {code: string};

/** parseArticle's answer: an article (checked against every invariant) or a NewsparseError's code. */
export function parse(input: string, options?: ParseOptions): Outcome {
  let article: Article;
  try {
    article = parseArticle(input, options);
  } catch (error) {
    if (!isNewsparseError(error)) throw error;
    expect(error.message.length).toBeGreaterThan(10);
    return {code: error.code};
  }
  expectArticleInvariants(input, article);
  return {article};
}

/** extractNumericClaims on the same input: valid claims, or a NewsparseError's code. */
export function claims(input: string): NumericClaim[] | string {
  try {
    const out = extractNumericClaims(input);
    expectClaimInvariants(input, out);
    return out;
  } catch (error) {
    if (!isNewsparseError(error)) throw error;
    return error.code;
  }
}

export function article(o: Outcome): Article {
  if ('code' in o) expect.fail(`expected an article, got NewsparseError ${o.code}`);
  return o.article;
}
