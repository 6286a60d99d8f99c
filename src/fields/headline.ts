import {visibleText} from '../roles/features.js';
import type {FieldContext} from './types.js';

/** The text a reader sees of a block: no link targets, no bullet or markdown heading mark. */
function readable(text: string): string {
  return visibleText(text).visible;
}

/** The text of the block chosen as headline. */
export function extractHeadline(ctx: FieldContext): string | null {
  const b = ctx.blocks.find((x) => x.role === 'headline');
  return b ? readable(b.segment.text) || null : null;
}

/** The standfirst, when a block between headline and body was given the `dek` role. */
export function extractDek(ctx: FieldContext): string | null {
  const b = ctx.blocks.find((x) => x.role === 'dek');
  return b ? readable(b.segment.text) || null : null;
}
