import type {Segment} from '../blocks/segment.js';
import type {BlockFeatures} from './types.js';
import {countWords} from './count-words.js';
import {singleSpaced} from '../blocks/white-space.js';
import {blockKey, keySig} from './block-key.js';

export {textKey} from './block-key.js';

const ENDS_SENTENCE = /[.!?…。！？][)"'”’»」』]*$/u;
// a trailing source tag (" [TASS]", " (AP)") does not hide the sentence end before it
const TRAILING_TAG = /\s*[[(]\p{L}[\p{L} .-]{0,30}[\])]$/u;
// markdown links and images keep their anchor: [anchor](url), ![alt](url)
const MD_LINK = /!?\[([^\]\n]{0,500})\]\([^()\s]{1,2000}\)/g;
// html-to-text link targets: [https://...], [/path], [image.png]
const BRACKETED = /\[([^[\]\s]{1,2000})\]/g; // no "[" inside: a run of "[" fails at once, not 2,000 characters later
const TARGET_LIKE = /^(?:[a-z][\w+.-]{0,20}:|[/.#?]|www\.)|\//i;
// bare URLs (html-to-text writes "alt [src] href" for a linked image)
// what every bare URL holds, tested before the search for them
const URL_HINT = /:\/\/|www\.|javascript:/i;
const BARE_URL = /\b(?:[a-z][a-z\d+.-]{1,20}:\/\/|www\.|javascript:)[^\s\]]+/gi;
// a link's query string left bare ("?subject=...&body=..." of a mail-share button)
const BARE_QUERY = /(?:^|\s)\?[a-z_][\w-]{0,30}=[^\s\]]*/gi;
// inline images as data URIs can run to many kilobytes: shrink them to a stub first
const DATA_URI = /data:[\w/+.-]{1,100};base64,[A-Za-z\d+/=]+/g;
const URL_LINE = /^(?:[*•-]\s+)?(?:[a-z][a-z\d+.-]{1,20}:\/\/|www\.|\?[a-z_][\w-]{0,30}=)\S/i;
const BULLET = /^(?:[*•·▪◦‣+-]|\d{1,3}[.)])\s+/;
const HEADING_MARK = /^#{1,6}\s+/;
// the characters a bullet or a heading mark starts with: most lines start with none
const MARK_START = new Set([...'#*•·▪◦‣+-0123456789'].map((c) => c.charCodeAt(0)));
const mayMark = (text: string) => MARK_START.has(text.charCodeAt(0));
const SENTENCE_END = /[.!?]["'”’)]*\s+(?=["“'‘(]?\p{Lu})|[。！？]/gu;
// what every sentence end has: most short lines have none, and skip the Unicode search
const STOP_MARK = /[.!?。！？]/;
const COMMA = /[,、，]/g;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** What a reader sees of a line: anchors without their targets, no bare URLs, no bullet, one space for each run of white space (a tab, two spaces, the two spaces a CRLF soft break leaves in the markdown view). */
export function visibleText(text: string): {visible: string; targets: number} {
  const {bare, targets} = stripTargets(text);
  return {visible: singleSpaced(bare).trim(), targets};
}

/** The line without link targets, bare URLs, a bullet or a heading mark, white space as it is (`bare` is `text` itself when there is none). */
function stripTargets(text: string): {bare: string; targets: number} {
  // a line that starts with a URL is a link (a share button's target), whatever follows
  if (URL_LINE.test(text)) return {bare: '', targets: 1};
  let targets = 0;
  let out = text.includes(';base64,') ? text.replace(DATA_URI, 'data:') : text;
  if (out.includes('](')) {
    out = out.replace(MD_LINK, (_w, anchor: string) => {
      targets++;
      return anchor;
    });
  }
  if (out.includes('[')) {
    out = out.replace(BRACKETED, (whole, inner: string) => {
      if (!TARGET_LIKE.test(inner)) return whole;
      targets++;
      return ' ';
    });
  }
  if ((out.includes('/') || out.includes('javascript:')) && URL_HINT.test(out)) {
    out = out.replace(BARE_URL, () => {
      targets++;
      return ' ';
    });
  }
  if (out.includes('?') && out.includes('=')) {
    out = out.replace(BARE_QUERY, () => {
      targets++;
      return ' ';
    });
  }
  return {bare: mayMark(out) ? out.replace(HEADING_MARK, '').replace(BULLET, '') : out, targets};
}

/** The end of a block's text ends a sentence, a trailing source tag aside (only a bracket can end one). */
function endsSentence(tail: string): boolean {
  const last = tail.charCodeAt(tail.length - 1);
  return ENDS_SENTENCE.test(last === 0x5d || last === 0x29 ? tail.replace(TRAILING_TAG, '') : tail);
}

export function blockFeatures(segment: Segment, index: number): BlockFeatures {
  const text = segment.text;
  const {bare, targets} = stripTargets(text);
  // the text single-spaced: its length is the same whatever the page's line ends, and it is
  // the visible text too (trimmed) when nothing was taken out, as on most lines
  const spaced = singleSpaced(text);
  const visible = (bare === text ? spaced : singleSpaced(bare)).trim();
  // words of the visible text, with Chinese and Japanese characters counted apart
  const {words: latinWords, lettered, capital, cjk: cjkCount} = countWords(visible, true);
  // the raw text's word count: the same as the visible one when nothing was taken out (white
  // space ends words however long its run)
  const words = !cjkCount && bare === text ? latinWords : countWords(text, false).words;
  const visibleChars = visible.length;
  return {
    index,
    segment,
    text,
    chars: spaced.length,
    words,
    endsSentence: endsSentence(visible.slice(-60)),
    capitalRatio: lettered ? capital / lettered : 0,
    visible,
    visibleChars,
    visibleWords: latinWords + Math.ceil(cjkCount / 2),
    linkTargets: targets,
    linkDensity: targets ? Math.min(1, (3 * targets) / Math.max(1, latinWords + Math.ceil(cjkCount / 4))) : 0,
    listItem: mayMark(text) && BULLET.test(text),
    heading: mayMark(text) && HEADING_MARK.test(text) ? text.indexOf(' ') : 0,
    allCaps: latinWords >= 2 && UPPER.test(visible) && !LOWER.test(visible),
    sentences: STOP_MARK.test(visible) ? (visible.match(SENTENCE_END)?.length ?? 0) : 0,
    commas: visible.match(COMMA)?.length ?? 0,
    cjk: cjkCount > 0 && cjkCount * 3 > visibleChars,
    keySig: keySig(visible),
    repeats: 1,
    echoes: false,
  };
}

// the longest text whose features are shared between blocks (longer ones seldom repeat)
const SHARED_CHARS = 300;

/** The features of a block with the same text as `same`, at its own place on the page. */
function atPlace(same: BlockFeatures, segment: Segment, index: number): BlockFeatures {
  // every field written out, in blockFeatures' order: the objects keep one shape
  return {
    index,
    segment,
    text: same.text,
    chars: same.chars,
    words: same.words,
    endsSentence: same.endsSentence,
    capitalRatio: same.capitalRatio,
    visible: same.visible,
    visibleChars: same.visibleChars,
    visibleWords: same.visibleWords,
    linkTargets: same.linkTargets,
    linkDensity: same.linkDensity,
    listItem: same.listItem,
    heading: same.heading,
    allCaps: same.allCaps,
    sentences: same.sentences,
    commas: same.commas,
    cjk: same.cjk,
    keySig: same.keySig,
    repeats: 1,
    echoes: false,
  };
}

/**
 * Features of every block, with `repeats` and `echoes` read over the page: blocks are counted
 * by the hash of their key, and the keys themselves are built only for blocks whose hash
 * another block shares (so a hash collision never joins two different texts).
 */
export function pageFeatures(segments: readonly Segment[]): BlockFeatures[] {
  // a page prints many of its short lines more than once (a menu in the header and the
  // footer, "Share", a date under every teaser: a fifth of the short blocks of a page): a
  // text's features are read once, and each block with the same text takes them as its own
  const byText = new Map<string, BlockFeatures>();
  const blocks = segments.map((segment, index) => {
    if (segment.text.length > SHARED_CHARS) return blockFeatures(segment, index);
    const same = byText.get(segment.text);
    if (same) return atPlace(same, segment, index);
    const features = blockFeatures(segment, index);
    byText.set(segment.text, features);
    return features;
  });
  const sigs = new Map<number, number>();
  for (const b of blocks) if (b.keySig) sigs.set(b.keySig, (sigs.get(b.keySig) ?? 0) + 1);
  const keys = new Map<number, string>(); // block index -> key, for the blocks that share a hash
  const counts = new Map<string, number>();
  for (const b of blocks) {
    if (!b.keySig || sigs.get(b.keySig) === 1) continue;
    const key = blockKey(b);
    keys.set(b.index, key);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const [i, key] of keys) {
    const b = blocks[i]!;
    b.repeats = counts.get(key)!;
    if (b.repeats > 1) b.echoes = keys.get(i - 1) === key || keys.get(i + 1) === key;
  }
  return blocks;
}
