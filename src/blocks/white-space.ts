/**
 * A block's text as a reader counts it: each run of white space one space. The fields and
 * role detectors measure and read blocks this way, so that a page reads the same whatever
 * its line ends: in the markdown view a soft line break becomes spaces, two for a CRLF
 * where an LF gives one.
 */

// a run that is not one plain space: two white-space characters, or a tab, line end, NBSP ...
const UNEVEN_SPACE = /\s\s|[^\S ]/;
// each such run whole (a run of two or more is matched from its start to its end): the
// plain single spaces between words are left where they are, not replaced one by one with
// themselves (three times faster on a page's worth of text)
const UNEVEN_RUNS = /\s{2,}|[^\S ]/g;

/** The text with each run of white space made one space (the text itself when it has none to fold). */
export function singleSpaced(text: string): string {
  return UNEVEN_SPACE.test(text) ? text.replace(UNEVEN_RUNS, ' ') : text;
}

/** Whether `text` is longer than `n` characters, single-spaced and trimmed. The plain length answers first. */
export function longerThan(text: string, n: number): boolean {
  return text.length > n && singleSpaced(text).trim().length > n;
}
