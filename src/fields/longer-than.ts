/**
 * Whether `text` is longer than `n` characters, each run of white space counted as one.
 * A length threshold on a block must not depend on the page's line ends: in the markdown
 * view a soft line break becomes spaces, two for a CRLF where an LF gives one, so the same
 * paragraph is longer with CRLF line ends. The plain length answers first; only a text
 * over the limit is measured again.
 */
export function longerThan(text: string, n: number): boolean {
  return text.length > n && text.replace(SPACES, ' ').trim().length > n;
}

const SPACES = /\s+/g;
