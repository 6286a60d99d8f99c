import type {Format} from '../schema/options.js';

export type ResolvedFormat = Exclude<Format, 'auto'>;

const HTML_HINT = /<(?:!doctype\s+html|html|head|body|article|div|p|span|a\s+href)\b/i;
const MD_LINK = /\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)/;
const MD_HEADING = /^#{1,6} \S/m;

/** Tell what kind of text the input is, from the first 20,000 characters. */
export function detectFormat(input: string): ResolvedFormat {
  const head = input.slice(0, 20_000);
  if (/^\s*</.test(head) && HTML_HINT.test(head)) return 'html';
  if (MD_HEADING.test(head) || MD_LINK.test(head)) return 'markdown';
  return 'text';
}
