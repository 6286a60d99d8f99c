import type {ArticleConfidence, Block, FieldConfidence, Quote, Warning} from '../schema/article.js';
import type {NumericClaim} from '../schema/claim.js';
import {BLOCK_FEATURES, blockFeatures, claimFeatures, fieldFeatures, FIELD_NAMES, quoteFeatures, type ArticleDraft} from './features.js';
import {predict, predictRow} from './infer.js';
import {WEIGHTS, type ConfidenceWeights} from './weights.js';

export const DEFAULT_MIN_CONFIDENCE = 0.5;

/**
 * The last stage: the calibrated chance that each field, block role, quote speaker and numeric
 * claim is right, from the finished article's features and the fitted weights
 * (src/confidence/weights.json, refitted by `npm run calibrate`). A present field whose
 * confidence is below `minConfidence` gets a LOW_CONFIDENCE warning naming it.
 * The article's blocks, quotes and claims get their `confidence` in place: parseArticle hands
 * over objects it has just made, and a copy of every block cost more than rating it.
 */
export function withConfidence<A extends ArticleDraft>(article: A, url: string | undefined, minConfidence = DEFAULT_MIN_CONFIDENCE, w: ConfidenceWeights = WEIGHTS): A & {confidence: ArticleConfidence} {
  const ff = fieldFeatures(article, url);
  const confidence = {} as ArticleConfidence;
  const warnings: Warning[] = [...article.warnings];
  for (const name of FIELD_NAMES) {
    const {present, x} = ff[name];
    const models = w.fields[name];
    let fc: FieldConfidence;
    if (present) fc = {confidence: predict(models.present, x), missed: null};
    else {
      // the model of absence predicts the chance the field is there and was missed
      const missed = predict(models.absent, x);
      fc = {confidence: round3(1 - missed), missed};
    }
    confidence[name] = fc;
    if (present && fc.confidence < minConfidence) {
      warnings.push({code: 'LOW_CONFIDENCE', field: name, message: `The ${name} has confidence ${fc.confidence.toFixed(3)}, below ${minConfidence}`});
    }
  }
  const bf = blockFeatures(article);
  const blocks: Block[] = article.blocks;
  for (let i = 0; i < blocks.length; i++) blocks[i]!.confidence = predictRow(w.roles[blocks[i]!.role] ?? w.roles['*']!, BLOCK_FEATURES, bf, i);
  const qf = quoteFeatures(article);
  const quotes: Quote[] = article.quotes;
  for (let i = 0; i < quotes.length; i++) quotes[i]!.confidence = predict(w.quotes, qf[i]!);
  rateClaims(article.numericClaims, w);
  return {...article, warnings, confidence};
}

/** Gives each claim (in place) the calibrated chance that it is a real numeric claim, read right; returns the same array. */
export function rateClaims(claims: NumericClaim[], w: ConfidenceWeights = WEIGHTS): NumericClaim[] {
  if (!claims.length) return claims;
  const cf = claimFeatures(claims);
  for (let i = 0; i < claims.length; i++) claims[i]!.confidence = predict(w.claims, cf[i]!);
  return claims;
}

const round3 = (p: number) => Math.round(p * 1000) / 1000;
