/**
 * Every match of the global regex `re` in `text`, in order: what `[...text.matchAll(re)]`
 * gives, found with `re.exec` from the start. `matchAll` first copies the regex (a new
 * RegExp object, looked up in V8's cache by its source) on every call, which cost two to three
 * times the search itself on a sentence; the claim recognisers search every sentence with a
 * number this way. The matches are collected before the caller sees any, so the caller may
 * use `re` again while reading them.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global regex: ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // an empty match moves on by one character, as matchAll does (a code point with `u`)
    if (m[0] === '') re.lastIndex = nextIndex(text, re.lastIndex, re.unicode);
  }
  return out;
}

function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}

/**
 * Where the run of code points that each match `one` (a regex for one code point, with the
 * `u` flag) and that ends at `end` starts: read backwards, a surrogate pair as one code point.
 */
export function runStartBefore(text: string, end: number, one: RegExp): number {
  let i = end;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    const width = c >= 0xdc00 && c <= 0xdfff && i > 1 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800 ? 2 : 1;
    if (!one.test(text.slice(i - width, i))) break;
    i -= width;
  }
  return i;
}

/** Where the white space (`\s`) at the end of `text` starts: `text.length` when there is none. */
export function trailingSpaceStart(text: string): number {
  let e = text.length;
  while (e > 0 && SPACE.test(text[e - 1]!)) e--;
  return e;
}
const SPACE = /\s/;
