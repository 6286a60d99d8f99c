/**
 * Structural evidence that HTML and markdown carry and plain text does not. The input
 * stage records it next to the lines; role detectors (roles/markup-hints.ts) and field
 * extractors read it. Every hint has the UTF-16 span in the exact input of the element
 * it comes from (the whole element, tags included), so a block lies inside a hint when
 * `hint.start <= block.start && block.end <= hint.end`.
 */
export type MarkupHint =
  /** `<h1>`-`<h6>`, markdown `#` headings. */
  | {kind: 'heading'; level: number; start: number; end: number}
  /** The document's `<title>`. */
  | {kind: 'title'; start: number; end: number}
  /** `<figcaption>`, a markdown image's alt text. */
  | {kind: 'caption'; start: number; end: number}
  /** `<a href>` and markdown links: `url` as written (relative URLs stay relative), `text` the anchor's. */
  | {kind: 'link'; url: string; text: string; start: number; end: number}
  /** `<time>`, with its `datetime` attribute when it has one. */
  | {kind: 'time'; datetime: string | null; start: number; end: number}
  /** `rel="author"`, `itemprop="author"` or a `byline` class: the author's name or the byline. */
  | {kind: 'author'; start: number; end: number}
  /**
   * A `<meta>` (or JSON-LD) value the input stage made visible as a line of its own:
   * `author` (meta author, article:author) or `published` (article:published_time,
   * datePublished, ...). The span is the value's, inside the tag.
   */
  | {kind: 'meta'; name: 'author' | 'published'; start: number; end: number}
  /** Page chrome by its element: `<nav>`, `<footer>`, `<aside>`, `<form>`, `<button>`, `<menu>`, a `<header>` without the `<h1>`. */
  | {kind: 'chrome'; tag: string; start: number; end: number};

export type MarkupHintKind = MarkupHint['kind'];
