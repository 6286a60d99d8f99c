import type {Speech} from './types.js';

/**
 * Refiner: a quoted phrase that lies inside reported speech is the quoted part of that
 * attribution (mixed speech: she said the plan was "a disaster"), not a quote of its own.
 * It leaves the list; the reported content keeps its span. Everything else is kept, in
 * input order.
 */
export function mergeReported(quotes: readonly Speech[], reported: readonly Speech[]): Speech[] {
  const within = (q: Speech) => reported.some((r) => r.span.start <= q.span.start && q.span.end <= r.span.end);
  return [...quotes.filter((q) => !within(q)), ...reported].sort((a, b) => a.span.start - b.span.start);
}
