import type {Caption} from '../schema/article.js';
import type {FieldContext} from './types.js';

const SLASH_CREDIT = /\s\/\s*([^/]{2,60})$/;
const LABELLED_CREDIT = /\s*\((?:photo|photograph|image|picture)s?:\s*([^)]{2,80})\)\s*$|\s*(?:photograph|photo|image|credit|picture)s?:\s*(.{2,80})$/i;

/** Split a caption's credit off its text: "... / gov.kg", "Photograph: Jane Doe/Getty". */
export function splitCredit(text: string): {text: string; credit: string | null} {
  const slash = SLASH_CREDIT.exec(text);
  if (slash) return {text: text.slice(0, slash.index).trim(), credit: slash[1]!.trim()};
  const labelled = LABELLED_CREDIT.exec(text);
  if (labelled) return {text: text.slice(0, labelled.index).trim(), credit: (labelled[1] ?? labelled[2])!.trim()};
  return {text, credit: null};
}

export function extractCaptions(ctx: FieldContext): Caption[] {
  return ctx.blocks
    .filter((b) => b.role === 'caption')
    .map((b) => ({...splitCredit(b.segment.text), span: {start: b.segment.start, end: b.segment.end}}));
}
