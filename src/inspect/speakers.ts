import type {Quote} from '../schema/article.js';
import type {Span} from '../schema/span.js';

/** How far before a quote (and after it) a speaker's name is looked for first, in characters. */
const BEFORE = 4000;
const AFTER = 600;

const WORD = /[\p{L}\p{N}]/u;

/** Every whole-word occurrence of `name` in `text[from, to)`, outside `skip`. */
function occurrences(text: string, name: string, from: number, to: number, skip: Span): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(name, from); i >= 0 && i + name.length <= to; i = text.indexOf(name, i + 1)) {
    const whole = !WORD.test(text[i - 1] ?? ' ') && !WORD.test(text[i + name.length] ?? ' ');
    if (whole && (i + name.length <= skip.start || i >= skip.end)) out.push(i);
  }
  return out;
}

/**
 * Where a quote's speaker is named in the text the parse read: the occurrence of the
 * speaker's name (else of its last word, a surname) nearest the quote, outside the quote
 * itself; near the quote first, then anywhere. Null when the quote has no speaker or the
 * name is not written ("the minister" resolved from context is still found if written).
 */
export function speakerMention(view: string, quote: Quote): Span | null {
  const name = quote.speaker?.trim();
  if (!name) return null;
  const words = name.split(/\s+/);
  const tries = words.length > 1 ? [name, words[words.length - 1]!] : [name];
  const near = {from: Math.max(0, quote.span.start - BEFORE), to: Math.min(view.length, quote.span.end + AFTER)};
  for (const range of [near, {from: 0, to: view.length}]) {
    for (const t of tries) {
      if (t.length < 2) continue;
      const found = occurrences(view, t, range.from, range.to, quote.span);
      if (!found.length) continue;
      const distance = (i: number) => (i < quote.span.start ? quote.span.start - i : i - quote.span.end);
      const best = found.reduce((a, b) => (distance(b) < distance(a) ? b : a));
      return {start: best, end: best + t.length};
    }
  }
  return null;
}
