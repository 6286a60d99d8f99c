import type {Attribution, Paragraph} from '../schema/article.js';
import {splitTrailingTag} from './attributions.js';
import {delink} from './links.js';
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
    const {start, end, text} = b.segment;
    const tagged = splitTrailingTag(text, start);
    const {text: clean, links} = delink(tagged.text, start);
    const para: Paragraph = {text: clean.replace(BULLET, '').trim(), span: {start, end}};
    if (links.length) para.links = links;
    if (!para.text) continue;
    if (tagged.attribution) attributions.push({...tagged.attribution, paragraph: paragraphs.length});
    paragraphs.push(para);
  }
  return {paragraphs, attributions};
}
