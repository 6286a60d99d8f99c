/*
 * What HTML costs to parse, told before rehype-parse (parse5) sees it. parse5 builds a node
 * per element, and re-creates every open formatting element (`<b>`, `<i>`, `<a>`, `<font>`,
 * ...) at each new block when they differ in their attributes: `<b id=1>x<b id=2>x...`
 * grows its tree (and its time) faster than the text. One linear scan over the tags counts
 * the start tags and the formatting elements left open; past either limit the page is read
 * by the tag-stripping reader (input/tag-strip.ts) instead, with a FORMAT_DOWNGRADED warning.
 */

/** Start tags (elements) parsed into a tree; a dense 5 MB page has about 400,000. */
export const MAX_ELEMENTS = 100_000;
/** Formatting elements open at once (start tags without their end tag). */
export const MAX_OPEN_FORMATTING = 500;

const FORMATTING = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u']);
const TAG_NAME = /<(\/?)([a-zA-Z][a-zA-Z0-9-]{0,20})/g;

/** Why HTML `source` is too costly to parse into a tree, or null when it is within the limits. */
export function htmlCostReason(source: string): string | null {
  let elements = 0;
  let open = 0;
  TAG_NAME.lastIndex = 0;
  for (let m = TAG_NAME.exec(source); m; m = TAG_NAME.exec(source)) {
    const closing = m[1] === '/';
    if (!closing && ++elements > MAX_ELEMENTS) return `more than ${MAX_ELEMENTS} elements`;
    const name = m[2]!.toLowerCase();
    if (!FORMATTING.has(name)) continue;
    if (closing) open = Math.max(0, open - 1);
    else if (++open > MAX_OPEN_FORMATTING) return `more than ${MAX_OPEN_FORMATTING} formatting elements open at once`;
  }
  return null;
}
