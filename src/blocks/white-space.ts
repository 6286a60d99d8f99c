/**
 * A block's text as a reader counts it: each run of white space one space. The fields and
 * role detectors measure and read blocks this way, so that a page reads the same whatever
 * its line ends: in the markdown view a soft line break becomes spaces, two for a CRLF
 * where an LF gives one.
 */

// each run that is not one plain space, whole: two or more white-space characters (matched
// from the run's start to its end), or a single tab, line end, NBSP ... The plain spaces
// between words are left where they are, not replaced one by one with themselves (three
// times faster on a page's worth of text), and a text with nothing to fold is no match at all.
const UNEVEN_RUNS = /\s{2,}|[^\S ]/g;

/** The text with each run of white space made one space (the text itself when it has none to fold). */
export function singleSpaced(text: string): string {
  return text.replace(UNEVEN_RUNS, ' ');
}

/** Whether `text` is longer than `n` characters, single-spaced and trimmed. The plain length answers first. */
export function longerThan(text: string, n: number): boolean {
  return text.length > n && singleSpaced(text).trim().length > n;
}
