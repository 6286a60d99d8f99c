import type {Span} from '../schema/span.js';

/** A marked range inside the text: rendered as one element (or several, where ranges cross). */
export interface Mark {
  span: Span;
  /** Outer marks first where two cover the same text (a paragraph holds quotes, a quote holds claims). */
  rank: number;
  /** The opening tag's name and attributes; `id` goes on the first piece only. */
  tag: string;
  attrs: Record<string, string>;
}

const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function open(m: Mark, first: boolean): string {
  let s = `<${m.tag}`;
  for (const [k, v] of Object.entries(m.attrs)) if (first || k !== 'id') s += ` ${k}="${escapeHtml(v)}"`;
  if (!first) s += ' data-cont=""';
  return s + '>';
}

/**
 * The HTML of `text[span]` with `marks` as nested elements. Marks are clipped to the
 * span; where two cross, the inner one is closed and opened again, so every character
 * keeps every mark over it and the elements nest properly.
 */
export function renderMarked(text: string, span: Span, marks: readonly Mark[]): string {
  const inside = marks
    .map((m) => ({...m, span: {start: Math.max(m.span.start, span.start), end: Math.min(m.span.end, span.end)}}))
    .filter((m) => m.span.end > m.span.start);
  // nesting order: earlier start, then longer, then lower rank, is further out
  const order = (a: Mark, b: Mark) => a.span.start - b.span.start || b.span.end - a.span.end || a.rank - b.rank;
  inside.sort(order);
  const cuts = new Set<number>([span.start, span.end]);
  for (const m of inside) cuts.add(m.span.start).add(m.span.end);
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  const stack: Mark[] = [];
  const opened = new Set<Mark>();
  let next = 0; // marks before `next` in `inside` have started
  let active: Mark[] = [];
  for (let p = 0; p + 1 < points.length; p++) {
    const from = points[p]!;
    const to = points[p + 1]!;
    active = active.filter((m) => m.span.end > from);
    while (next < inside.length && inside[next]!.span.start <= from) active.push(inside[next++]!);
    active.sort(order);
    // keep the longest prefix of the stack that is still the start of the active list
    let keep = 0;
    while (keep < stack.length && stack[keep] === active[keep]) keep++;
    while (stack.length > keep) html += `</${stack.pop()!.tag}>`;
    for (let k = keep; k < active.length; k++) {
      const m = active[k]!;
      html += open(m, !opened.has(m));
      opened.add(m);
      stack.push(m);
    }
    html += escapeHtml(text.slice(from, to));
  }
  while (stack.length) html += `</${stack.pop()!.tag}>`;
  return html;
}
