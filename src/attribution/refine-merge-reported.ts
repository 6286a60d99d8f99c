import type {Speech} from './types.js';

/**
 * Refiner: a quoted phrase that lies inside reported speech is the quoted part of that
 * attribution (mixed speech: she said the plan was "a disaster"), not a quote of its own.
 * It leaves the list; the reported content keeps its span. Everything else is kept, in
 * input order.
 */
export function mergeReported(quotes: readonly Speech[], reported: readonly Speech[]): Speech[] {
  // only a phrase that reads as embedded (kind mixed): a whole quoted sentence inside the
  // content stays a direct quote of its own
  const within = (q: Speech) => q.kind === 'mixed' && reported.some((r) => r.span.start <= q.span.start && q.span.end <= r.span.end);
  return [...quotes.filter((q) => !within(q)), ...reported].sort((a, b) => a.span.start - b.span.start);
}
