import type {Caption} from '../schema/article.js';
import {splitCredit} from '../readers/credit.js';
import type {FieldContext} from './types.js';

export {hasCredit, splitCredit} from '../readers/credit.js';

/** The blocks the roles stage called captions, each with its credit split off (readers/credit.ts). */
export function extractCaptions(ctx: FieldContext): Caption[] {
  return ctx.blocks
    .filter((b) => b.role === 'caption')
    .map((b) => ({...splitCredit(b.segment.text), span: {start: b.segment.start, end: b.segment.end}}));
}
