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
  // written out, not spread: this runs on every block
  const blocks = article.blocks.map((b, i): Block => ({role: b.role, text: b.text, span: b.span, confidence: predictRow(w.roles[b.role] ?? w.roles['*']!, BLOCK_FEATURES, bf, i)}));
  const qf = quoteFeatures(article);
  const quotes = article.quotes.map((q, i): Quote => ({...q, confidence: predict(w.quotes, qf[i]!)}));
  return {...article, blocks, quotes, numericClaims: withClaimConfidence(article.numericClaims, w), warnings, confidence};
}

/** Each claim with the calibrated chance that it is a real numeric claim, read right. */
export function withClaimConfidence(claims: NumericClaim[], w: ConfidenceWeights = WEIGHTS): NumericClaim[] {
  if (!claims.length) return claims;
  const cf = claimFeatures(claims);
  return claims.map((c, i) => ({...c, confidence: predict(w.claims, cf[i]!)}));
}

const round3 = (p: number) => Math.round(p * 1000) / 1000;
