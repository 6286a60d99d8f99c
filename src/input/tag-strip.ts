import type {MarkupView} from './html.js';
import {BLOCK, OPAQUE} from './html-elements.js';
import {FORMAT_DOWNGRADED} from './downgrade.js';
import {tagEnd} from './tag-end.js';

/*
 * The cheap HTML reader, for pages too costly to parse into a tree (input/html-budget.ts):
 * one pass over the source, no tree. The view is the source offset for offset with every tag,
 * comment and doctype blanked to spaces, the contents of script, style and the other opaque
 * elements blanked, a block element's tag starting a paragraph (two newlines) and `<br>` a
 * line. Text stays where it stands, its own line breaks folded to spaces as a browser
 * renders them; character references are left as written. No hints: the roles read it as text.
 */

const SPACE = 0x20;
const NEWLINE = 0x0a;
const TAG_START = /<(\/?)([a-z][a-z0-9-]*)/iy;

/** Read `source` as HTML without building a tree; `reason` goes into the warning. */
export function tagStripView(source: string, reason: string): MarkupView {
  const codes = new Uint16Array(source.length);
  const lower = source.toLowerCase();
  const n = source.length;
  let i = 0;
  while (i < n) {
    const c = source.charCodeAt(i);
    if (c !== 0x3c) {
      codes[i] = c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c ? SPACE : c;
      i++;
      continue;
    }
    let end: number;
    if (source.startsWith('<!--', i)) {
      const close = source.indexOf('-->', i + 4);
      end = close < 0 ? n : close + 3;
    } else if (source.charCodeAt(i + 1) === 0x21 || source.charCodeAt(i + 1) === 0x3f) {
      // <!doctype ...>, <![CDATA[ ...>, <?xml ...?>
      const close = source.indexOf('>', i + 2);
      end = close < 0 ? n : close + 1;
    } else {
      TAG_START.lastIndex = i;
      const m = TAG_START.exec(source);
      if (!m) {
        codes[i++] = c; // a `<` that opens no tag is text
        continue;
      }
      // its `>` outside quotes, else the first `>`, else the end of the source
      const tagClose = tagEnd(source, i + m[0].length, source.length);
      end = tagClose < 0 ? source.length : tagClose;
      const name = m[2]!.toLowerCase();
      const lines = BLOCK.has(name) ? 2 : name === 'br' ? 1 : 0;
      for (let k = i; k < end; k++) codes[k] = k - i < lines ? NEWLINE : SPACE;
      if (!m[1] && OPAQUE.has(name)) {
        // the contents, up to the matching end tag, are never seen
        const close = lower.indexOf(`</${name}`, end);
        const to = close < 0 ? n : close;
        for (let k = end; k < to; k++) codes[k] = SPACE;
        end = to;
      }
      i = end;
      continue;
    }
    for (let k = i; k < end; k++) codes[k] = SPACE;
    i = end;
  }
  let view = '';
  for (let k = 0; k < codes.length; k += 8192) view += String.fromCharCode(...codes.subarray(k, k + 8192));
  return {
    view,
    hints: [],
    moved: [],
    warnings: [{code: FORMAT_DOWNGRADED, message: `The HTML was read without a parse tree (tags stripped, character references left as written): ${reason}`}],
  };
}
