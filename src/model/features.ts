/**
 * Features of a headline candidate: one pure function used by inference (roles/refine-headline)
 * and by training (scripts/train.mjs), so the two cannot drift apart. The rule's own score and
 * decision are features too: the model stacks on the rules and learns where they fail.
 *
 * Word features are hashed into a few buckets (no text is kept in the model), or drawn from
 * the small lists written here.
 */

/** Bump on any change to what `headlineFeatures` computes; the weights file must match. */
export const FEATURE_VERSION = 'headline-2+name-line-4';

/** What the headline refiner knows about one candidate block. */
export interface HeadlineCandidate {
  /** The block's visible text (no link targets, bullet or heading mark). */
  visible: string;
  visibleWords: number;
  visibleChars: number;
  cjk: boolean;
  capitalRatio: number;
  allCaps: boolean;
  /** Markdown heading level, 0 when none. */
  heading: number;
  repeats: number;
  linkTargets: number;
  listItem: boolean;
  endsSentence: boolean;
  sentences: number;
  /** Text-like blocks between it and the next strong paragraph. */
  between: number;
  /** Dice similarity of its words with the URL slug's, 0 without a slug. */
  slugSim: number;
  /** The URL has a slug of two words or more. */
  hasSlug: boolean;
  /** A byline or date sits right under it. */
  credited: boolean;
  /** It lies inside the body run (a title-like first paragraph). */
  inBody: boolean;
  /** Blocks from it to the body's first block (negative inside the body). */
  toBody: number;
  /** Its index among the page's blocks, and the page's block count. */
  index: number;
  blocks: number;
  /** The rule's score, and whether the rule ranks it first / its rank among candidates (0 = first). */
  ruleScore: number;
  ruleRank: number;
  /** The best rule score on the page minus this one (0 for the rule's pick). */
  ruleGap: number;
  /** Its position among the page's candidates (0 = first) and the candidate count. */
  order: number;
  candidates: number;
  /** Words it shares with any other block on the page (a title printed again, longer, as a teaser or the <title>). */
  prefixOfOther: boolean;
  /** Blocks from the rule's pick to it (positive: it comes after the pick), 0 for the pick. */
  fromRulePick: number;
  /** The rule's pick has fewer words than it. */
  longerThanRulePick: boolean;
  /** Another candidate sits right before / right after it. */
  candidateBefore: boolean;
  candidateAfter: boolean;
  /** Its slug similarity is the page's highest (and above 0). */
  bestSlug: boolean;
}

// the separators a page title puts between the headline and the site name
const SITE_SEPARATOR = /\s[|–—-]\s|\s[|:»·]\s?|\s::\s/u;
// a credit, a date or a section label rather than a title, in the languages of the dev data and a few more
const CREDIT_WORDS = /^(?:by|von|par|por|di|door|av|af|written by|posted|published|updated|veröffentlicht|aktualisiert|publié|mis à jour|publicado|pubblicato)\b/iu;
const CHROME_WORDS = /^(?:home|menu|search|login|log in|sign in|subscribe|newsletter|share|startseite|suche|anmelden|accueil|recherche|inicio|buscar|cookies?)\b/iu;
const DIGITS = /\d/g;
const LOWER_START = /^\p{Ll}/u;
const QUESTION = /[?？]$/u;
const COLON = /[:：]/u;
const QUOTE = /["“”„«»]/u;

const HASH_BUCKETS = 16;

/** A stable 32-bit FNV-1a hash of a string. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The names of the features, in the order `headlineFeatures` returns them. */
export const HEADLINE_FEATURE_NAMES: readonly string[] = [
  'bias',
  'ruleScore', 'ruleTop', 'ruleRank', 'ruleGap',
  'order', 'orderFromEnd', 'lastCandidate',
  'between0', 'betweenLog', 'credited', 'inBody', 'toBodyLog', 'toBody0', 'relIndex',
  'slugSim', 'slugHigh', 'hasSlug',
  'heading1', 'headingN', 'allCaps', 'repeats', 'capitalRatio', 'lowerStart',
  'wordsLog', 'words4to25', 'wordsOver25', 'charsLog', 'cjk',
  'endsSentence', 'endsQuestion', 'sentences', 'colon', 'quote', 'siteSeparator',
  'listItem', 'linkTargets', 'digitShare', 'creditWords', 'chromeWords', 'prefixOfOther',
  'afterRulePick1', 'beforeRulePick1', 'fromRulePickLog', 'longerThanRulePick', 'nextToPickAndLonger',
  'candidateBefore', 'candidateAfter', 'bestSlug',
  ...Array.from({length: HASH_BUCKETS}, (_, k) => `firstWord#${k}`),
];

/** One candidate -> numbers (see HEADLINE_FEATURE_NAMES). Pure. */
export function headlineFeatures(c: HeadlineCandidate): number[] {
  const size = c.cjk ? c.visibleChars / 2 : c.visibleWords;
  const chars = Math.max(1, c.visible.length);
  const digits = c.visible.match(DIGITS)?.length ?? 0;
  const x = [
    1,
    clamp(c.ruleScore, -5, 10) / 5, c.ruleRank === 0 ? 1 : 0, Math.log1p(c.ruleRank), clamp(c.ruleGap, 0, 10) / 5,
    Math.log1p(c.order), Math.log1p(c.candidates - 1 - c.order), c.order === c.candidates - 1 ? 1 : 0,
    c.between === 0 ? 1 : 0, Math.log1p(c.between), c.credited ? 1 : 0, c.inBody ? 1 : 0,
    Math.sign(c.toBody) * Math.log1p(Math.abs(c.toBody)), c.toBody === 1 ? 1 : 0, c.blocks ? c.index / c.blocks : 0,
    c.slugSim, c.slugSim >= 0.5 ? 1 : 0, c.hasSlug ? 1 : 0,
    c.heading === 1 ? 1 : 0, c.heading > 1 ? 1 : 0, c.allCaps ? 1 : 0, c.repeats > 1 ? 1 : 0, c.capitalRatio, LOWER_START.test(c.visible) ? 1 : 0,
    Math.log1p(size), size >= 4 && size <= 25 ? 1 : 0, size > 25 ? 1 : 0, Math.log1p(c.visibleChars) / 5, c.cjk ? 1 : 0,
    c.endsSentence ? 1 : 0, QUESTION.test(c.visible) ? 1 : 0, Math.min(3, c.sentences) / 3, COLON.test(c.visible) ? 1 : 0, QUOTE.test(c.visible) ? 1 : 0,
    SITE_SEPARATOR.test(c.visible) ? 1 : 0,
    c.listItem ? 1 : 0, Math.min(3, c.linkTargets) / 3, digits / chars, CREDIT_WORDS.test(c.visible) ? 1 : 0, CHROME_WORDS.test(c.visible) ? 1 : 0,
    c.prefixOfOther ? 1 : 0,
    c.fromRulePick === 1 ? 1 : 0, c.fromRulePick === -1 ? 1 : 0, Math.sign(c.fromRulePick) * Math.log1p(Math.abs(c.fromRulePick)),
    c.longerThanRulePick ? 1 : 0, Math.abs(c.fromRulePick) === 1 && c.longerThanRulePick ? 1 : 0,
    c.candidateBefore ? 1 : 0, c.candidateAfter ? 1 : 0, c.bestSlug ? 1 : 0,
  ];
  const hashed = new Array<number>(HASH_BUCKETS).fill(0);
  const first = /^[\p{L}\p{N}]+/u.exec(c.visible.toLowerCase())?.[0];
  if (first) hashed[hashString(first) % HASH_BUCKETS] = 1;
  return [...x, ...hashed];
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

/** What the name-line reader knows about a short block that is shaped like a list of names. */
export interface NameLineCandidate {
  /** The names the line would give. */
  names: number;
  words: number;
  chars: number;
  allCaps: boolean;
  /** A lower-case particle (von, de, van...), an initial ("J."), a hyphenated name. */
  particle: boolean;
  initial: boolean;
  hyphen: boolean;
  /** The line carries a link (an author page) or ends with a colon. */
  linked: boolean;
  colon: boolean;
  /** The role the rules gave it. */
  role: string;
  /** Blocks from the headline to it (null without a headline) and from it to the body's first block. */
  fromHeadline: number | null;
  toBody: number | null;
  /** Blocks from the body's last block to it (null without a body). */
  fromBodyEnd: number | null;
  /** A date line sits within two blocks of it. */
  dateNear: boolean;
  repeats: number;
  /** Its order among the page's name-shaped lines and their count. */
  order: number;
  candidates: number;
}

const NAME_ROLES = ['other', 'body', 'byline', 'dateline', 'boilerplate', 'headline', 'dek', 'caption', 'related'];

/** The names of the features, in the order `nameLineFeatures` returns them. */
export const NAME_LINE_FEATURE_NAMES: readonly string[] = [
  'bias', 'names1', 'namesMany', 'words1', 'words2', 'words3', 'words4plus', 'charsLog', 'allCaps',
  'particle', 'initial', 'hyphen', 'linked', 'colon',
  ...NAME_ROLES.map((r) => `role=${r}`),
  'hasHeadline', 'afterHeadline1', 'afterHeadline2to4', 'afterHeadline5plus', 'beforeHeadline', 'fromHeadlineLog',
  'hasBody', 'beforeBody1', 'beforeBody2to5', 'inBody', 'toBodyLog',
  'dateNear', 'repeats', 'first', 'orderLog', 'candidatesLog',
  'afterBodyEnd', 'fromBodyEndLog', 'atBodyEnd',
  'none',
];

/** The row for "none of these lines is the byline": the model ranks it with the lines. */
export function nameLineNone(): number[] {
  const x = new Array<number>(NAME_LINE_FEATURE_NAMES.length).fill(0);
  x[0] = 1;
  x[x.length - 1] = 1;
  return x;
}

/** One name-shaped line -> numbers (see NAME_LINE_FEATURE_NAMES). Pure. */
export function nameLineFeatures(c: NameLineCandidate): number[] {
  const fh = c.fromHeadline;
  const tb = c.toBody;
  return [
    1, c.names === 1 ? 1 : 0, c.names > 1 ? 1 : 0,
    c.words === 1 ? 1 : 0, c.words === 2 ? 1 : 0, c.words === 3 ? 1 : 0, c.words >= 4 ? 1 : 0, Math.log1p(c.chars) / 4, c.allCaps ? 1 : 0,
    c.particle ? 1 : 0, c.initial ? 1 : 0, c.hyphen ? 1 : 0, c.linked ? 1 : 0, c.colon ? 1 : 0,
    ...NAME_ROLES.map((r) => (c.role === r ? 1 : 0)),
    fh === null ? 0 : 1, fh === 1 ? 1 : 0, fh !== null && fh >= 2 && fh <= 4 ? 1 : 0, fh !== null && fh >= 5 ? 1 : 0, fh !== null && fh < 0 ? 1 : 0,
    fh === null ? 0 : Math.sign(fh) * Math.log1p(Math.abs(fh)),
    tb === null ? 0 : 1, tb === 1 ? 1 : 0, tb !== null && tb >= 2 && tb <= 5 ? 1 : 0, tb !== null && tb <= 0 ? 1 : 0,
    tb === null ? 0 : Math.sign(tb) * Math.log1p(Math.abs(tb)),
    c.dateNear ? 1 : 0, c.repeats > 1 ? 1 : 0, c.order === 0 ? 1 : 0, Math.log1p(c.order), Math.log1p(c.candidates),
    c.fromBodyEnd !== null && c.fromBodyEnd > 0 ? 1 : 0, c.fromBodyEnd === null ? 0 : Math.sign(c.fromBodyEnd) * Math.log1p(Math.abs(c.fromBodyEnd)),
    c.fromBodyEnd !== null && Math.abs(c.fromBodyEnd) <= 2 ? 1 : 0,
    0,
  ];
}
