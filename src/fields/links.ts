import type {Link} from '../schema/article.js';

// html-to-text writes `anchor [https://...]` (and `alt [image] href` for a linked image);
// markdown writes `[anchor](url)`.
const MD_LINK = /(!?)\[([^\]\n]{1,500})\]\(([^()\s]{1,2000})\)/g;
const BRACKETED = /\s?\[([^\]\s]{1,2000})\](?:\s?((?:https?:\/\/|www\.)[^\s\]]{1,2000}))?/g;
const TARGET_LIKE = /^(?:[a-z][\w+.-]{0,20}:|[/.#?]|www\.)|\//i;
const IMAGE = /\.(?:jpe?g|png|gif|svg|webp|avif)(?:[?#]|$)/i;

export interface DelinkedText {
  /** The text with link targets removed; anchors kept. */
  text: string;
  links: Link[];
}

/** Remove link targets written inline, keeping anchors; `offset` maps to input offsets. */
export function delink(text: string, offset: number): DelinkedText {
  const links: Link[] = [];
  let out = text;
  if (text.includes('](')) {
    out = out.replace(MD_LINK, (whole, bang: string, anchor: string, url: string, at: number) => {
      if (!bang) links.push({text: anchor, url, span: {start: offset + at, end: offset + at + whole.length}});
      return anchor + gapBefore(text[at + whole.length]);
    });
  } else if (text.includes('[')) {
    out = out.replace(BRACKETED, (whole, target: string, href: string | undefined, at: number) => {
      if (!TARGET_LIKE.test(target)) return whole;
      const url = href ?? target;
      const anchor = lastWords(text.slice(0, at));
      // an image with no link is no link
      if (anchor && (href || !IMAGE.test(target))) {
        links.push({text: anchor.text, url, span: {start: offset + anchor.start, end: offset + at + whole.length}});
      }
      return gapBefore(text[at + whole.length]);
    });
  }
  return {text: out, links};
}

/** A space where a link was glued to the next word ("[TASS](url)Russian"), so their words stay apart. */
function gapBefore(next: string | undefined): string {
  return next !== undefined && /[^\s.,;:!?)\]]/.test(next) ? ' ' : '';
}

// html-to-text does not mark where an anchor starts: take the words after the last
// sentence break, up to eight of them, joined by single spaces, and where the first starts
// (found by position, not by searching for the joined words, which a line end of two
// characters or a run of spaces between them would hide).
function lastWords(before: string): {text: string; start: number} | null {
  const base = Math.max(0, before.length - 200);
  const tail = before.slice(base);
  let clause = 0;
  for (const m of tail.matchAll(CLAUSE_BREAK)) clause = m.index + m[0].length;
  const words = [...tail.slice(clause).matchAll(WORD)].slice(-8);
  if (!words.length) return null;
  return {text: words.map((w) => w[0]).join(' '), start: base + clause + words[0]!.index};
}
const CLAUSE_BREAK = /[.!?;:,(\]]\s/g;
const WORD = /\S+/g;
