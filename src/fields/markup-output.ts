import type {ArticleDraft, Link, Paragraph} from '../schema/article.js';
import type {Span} from '../schema/span.js';
import type {Input} from '../input/index.js';
import {coverMarkup} from '../blocks/cover-markup.js';

/**
 * The last step for HTML and markdown input, on the finished article:
 * 1. blocks cover the markup again (blocks/cover-markup.ts), so they stay lossless;
 * 2. `<a href>` links inside a paragraph become its `links` (markdown links are already
 *    there: fields/links.ts reads them from the text), and a related item without a URL
 *    takes the one of the single link inside it;
 * 3. spans that cut a region whose text moved in the view (input/html.ts: decoded
 *    entities, words split by inline tags) are widened to the region, so the input slice
 *    holds the whole text;
 * 4. output text has its whitespace collapsed, as a browser renders HTML: the view keeps
 *    blanked markup and entity widths as spaces.
 */
export function finishMarkupArticle(article: ArticleDraft, input: Input, url?: string): ArticleDraft {
  if (input.format === 'text') return article;
  const snap = snapper(input.moved);
  const paragraphs = article.paragraphs.map((p): Paragraph => {
    const links = [...(p.links ?? []), ...(input.format === 'html' ? htmlLinks(p.span, input, url) : [])]
      .sort((a, b) => a.span.start - b.span.start)
      .map((l) => ({...l, text: tidy(l.text), span: snap(l.span)}));
    const out: Paragraph = {text: tidy(p.text), span: snap(p.span)};
    if (links.length) out.links = links;
    return out;
  });
  return {
    ...article,
    headline: article.headline == null ? null : tidy(article.headline),
    dek: article.dek == null ? null : tidy(article.dek),
    byline: article.byline && {...article.byline, text: tidy(article.byline.text), authors: article.byline.authors.map(tidy), span: snap(article.byline.span)},
    publishedAt: article.publishedAt && {...article.publishedAt, text: tidy(article.publishedAt.text), span: snap(article.publishedAt.span)},
    paragraphs,
    attributions: article.attributions.map((a) => ({...a, source: tidy(a.source), raw: tidy(a.raw), span: snap(a.span)})),
    related: article.related.map((r) => ({...r, title: tidy(r.title), url: r.url ?? relatedUrl(r.span, input, url), span: snap(r.span)})),
    captions: article.captions.map((c) => ({...c, text: tidy(c.text), credit: c.credit == null ? null : tidy(c.credit), span: snap(c.span)})),
    quotes: article.quotes.map((q) => ({
      ...q,
      text: tidy(q.text),
      span: snap(q.span),
      speaker: q.speaker == null ? null : tidy(q.speaker),
      speakerMention: q.speakerMention == null ? null : tidy(q.speakerMention),
      cue: q.cue && {text: tidy(q.cue.text), span: snap(q.cue.span)},
      speakerSpan: q.speakerSpan && snap(q.speakerSpan),
    })),
    numericClaims: article.numericClaims.map((c) => ({
      ...c,
      text: tidy(c.text),
      sentence: tidy(c.sentence),
      subject: c.subject == null ? null : tidy(c.subject),
      span: snap(c.span),
    })),
    blocks: coverMarkup(input.source, article.blocks, input.format).map((b) => ({...b, text: tidy(b.text)})),
  };
}

/** Collapse runs of whitespace (other than line ends) to one space and trim. */
export function tidy(text: string): string {
  return text.replace(/[^\S\n]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();
}

/** Widen a span that starts or ends strictly inside one of the (sorted, disjoint) regions. */
function snapper(moved: readonly Span[]): (span: Span) => Span {
  if (!moved.length) return (span) => span;
  const inside = (at: number): Span | undefined => {
    let lo = 0;
    let hi = moved.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = moved[mid]!;
      if (at <= r.start) hi = mid - 1;
      else if (at >= r.end) lo = mid + 1;
      else return r;
    }
    return undefined;
  };
  return (span) => {
    const s = inside(span.start);
    const e = inside(span.end);
    return s || e ? {start: s ? s.start : span.start, end: e ? e.end : span.end} : span;
  };
}

/** `<a href>` hints that overlap the span (the paragraph may start inside its first link), as paragraph links; relative URLs resolve against `base`. */
function htmlLinks(span: Span, input: Input, base?: string): Link[] {
  const out: Link[] = [];
  for (const h of input.hints) {
    if (h.kind !== 'link' || h.end <= span.start || h.start >= span.end) continue;
    const text = tidy(h.text);
    if (!text) continue;
    out.push({text, url: resolve(h.url, base), span: {start: h.start, end: h.end}});
  }
  return out;
}

/** The target of the one `<a href>` inside a related item's span, when the text gave none. */
function relatedUrl(span: Span, input: Input, base?: string): string | null {
  if (input.format !== 'html') return null;
  const inside = input.hints.filter((h) => h.kind === 'link' && h.start < span.end && h.end > span.start);
  return inside.length === 1 && inside[0]!.kind === 'link' ? resolve(inside[0]!.url, base) : null;
}

function resolve(url: string, base?: string): string {
  if (!base || /^[a-z][a-z\d+.-]*:/i.test(url)) return url;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}
