import type {Detector, Proposal} from './types.js';

/**
 * Site chrome: navigation, share buttons, cookie banners, sign-up prompts, footers.
 * Matches short blocks made of (or starting with) a known chrome phrase, lines made only
 * of share-button names, lines that are only a link target, and short navigation links.
 */
// The whole (short) line is one of these words or phrases.
const CHROME_WHOLE =
  /^(?:share(?: this(?: article| story| page| post)?| on [a-z]+| via [a-z]+)?|tweet|e-?mail|print|advertisement|advert|ad|sponsored(?: content)?|skip to (?:main )?(?:content|navigation)|skip navigation|sign (?:up|in|out)|log ?(?:in|out)|register|subscribe(?: now| today)?|menu|search(?: the web| this site| site)?|dismiss|close|accept(?: all)?(?: cookies)?|cookie (?:settings|policy|preferences)|privacy(?: policy)?|terms (?:of (?:use|service)|and conditions)|contact(?: us)?|about(?: us)?|advertise(?: with us)?|all rights reserved|copyright|no time to read|get a summary|follow us|newsletters?|comments?|home|news|back to top|loading|continue reading|show (?:more|less)|load more|listen to (?:this )?article|read (?:the )?full (?:story|article)|toggle navigation|open menu|close menu|more|top|sections|trending|topics|tags?|categories|leave a (?:reply|comment)|post a comment|add a comment|reply|like|follow|view comments|join the conversation|\(?opens in (?:a )?new (?:tab|window)|watch|video|photos?|gallery|powered by [a-z]+|cancel reply|log in to comment|already a subscriber|javascript:void\(0\)|fill)[\s:.!?»›>|()\d…-]*$/i;
// The line starts with one of these; they are never how an article sentence begins.
const CHROME_START =
  /^(?:advertisement\b|skip to\b|sign up (?:for|to)\b|subscribe to\b|all rights reserved|©|\(c\)\s*\d|copyright\b|no time to read|we use cookies|listen to (?:this )?article|share this (?:article|story)|follow us on\b|click here to\b|this article (?:was|is) (?:originally )?published)/i;
const CHROME_ANYWHERE =
  /\b(?:all rights reserved|cookies? (?:policy|settings)|we use cookies|uses? cookies|sign up for (?:our|the)\b|subscribe to (?:our|the)\b|privacy (?:policy|terms|settings|notice|preferences)|terms of (?:use|service)|your inbox)/i;
// Footer legal notices run long too: copyright lines, trademark and medical disclaimers
const LEGAL = /^(?:©|\(c\)\s*\d|copyright\b)|\ball rights reserved\b|\bare (?:registered )?trademarks of\b|\bhave not been evaluated by the\b/i;
// Consent banners run long; their wording gives them away at any length.
const CONSENT = /^(?:we (?:and our partners )?use cookies|this (?:site|website) uses cookies|by (?:using|continuing to use) (?:this|our) (?:site|website)|we value your privacy|your privacy choices)/i;
// Paywall and membership upsells that sit above or inside the text
const UPSELL = /\b(?:you(?:'|’)re reading a free article|become an? (?:[\w’'-]+ ){0,3}(?:member|subscriber)|(?:subscribe|sign up|log in) (?:now |today )?to (?:continue|keep) reading|already a (?:member|subscriber)|premium (?:members|subscribers) get)\b/i;
const MEDIA_CHROME = /\b(?:video will (?:play|begin|start)|your browser does not support|(?:enable|turn on) javascript|ad blocker)/i;
// a word every match of LEGAL, CHROME_ANYWHERE, UPSELL and MEDIA_CHROME holds
const CHROME_WORDS = /©|\(c\)|copyright|rights reserved|trademarks of|have not been evaluated|cookie|sign up for|subscribe to|privacy|terms of|your inbox|reading|become an? |already a |premium|video will|browser does not support|javascript|ad blocker/i;
const COMMENTS_COUNT = /^\d+\s+(?:comments?|replies|shares?|responses?)$/i;
const SOCIAL = new Set([
  'share', 'on', 'to', 'via', 'facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'pinterest', 'reddit', 'email', 'e', 'mail',
  'print', 'flipboard', 'tumblr', 'telegram', 'messenger', 'copy', 'link', 'sms', 'google', 'instagram', 'youtube', 'rss',
  'vk', 'weibo', 'wechat', 'line', 'pocket', 'comment', 'comments', 'save', 'opens', 'in', 'a', 'new', 'window', 'tab',
  'icon', 'logo', 'hatena', 'mastodon', 'threads', 'bluesky', 'gmail', 'feed', 'subscribe', 'follow', 'us', 'tweet',
]);
const TOKEN = /[\p{L}\p{N}]+/gu;
// menu separators: "Home | News | Sport", "Specs // Review // Photos", "Home › World › Asia"
const SEPARATOR = /\s(?:[|•·›»>]|\/\/)\s/;
const SEPARATOR_G = /\s(?:[|•·›»>]|\/\/)\s/g;
const EDGE_MARKS = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** Three or more short items (four words at most) between menu separators. */
export function isSeparatedMenu(visible: string): boolean {
  if (visible.length > 300 || !SEPARATOR.test(visible)) return false;
  const items = visible.split(SEPARATOR_G).map((x) => x.replace(EDGE_MARKS, '')).filter(Boolean);
  if (items.length < 3) return false;
  for (const item of items) if ((item.match(TOKEN)?.length ?? 0) > 4) return false;
  return true;
}

const propose = (score: number, reason: string): Proposal => ({role: 'boilerplate', score, reason, detector: 'chrome'});

/** A share-button word that names something (a network, "email", "print"), not "share" or "link". */
const isNamed = (w: string) => w.length > 3 && w !== 'share' && w !== 'copy' && w !== 'link' && w !== 'opens' && w !== 'window';
// Any of them, in any case: a line without one is no row of share buttons (tested first, as
// every short line of a page is asked). toLowerCase makes ASCII letters of ASCII ones and of
// the Kelvin sign only, which /i without `u` does not fold: that one is looked for apart
// (with `u`, the search was twice as slow)
const NAMED_WORD = new RegExp([...SOCIAL].filter(isNamed).join('|'), 'i');
const mayNameButton = (visible: string) => NAMED_WORD.test(visible) || visible.includes('\u212a');

/** Every word is a share-button or social-network name ("Facebook Twitter Email"). */
export function isShareButtons(visible: string): boolean {
  if (visible.length > 200 || !mayNameButton(visible)) return false;
  const words = visible.toLowerCase().match(TOKEN);
  if (!words || words.length > 30) return false;
  let named = 0;
  for (const w of words) {
    if (!SOCIAL.has(w)) return false;
    if (isNamed(w)) named++;
  }
  return named > 0;
}

export const chromeDetector: Detector = {
  name: 'chrome',
  propose(block) {
    const v = block.visible;
    if (!block.visibleChars || !/[\p{L}\p{N}]/u.test(v)) return propose(0.6, block.linkTargets ? 'only a link target' : 'no words');
    if (block.visibleChars <= 60 && CHROME_WHOLE.test(v)) return propose(0.9, 'known chrome phrase');
    if (block.visibleChars <= 200 && CHROME_START.test(v)) return propose(0.85, 'starts with a chrome phrase');
    // the four wording tests below search the whole line: up to 400 characters, where more
    // than one applies, one search for any of their words comes first
    const worded = block.visibleChars <= 400 ? CHROME_WORDS.test(v) : block.visibleChars <= 1000;
    if (worded && LEGAL.test(v)) return propose(0.8, 'a legal notice');
    if (block.visibleChars <= 40 && COMMENTS_COUNT.test(v)) return propose(0.9, 'a comment or share count');
    if (isShareButtons(v)) return propose(0.9, 'share buttons');
    if (isSeparatedMenu(v)) return propose(0.8, 'a menu of short items between separators');
    if (worded && block.visibleChars <= 200 && CHROME_ANYWHERE.test(v)) return propose(0.7, 'chrome wording');
    if (block.visibleChars <= 1000 && CONSENT.test(v)) return propose(0.85, 'a consent banner');
    if (worded && block.visibleChars <= 400 && UPSELL.test(v)) return propose(0.8, 'a paywall or membership upsell');
    if (worded && block.visibleChars <= 200 && MEDIA_CHROME.test(v)) return propose(0.8, 'media player or browser notice');
    if (block.listItem && block.linkTargets > 0 && block.visibleWords <= 4) return propose(0.55, 'a short navigation link');
    return null;
  },
};
