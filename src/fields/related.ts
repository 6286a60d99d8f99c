import type {Related, RelatedRel} from '../schema/article.js';
import type {FieldContext} from './types.js';

const LABEL_REL: [RegExp, RelatedRel][] = [
  [/^(?:previous|prev)\b/i, 'previous'],
  [/^next\b/i, 'next'],
  [/^(?:read more|more from|more stories)\b/i, 'more'],
];
const URL_TAIL = /\s*\[(https?:\/\/[^\]\s]+)\]\s*$/;

function relOf(label: string): RelatedRel {
  for (const [re, rel] of LABEL_REL) if (re.test(label)) return rel;
  return 'related';
}

/** A related label ("Previous Article") and the title line after it, or "Read more: Title". */
export function extractRelated(ctx: FieldContext): Related[] {
  const out: Related[] = [];
  const blocks = ctx.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.role !== 'related') continue;
    const label = b.segment.text;
    const inline = /^[^:]{2,40}:\s*(\S.*)$/.exec(label);
    let titleText: string | null = inline ? inline[1]! : null;
    let end = b.segment.end;
    const next = blocks[i + 1];
    if (!titleText && next && next.role !== 'body' && next.role !== 'related' && next.segment.text.length <= 200) {
      titleText = next.segment.text;
      end = next.segment.end;
      if (next.role === 'other') i += 1;
    }
    if (!titleText) continue;
    const url = URL_TAIL.exec(titleText);
    out.push({rel: relOf(label), title: (url ? titleText.slice(0, url.index) : titleText).trim(), url: url ? url[1]! : null, span: {start: b.segment.start, end}});
  }
  return out;
}
