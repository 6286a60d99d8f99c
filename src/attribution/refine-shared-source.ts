import type {Paragraph} from '../schema/article.js';
import type {AttributionLexicon} from './lexicon.js';
import {cueBefore} from './quote-cues.js';
import type {Speech} from './types.js';

/**
 * Refiner: quotes that name no source of their own share one with the quotes they belong
 * with, in this order:
 * 1. the pieces of a quote that runs over paragraphs (each paragraph opens a mark, only the
 *    last closes it) share the source any piece names;
 * 2. a paragraph's quotes share the source of its nearest quote that has one: "…," she said.
 *    "…" (the pieces of an interrupted quote, and a quote that goes on after its tag);
 * 3. a paragraph that opens with a quote takes the source the paragraph before it ends on:
 *    Doe said:  ⏎  "…"
 */
export function shareSources(quotes: Speech[], paragraphs: readonly Paragraph[], source: string, lex: AttributionLexicon): Speech[] {
  // 1. runs over paragraphs: an open quote and the quotes of the next paragraph that continue it
  for (let k = 0; k < quotes.length; k++) {
    if (!quotes[k]!.open) continue;
    const run = [quotes[k]!];
    let j = k + 1;
    while (j < quotes.length && quotes[j]!.paragraph === run[run.length - 1]!.paragraph + 1 && startsParagraph(quotes[j]!, paragraphs, source)) {
      run.push(quotes[j]!);
      if (!quotes[j]!.open) break;
      j++;
    }
    const named = run.find((q) => q.source);
    if (named) for (const q of run) if (!q.source) { q.source = named.source; q.cue = named.cue; }
  }
  // 2. within a paragraph
  const byParagraph = new Map<number, Speech[]>();
  for (const q of quotes) {
    const list = byParagraph.get(q.paragraph) ?? [];
    list.push(q);
    byParagraph.set(q.paragraph, list);
  }
  for (const list of byParagraph.values()) {
    for (const [k, q] of list.entries()) {
      if (q.source) continue;
      let from: Speech | undefined;
      for (let d = 1; d < list.length && !from; d++) from = [list[k - d], list[k + d]].find((x) => x?.source && x.source !== q.source);
      if (from) { q.source = from.source; q.cue = from.cue; }
    }
  }
  // 3. from the end of the paragraph before
  for (const q of quotes) {
    if (q.source || q.paragraph === 0 || !startsParagraph(q, paragraphs, source)) continue;
    const prev = paragraphs[q.paragraph - 1]!;
    const raw = source.slice(prev.span.start, prev.span.end).trimEnd();
    if (!/[:,]$/.test(raw)) continue;
    const c = cueBefore(raw, raw.length, lex);
    if (!c) continue;
    const at = prev.span.start;
    q.source = {...c.source, start: at + c.source.start, end: at + c.source.end};
    q.cue = c.cue ? {text: c.cue.text, span: {start: at + c.cue.start, end: at + c.cue.end}} : null;
  }
  return quotes;
}

function startsParagraph(q: Speech, paragraphs: readonly Paragraph[], source: string): boolean {
  const p = paragraphs[q.paragraph]!;
  return !source.slice(p.span.start, q.span.start).trim();
}
