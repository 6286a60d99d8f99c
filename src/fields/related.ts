import type {Related, RelatedRel} from '../schema/article.js';
import {visibleText} from '../roles/features.js';
import type {FieldContext} from './types.js';

const LABEL_REL: [RegExp, RelatedRel][] = [
  [/^(?:previous|prev)\b/i, 'previous'],
  [/^next\b/i, 'next'],
  [/^(?:read more|more (?:from|on|about|in|stories|news|articles|to read))\b/i, 'more'],
];
// html-to-text's `[https://...]` and markdown's `(url)`: the first link target of a title line
const BRACKET_URL = /\[((?:https?:\/\/|\/)[^\]\s]{0,2000})\]/;
const MD_URL = /\]\(([^()\s]{1,2000})\)/;
// "Label: Title"; the label is short and has no colon of its own
const INLINE = /^([^:|»›]{2,60})[:|»›]\s*(\S.*)$/;

function relOf(label: string): RelatedRel {
  for (const [re, rel] of LABEL_REL) if (re.test(label)) return rel;
  return 'related';
}

function urlOf(text: string): string | null {
  const m = MD_URL.exec(text) ?? BRACKET_URL.exec(text);
  return m ? m[1]! : null;
}

/**
 * Related-article blocks -> links: a label ("Previous Article", "Related stories") gives
 * its `rel` to the titles under it; "Read more: Title" is label and title in one; a title
 * with no label (a list of headlines after the body) is `related`. `url` when the text
 * carries a link target.
 */
export function extractRelated(ctx: FieldContext): Related[] {
  const out: Related[] = [];
  const blocks = ctx.blocks;
  let rel: RelatedRel = 'related';
  let pendingLabel: {start: number} | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.role !== 'related') {
      // a label's titles must follow it directly (lone link-target lines aside); with no
      // label pending there is nothing to end, and the block need not be read
      if ((rel !== 'related' || pendingLabel) && b.segment.text.trim() && visibleText(b.segment.text).visible) {
        rel = 'related';
        pendingLabel = null;
      }
      continue;
    }
    const {start, end, text} = b.segment;
    const isLabel = b.assignment.reason.startsWith('related-articles label');
    if (isLabel) {
      rel = relOf(visibleText(text).visible);
      pendingLabel = {start};
      continue;
    }
    const visible = visibleText(text).visible;
    const inline = b.assignment.reason.startsWith('label and title') ? INLINE.exec(visible) : null;
    const title = (inline ? inline[2]! : visible).trim();
    if (!title) continue;
    out.push({
      rel: inline ? relOf(inline[1]!) : rel,
      title,
      url: urlOf(text),
      span: {start: pendingLabel ? pendingLabel.start : start, end},
    });
    // "Previous Article" heads one title; a list label keeps its rel for the rest
    pendingLabel = null;
  }
  return out;
}
