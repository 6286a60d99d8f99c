import type {Format} from '../schema/options.js';

export type ResolvedFormat = Exclude<Format, 'auto'>;

const HEAD = 20_000;
const DOCUMENT_START = /^\s*<(?:!doctype\s+html|html|head|body|meta|title)\b/i;
const CLOSING_TAG = /<\/(?:[pa]|div|span|li|ul|ol|h[1-6]|article|section|header|footer|nav|main|aside|figure|figcaption|blockquote|table|tr|td|th|em|strong|[bi]|time|title|body|html|pre|code|small|sup|sub|label|button)>/gi;
// markdown links and images whose target looks like a URL or a path
const MD_LINK = /\[[^\]\n]{1,200}\]\((?:[a-z][a-z+.-]{1,10}:|\/|\.\.?\/|#|www\.)[^)\s]{0,500}\)/gi;
const MD_IMAGE = /!\[[^\]\n]{0,200}\]\([^)\s]{1,500}\)/g;
const MD_HEADING = /^#{1,6}[ \t]+\S/gm;
// html-to-text writes a link as `anchor [https://...]`: a sign of plain text, not markdown
const BRACKET_URL = /\[(?:https?:\/\/|\/)[^\]\s]{0,500}\](?!\()/g;

/**
 * Matches of `re` in `s`, up to `max`. `mark` is a piece of text every match holds: without
 * it there is none to count, and the pattern's search through the whole head (most inputs
 * have no tag, no markdown link and no heading) is skipped for one substring search.
 */
const count = (re: RegExp, s: string, mark: string, max = 10) => {
  if (!s.includes(mark)) return 0;
  let n = 0;
  re.lastIndex = 0;
  while (n < max && re.exec(s)) n++;
  return n;
};

const TAG = /<\/?[a-z][^<>]{0,300}>/gi;

/** The share of characters inside tags: high for a page, low for text quoting some HTML. */
function markupShare(s: string): number {
  let inTags = 0;
  for (const m of s.matchAll(TAG)) inTags += m[0].length;
  return s.length ? inTags / s.length : 0;
}

/**
 * Tell what kind of text the input is, from its first 20,000 characters.
 * - html: it opens with a document tag (`<!doctype html>`, `<html>`, `<head>`, ...), or
 *   opens with a tag and closes at least one common element, or closes five and a
 *   quarter of its characters are tags (text that quotes a little HTML stays text);
 * - markdown: it has a markdown link or image with a URL-like target, or an ATX heading,
 *   and no html-to-text link (`anchor [https://...]`) without any markdown link;
 * - text otherwise. Pass `format` explicitly to skip the guess.
 */
export function detectFormat(input: string): ResolvedFormat {
  const head = input.slice(0, HEAD);
  if (DOCUMENT_START.test(head)) return 'html';
  const closing = count(CLOSING_TAG, head, '</', 5);
  if (closing >= 1 && /^\s*<[a-z!]/i.test(head)) return 'html';
  if (closing >= 5 && markupShare(head) >= 0.25) return 'html';
  const links = count(MD_LINK, head, '](') + count(MD_IMAGE, head, '](');
  if (links === 0 && count(BRACKET_URL, head, '[', 1) > 0) return 'text';
  if (links > 0 || count(MD_HEADING, head, '#', 1) > 0) return 'markdown';
  return 'text';
}
