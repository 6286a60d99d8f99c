import * as chrono from 'chrono-node';
import type {Byline} from '../schema/article.js';
import type {FieldContext} from './types.js';

const LEAD = /^(?:by|written by|words by|reporting by|story by|posted by|author:)\s+/i;

/** Split a byline's text into author names: no "By", no dates, no roles. */
export function splitAuthors(text: string): string[] {
  let rest = text.replace(LEAD, '');
  const date = chrono.parse(rest)[0];
  if (date) rest = rest.slice(0, date.index);
  return rest
    .split(/\s*(?:,|;|&|\band\b|\|)\s*/i)
    .map((s) => s.trim().replace(/[.\s]+$/, ''))
    .filter((s) => s.length > 1 && /\p{L}/u.test(s));
}

export function extractByline(ctx: FieldContext): Byline | null {
  const b = ctx.blocks.find((x) => x.role === 'byline');
  if (!b) return null;
  return {text: b.segment.text, authors: splitAuthors(b.segment.text), span: {start: b.segment.start, end: b.segment.end}};
}
