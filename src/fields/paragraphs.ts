import type {Attribution, Paragraph} from '../schema/article.js';
import {splitTrailingTag} from './attributions.js';
import {delink} from './links.js';
import {inputOffset} from '../input/lines.js';
import type {FieldContext} from './types.js';

// a list item's bullet is layout, not text
const BULLET = /^\s*(?:[*•·▪◦‣+-]|#{1,6})\s+/;

export interface BodyFields {
  paragraphs: Paragraph[];
  attributions: Attribution[];
}

/** Body blocks -> paragraphs, with trailing source tags and link targets taken out. */
export function extractBody(ctx: FieldContext): BodyFields {
  const paragraphs: Paragraph[] = [];
  const attributions: Attribution[] = [];
  for (const b of ctx.blocks) {
    if (b.role !== 'body') continue;
    const {start, end, text, lines} = b.segment;
    // spans found in the block's text (its lines joined by spaces) map to the input through
    // its lines: a CRLF or an indented line end is longer than the one joining space
    const span = (s: {start: number; end: number}) => ({start: inputOffset(lines, s.start), end: inputOffset(lines, s.end)});
    const tagged = splitTrailingTag(text, 0);
    const {text: clean, links} = delink(tagged.text, 0);
    const para: Paragraph = {text: clean.replace(BULLET, '').trim(), span: {start, end}};
    if (links.length) para.links = links.map((l) => ({...l, span: span(l.span)}));
    if (!para.text) continue;
    if (tagged.attribution) attributions.push({...tagged.attribution, span: span(tagged.attribution.span), paragraph: paragraphs.length});
    paragraphs.push(para);
  }
  return {paragraphs, attributions};
}
