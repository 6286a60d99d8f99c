import type {Byline} from '../schema/article.js';
import type {Span} from '../schema/span.js';
import {visibleText} from '../roles/features.js';
import type {RoledBlock} from '../roles/index.js';
import {nameLineFeatures, nameLineNone, type NameLineCandidate} from '../model/features.js';
import {activeModel, linearScore} from '../model/infer.js';
import type {FieldContext} from './types.js';

/** Characters a line of names may have. */
const MAX_CHARS = 80;
/** Names a line may list. */
const MAX_NAMES = 4;
/** Blocks before and after the headline (or the body's start) where a name line is looked for. */
const BEFORE = 6;
const AFTER = 12;
/** Blocks before and after the body's last block where an author's box is looked for. */
const END_BEFORE = 2;
const END_AFTER = 8;

// names are listed with commas, "&", slashes, bars, or "and" in the languages of the dev data and a few more
const NAME_SEPARATOR = /\s*[,&/|;]\s*|\s+(?:and|und|et|y|e|i|og|en|och|and)\s+/iu;
const PARTICLE = /^(?:von|van|de|der|den|da|del|della|di|du|la|le|zu|bin|al|dos|das|ter|ten|mc)$/u;
const INITIAL = /^\p{Lu}\.$/u;
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
const HYPHENATED = /\p{L}-\p{L}/u;
// words that make a capitalised line a menu entry or a section label, not a name (a list we wrote)
const NOT_NAME = new Set([
  'by', 'the', 'of', 'for', 'in', 'on', 'to', 'with', 'our', 'your', 'my', 'all', 'new', 'how', 'what', 'why', 'more', 'most',
  'news', 'home', 'top', 'read', 'privacy', 'policy', 'terms', 'contact', 'about', 'share', 'follow', 'subscribe', 'sign',
  'login', 'search', 'menu', 'latest', 'stories', 'story', 'articles', 'article', 'related', 'video', 'videos', 'photos',
  'world', 'business', 'sport', 'sports', 'politics', 'opinion', 'weather', 'life', 'style', 'culture', 'tech', 'science',
  'health', 'travel', 'food', 'arts', 'entertainment', 'local', 'national', 'international', 'economy', 'markets', 'media',
  'real', 'estate', 'edition', 'print', 'page', 'comments', 'comment', 'reply', 'blog', 'posts', 'post', 'archive', 'tags',
  'categories', 'category', 'newsletter', 'cookie', 'cookies', 'settings', 'account', 'log', 'free', 'trial', 'shop', 'store',
  'nachrichten', 'startseite', 'kontakt', 'impressum', 'datenschutz', 'suche', 'mehr', 'über', 'uns', 'der', 'die', 'das',
  'aktuell', 'aktuelles', 'politik', 'wirtschaft', 'kultur', 'wissen', 'lokales', 'accueil', 'actualités', 'recherche',
  'inicio', 'noticias', 'buscar', 'notizie', 'cerca', 'university', 'universität', 'press', 'review', 'magazine', 'online',
  'next', 'previous', 'prev', 'older', 'newer', 'back', 'print', 'close', 'open', 'pages', 'topics', 'topic', 'view', 'see',
  'show', 'author', 'authors', 'editor', 'editors', 'staff', 'writer', 'reporter', 'correspondent', 'photo', 'image',
  'images', 'source', 'map', 'download', 'pdf', 'logo', 'team', 'office', 'department', 'group', 'company', 'services',
  'karte', 'medien', 'kommentieren', 'kommentar', 'kommentare', 'nächste', 'nächster', 'vorherige', 'vorheriger', 'alle',
  'artikel', 'beiträge', 'beitrag', 'neueste', 'vorschau', 'veröffentlicht', 'vom', 'ähnliche', 'weitere', 'zurück',
  'weiter', 'teilen', 'drucken', 'schließen', 'menü', 'seite', 'themen', 'thema', 'autor', 'autoren', 'redaktion', 'quelle',
  'bild', 'foto', 'fotos', 'gruß', 'grüße', 'orte', 'anzeige', 'werbung', 'abonnieren', 'anmelden', 'registrieren',
  'précédent', 'suivant', 'partager', 'commentaires', 'auteur', 'siguiente', 'anterior', 'compartir', 'autor',
]);

/** The names a line lists when it reads as nothing but names ("Jane Doe", "JANE DOE, JOHN ROE"), else null. */
export function namesOfLine(visible: string): string[] | null {
  const line = visible.replace(/:$/, '').trim();
  if (!line || line.length > MAX_CHARS || /\d|[!?@#…"“”«»()[\]]/u.test(line)) return null;
  // a name printed twice in a row (the link text and the name) is one name
  const parts = [...new Set(line.split(NAME_SEPARATOR).map((p) => halfRepeat(p.trim())).filter(Boolean))];
  if (!parts.length || parts.length > MAX_NAMES) return null;
  for (const p of parts) {
    const words = p.split(/\s+/);
    if (words.length < 2 || words.length > 4) return null;
    if (PARTICLE.test(words[0]!)) return null;
    let named = 0;
    for (const w of words) {
      if (PARTICLE.test(w)) continue;
      if (NOT_NAME.has(w.toLowerCase())) return null;
      if (!NAME_WORD.test(w) && !INITIAL.test(w)) return null;
      if (!INITIAL.test(w)) named++;
    }
    if (named < 1) return null;
  }
  return parts;
}

/** "Jane Doe Jane Doe" -> "Jane Doe". */
function halfRepeat(p: string): string {
  const words = p.split(/\s+/);
  if (words.length % 2 || words.length < 4) return p;
  const half = words.length / 2;
  return words.slice(0, half).join(' ') === words.slice(half).join(' ') ? words.slice(0, half).join(' ') : p;
}

export interface NameLine {
  index: number;
  names: string[];
  visible: string;
  candidate: NameLineCandidate;
}

/** Every name-shaped short line near the top of the article, with the model's features. Pure. */
export function nameLineCandidates(blocks: readonly RoledBlock[]): NameLine[] {
  const headline = blocks.findIndex((b) => b.role === 'headline');
  const body = blocks.findIndex((b) => b.role === 'body');
  const anchor = headline >= 0 ? headline : body;
  if (anchor < 0) return [];
  let lastBody = -1;
  for (let i = blocks.length - 1; i >= 0; i--) if (blocks[i]!.role === 'body') { lastBody = i; break; }
  // near the top, and right after the text (an author's box under the article)
  const near = (i: number) => (i >= anchor - BEFORE && i <= anchor + AFTER) || (lastBody >= 0 && i >= lastBody - END_BEFORE && i <= lastBody + END_AFTER);
  const found: NameLine[] = [];
  for (let i = Math.max(0, anchor - BEFORE); i < blocks.length && i <= Math.max(anchor + AFTER, lastBody + END_AFTER); i++) {
    if (!near(i)) continue;
    const b = blocks[i]!;
    if (b.segment.text.length > MAX_CHARS * 4) continue;
    const {visible, targets} = visibleText(b.segment.text);
    const names = namesOfLine(visible);
    if (!names) continue;
    const words = visible.split(/\s+/).filter(Boolean);
    let dateNear = false;
    for (let k = Math.max(0, i - 2); k <= i + 2 && k < blocks.length; k++) if (k !== i && blocks[k]!.role === 'dateline') dateNear = true;
    let repeats = 0;
    for (const o of blocks) if (o.segment.text.length <= MAX_CHARS * 4 && o.segment.text.includes(visible)) repeats++;
    found.push({
      index: i,
      names,
      visible,
      candidate: {
        names: names.length, words: words.length, chars: visible.length,
        allCaps: visible === visible.toUpperCase() && visible !== visible.toLowerCase(),
        particle: words.some((w) => PARTICLE.test(w)), initial: words.some((w) => INITIAL.test(w)), hyphen: HYPHENATED.test(visible),
        linked: targets > 0, colon: visible.endsWith(':'), role: b.role,
        fromHeadline: headline >= 0 ? i - headline : null, toBody: body >= 0 ? body - i : null, fromBodyEnd: lastBody >= 0 ? i - lastBody : null,
        dateNear, repeats, order: 0, candidates: 0,
      },
    });
  }
  found.forEach((c, k) => {
    c.candidate.order = k;
    c.candidate.candidates = found.length;
  });
  return found;
}

/**
 * A byline that is only a line of names, read when the byline reader found none: the
 * committed model ranks each name-shaped line near the headline or right after the text (its
 * place, its shape, the role the rules gave it) against "none of them"; the winner is the byline.
 */
export function extractNameLineByline(ctx: FieldContext): Byline | null {
  const model = activeModel().nameLine;
  if (!model) return null;
  let best: NameLine | null = null;
  // "none of them" is ranked too: a line must beat it
  let bestScore = linearScore(model, nameLineNone());
  for (const c of nameLineCandidates(ctx.blocks)) {
    const s = linearScore(model, nameLineFeatures(c.candidate));
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  if (!best) return null;
  const seg = ctx.blocks[best.index]!.segment;
  const span: Span = {start: seg.start, end: seg.end};
  return {text: best.visible, authors: best.names, span};
}
