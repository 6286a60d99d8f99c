import type {FieldContext} from './types.js';

/** The text of the block chosen as headline. */
export function extractHeadline(ctx: FieldContext): string | null {
  const b = ctx.blocks.find((x) => x.role === 'headline');
  return b ? b.segment.text : null;
}

/** The standfirst, when a block between headline and body was given the `dek` role. */
export function extractDek(ctx: FieldContext): string | null {
  const b = ctx.blocks.find((x) => x.role === 'dek');
  return b ? b.segment.text : null;
}
