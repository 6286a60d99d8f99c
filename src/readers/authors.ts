import {memoByText} from '../nlp/memo.js';
import {singleSpaced} from '../blocks/white-space.js';
import * as chrono from 'chrono-node';
import {mayStateDay, strictDates} from './strict-dates.js';
import {alternation, LANGUAGE_WORDS} from './language-words.js';

/**
 * Reading author names out of a byline's text. Scraped bylines carry much more than names:
 * a "By" lead, dates, roles ("Senior Staff Writer"), link targets (`Name [/author/x]`),
 * handles, e-mail addresses, "Follow" buttons, the outlet after a comma. This module keeps
 * the names and drops the rest. It knows nothing about blocks: see fields/byline.ts.
 */

/** How the byline names its authors; `explicit` has a lead such as "By" or "Author:". */
export type BylineShape = 'explicit' | 'name-date' | 'name-role' | 'name';

export interface BylineReading {
  authors: string[];
  shape: BylineShape;
}

// html-to-text writes `anchor [https://...]`, `[/path]`, `[//host/...]`, `[data:...]`
const LINK_TARGET = /\s?\[ ?(?:https?:|mailto:|data:|\/|#)[^\]\s]*\]/g;
const URL = /\b(?:https?:\/\/|www\.)\S+|javascript:\S*/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const HANDLE = /(?:^|\s)@\w+/g;

const URL_HINT = /:\/\/|www\.|javascript:/;
const EMPTY_BRACKETS = /\[\s*\]/g;
const DIGIT_BEFORE_WORD = /(\d)(?=\p{Lu}\p{Ll})/gu; // "2021April 9" -> "2021 April 9"
// what any step below would change: "[", "@", a URL, spaces to fold or trim (without `u`,
// a fifth faster), or a digit before a capital (a capital is A-Z or past U+00C0: tested so
// first, as in MAY_LOWER_THEN_UPPER below)
const NEEDS_CLEANING_MARK = /[[@]|:\/\/|www\.|javascript:|\s\s|[^\S ]|^\s|\s$/;
const MAY_DIGIT_BEFORE_CAPITAL = /\d[A-Z\u00c0-\uffff]/;
const DIGIT_BEFORE_CAPITAL = /\d\p{Lu}/u;
/** Whether cleanBylineText would change anything in `text` (when false, it returns `text` itself). */
export const needsCleaning = (text: string) => NEEDS_CLEANING_MARK.test(text) || (MAY_DIGIT_BEFORE_CAPITAL.test(text) && DIGIT_BEFORE_CAPITAL.test(text));

/** The text with link targets, URLs, e-mail addresses and handles taken out. */
export function cleanBylineText(text: string): string {
  // every line of a page comes through here, several times: most have nothing to clean (one
  // test for all of it)
  return needsCleaning(text) ? cleanNeeded(text) : text;
}

/** cleanBylineText of a text needsCleaning has said yes to; each replace runs only when the text has what it replaces. */
export function cleanNeeded(text: string): string {
  let t = text;
  if (t.includes('[')) t = t.replace(LINK_TARGET, ' ');
  if (t.includes('@')) t = t.replace(EMAIL, ' ').replace(HANDLE, ' ');
  if (URL_HINT.test(t)) t = t.replace(URL, ' ');
  if (t.includes('[')) t = t.replace(EMPTY_BRACKETS, ' ');
  if (/\d/.test(t)) t = t.replace(DIGIT_BEFORE_WORD, '$1 ');
  return singleSpaced(t).trim();
}

// "By", "Written by", "Reporting by", "Author:", the French, Spanish, German "by", and the
// Japanese labels for the writer; on a page in another language, its own (language-words.ts)
const LEAD_WORDS = 'by|par|por|von';
const LABEL_WORDS = 'authors?|writer|written|byline|reporter|text|words';
const leadPattern = (leads: string, labels: string) => new RegExp(`^(?:(?:written|reported|posted|story|words|text|compiled|reporting|additional reporting|writing|edited|editing|article)\\s+)?(?:${leads})(?![\\p{L}\\p{N}])\\s*:?\\s*|^(?:${labels})\\s*[:：]\\s*|^(?:著者|筆者|文|記者|投稿者|執筆)\\s*[:：●]?\\s*`, 'iu');
const LEAD = leadPattern(LEAD_WORDS, LABEL_WORDS);
// What every explicit byline holds (the lead words, "by" before the names, a credit line's
// ";", a bracketed credit): none of the words has an "s" or "k", so /i matches them as
// LEAD's /iu does
const BYLINE_MARK = /by|par|por|von|author|writer|written|byline|reporter|text|word|著者|筆者|文|記者|投稿者|執筆|[;[【［]/i;
const JOIN = /\s*(?:,|;|&|\band\b|\bet\b|\bund\b|\by\b|、|，|・)\s*/iu;

/** The patterns a byline is read with on a page in `language`: the base ones and the language's own words. */
export interface BylineWords {
  lead: RegExp;
  mark: RegExp;
  join: RegExp;
}
const BASE_WORDS: BylineWords = {lead: LEAD, mark: BYLINE_MARK, join: JOIN};
const wordsByLanguage = new Map<string, BylineWords>();

export function bylineWords(language: string | null | undefined): BylineWords {
  const own = language ? LANGUAGE_WORDS[language] : undefined;
  if (!own) return BASE_WORDS;
  let words = wordsByLanguage.get(language!);
  if (!words) {
    const leads = alternation([...LEAD_WORDS.split('|'), ...(own.leads ?? [])]);
    const labels = alternation([...'author|authors|writer|written|byline|reporter|text|words'.split('|'), ...(own.labels ?? [])]);
    const extra = [...(own.leads ?? []), ...(own.labels ?? [])];
    const joins = own.joins?.length ? `|(?<![\\p{L}\\p{N}])(?:${alternation(own.joins)})(?![\\p{L}\\p{N}])` : '';
    words = {
      lead: leadPattern(leads, labels),
      mark: new RegExp(`${BYLINE_MARK.source}${extra.length ? `|${alternation(extra)}` : ''}`, 'iu'),
      join: new RegExp(`\\s*(?:,|;|&|\\band\\b|\\bet\\b|\\bund\\b|\\by\\b|、|，|・${joins})\\s*`, 'iu'),
    };
    wordsByLanguage.set(language!, words);
  }
  return words;
}

// credit verbs glued to or ending the text before a mid-line "by": "All IndiaEdited by ..."
const CREDIT_VERB = /(?:written|posted|edited|reported|reporting|compiled|published|story|words|text)\s*$/i;
const MID_BY = /(?:^|[\s\p{Ll},|•·-])by(?:\s*:)?\s+(?=[\p{Lu}\p{Lo}])/giu;

// words that end the names: labels, buttons and what follows a name on a byline line
const STOP = /\b(?:published|updated|last updated|posted|modified|filed|follow|view author|view all|more stories|more from|more by|see all|e-?mail|contact|comments?|share|bio|profile|read more|subscribe)\b|\b(?:twitter|facebook|linkedin|instagram)/i;
const ROLE_WORDS = 'senior|staff|chief|contributing|contributor|correspondent|editor|editors|editorial|writer|reporter|columnist|associate|deputy|managing|executive|freelance|photographer|producer|analyst|technologist|director|manager|president|officer|intern|fellow|professor|researcher|specialist|head|lead|host|anchor|journalist|critic|assistant|founder|ceo|cto|guest|special|national|foreign|bureau|health news|news desk|desk|team|newsroom|md|phd|mph|rn|dr';
const ROLE = new RegExp(`(?:^|\\s)(?:${ROLE_WORDS})\\b`, 'i');
const MONTH_OR_DAY = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday';
// a capitalised word at which the names end (see unglue): a role, a label, a month, a weekday
const ENDS_NAME = new RegExp(`^(?:${ROLE_WORDS}|${MONTH_OR_DAY}|edited|email|${STOP.source.replace(/\\b/g, '')})$`, 'i');
// a lower-case letter followed by a capital ("McDonald", "HusbandTwitter")
const LOWER_THEN_UPPER = /\p{Ll}\p{Lu}/u;
// A cheaper test first, for most lines have no such pair: a lower-case letter is a-z or past
// U+00B5 and a capital A-Z or past U+00C0 (a surrogate pair's halves are past both). The
// Unicode classes cost a search through hundreds of ranges at every character; this one, two
// comparisons (it halved the cost of the test over a page's lines).
const MAY_LOWER_THEN_UPPER = /[a-z\u00b5-\uffff][A-Z\u00c0-\uffff]/;
/** Whether a lower-case letter is followed by a capital somewhere in `text` ("McDonald", "HusbandTwitter"). */
export const hasLowerThenUpper = (text: string) => MAY_LOWER_THEN_UPPER.test(text) && LOWER_THEN_UPPER.test(text);
/**
 * Words a renderer glued together by dropping the line break or space between them
 * ("Jane DoeStaff Writer", "John RoeUpdated", "Jane DoeJanuary 5"), spaced apart. A glue
 * point is a lower-case letter followed by a capitalised word inside one token, and it is
 * split where that word is one the reader stops a name at anyway when it stands apart: a
 * role (ROLE_WORDS), a label or button (STOP), a month or a weekday. Other capitals inside
 * a token are a name's or a brand's own ("McDonald", "DeShawn", "IntelliNews"). Looked for
 * only where a capital follows a lower-case letter.
 */
const unglue = (text: string) => (hasLowerThenUpper(text) ? text.replace(TOKEN_WITH_CAPS, ungluedToken) : text);
const TOKEN_WITH_CAPS = /[\p{L}'’]*\p{Ll}\p{Lu}[\p{L}'’]*/gu;
const GLUE_POINT = /\p{Ll}(?=(\p{Lu}\p{Ll}*))/gu;
function ungluedToken(token: string): string {
  let out = '';
  let last = 0;
  for (const m of token.matchAll(GLUE_POINT)) {
    if (!ENDS_NAME.test(m[1]!)) continue;
    const cut = m.index + 1;
    out += `${token.slice(last, cut)} `;
    last = cut;
  }
  return last ? out + token.slice(last) : token;
}
// contributions that do not make an author: "(photography)", "(illustration)"
const NOT_AUTHOR = /^(?:photo(?:graph)?s?|photography|illustrations?|video|graphics?|translation|translated|design|data|map|art)$/i;
const PARTICLE = /^(?:de|da|das|do|dos|di|du|del|della|der|den|van|von|la|le|lo|al|el|bin|ibn|ten|ter|y|st\.?|mc|mac)$/i;
const FUNCTION_WORD = /^(?:the|a|an|and|or|of|to|in|on|at|by|for|with|from|you|your|our|we|us|this|that|these|is|are|was|be|it|its|not|no|all|any|more|most|using|clicking|continuing|signing|visiting|accept|agree|subscribing|default|using|read|see|view|click|here|now|today|yesterday|home|menu|news|search|log|sign|up)$/i;
const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const CJK_NAME = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー・]+$/u;
// a separator after which a byline line goes on to other things: " | ", " / ", " - ", " — "
const SEPARATOR = /\s*[|/•·／]\s*|\s+[-–—]+\s*|[–—]/;
// words that make a short capitalised line a menu item or a label, not a name
const NOT_NAME = /^(?:privacy|policy|terms|cookies?|newsletters?|subscribe|advertisement|sponsored|menu|search|login|register|account|home|sections?|comments?|share|related|trending|popular|latest|videos?|photos?|podcasts?|opinion|politics|business|sports?|entertainment|world|technology|science|health|culture|style|travel|blog|archives?|categories|tags|edition|magazine|press|follow|read|more|next|previous|top|stories|story|live|update|breaking|weather|contact|about|help|support|services?|products?|shop|store|news|media|games|lifestyle|food|music|books|arts?|education|markets?|economy|finance|money|author|authors|editor|staff|view|all|sign|in|out|skip|main|content|page|site|map|rss|feed|jobs|careers|events|local|national|international)$/i;

/** A person or an organisation written as a name: capitalised words, particles, CJK. */
export function isNameShaped(part: string, {loose = false} = {}): boolean {
  const s = part.trim();
  if (s.length < 2 || s.length > 60) return false;
  if (/\d/.test(s)) return false;
  if (CJK.test(s)) return CJK_NAME.test(s) && s.length <= 12;
  const words = s.split(/\s+/);
  if (words.length > 6) return false;
  let capitals = 0;
  if (!loose && (words.some((w) => NOT_NAME.test(w)) || /^the$/i.test(words[0]!))) return false;
  for (const [i, w] of words.entries()) {
    if (!/^[\p{L}][\p{L}'’.-]*$/u.test(w)) return false;
    if (/^\p{Lu}/u.test(w) || /\p{Ll}\p{Lu}/u.test(w)) {
      capitals++;
      continue;
    }
    if (FUNCTION_WORD.test(w)) return false;
    if (i > 0 && PARTICLE.test(w)) continue;
    // "bne IntelliNews": a short lower-case word next to a capitalised one, after an explicit lead
    if (loose && w.length <= 4) continue;
    return false;
  }
  return capitals > 0 && (loose || /^[\p{Lu}]/u.test(words[0]!));
}

// How a person's name starts the text. Every name the `name`, `name-role` and `name-date`
// shapes accept is a prefix of the text (cut at a date, separator, label or role) that
// isNameShaped reads as two to four words, the first capitalised and no menu word, the
// others capitalised or particles; or as Chinese or Japanese only.
const CJK_NAME_START = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー・]/u;
const CAPITALISED_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
// what starts every particle (de, della, van, bin, st., mac ...)
const PARTICLE_START = /^(?:d[aeiou]|van|von|l[aeo]|al|el|bin|ibn|te[nr]|y|st|ma?c)/i;

/**
 * Whether `text` (trimmed, single spaces) can start with such a name: a first word that is
 * capitalised letters and no menu word, then a second word that is capitalised, has a
 * capital inside ("McDonald"), or starts as a particle does; or a Chinese or Japanese
 * character. Reading the rest of a line (a date search, separators, roles) is for lines
 * that pass; prose ("The council said ...", "Officials said ...") does not.
 */
function mayStartName(text: string): boolean {
  // an ASCII first character is a capital A-Z (NAME_FIRST passed), not a CJK one
  if (text.charCodeAt(0) >= 0x80 && CJK_NAME_START.test(text)) return true;
  // the first two words: single spaces, none at the ends, so /^(\S+) (\S+)/ without the match
  const gap = text.indexOf(' ');
  if (gap < 0) return false;
  const first = text.slice(0, gap);
  if (!CAPITALISED_WORD.test(first) || NOT_NAME.test(first) || isThe(first)) return false;
  const next = text.indexOf(' ', gap + 1);
  const second = text.slice(gap + 1, next < 0 ? text.length : next);
  const c = second.charCodeAt(0);
  if (c >= 0x41 && c <= 0x5a) return true; // A-Z
  return (c >= 0x80 && /^\p{Lu}/u.test(second)) || hasLowerThenUpper(second) || PARTICLE_START.test(second);
}
const isThe = (word: string) => word.length === 3 && word.toLowerCase() === 'the';

/** The text (single spaces, none at the ends) up to the end of its second word. */
function firstTwoWords(text: string): string {
  const gap = text.indexOf(' ');
  const end = gap < 0 ? -1 : text.indexOf(' ', gap + 1);
  return end < 0 ? text : text.slice(0, end);
}
// its first character (ungluing words only adds spaces after a lower-case letter)
const NAME_FIRST = /^[\p{Lu}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー・]/u;

const WEEKDAY_TIME = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s\d{1,2}[:.]\d{2}/;

/** Offset where the first full date (or time) in `text` starts, or -1. */
function dateIndex(text: string, {dayOnly = false} = {}): number {
  if (!/\d/.test(text)) return -1;
  const ref = new Date(Date.UTC(2000, 0, 1));
  // a date with a known day, or a time: without a sign of a day, the times are all there is
  const r = /\d\s?[年月]/.test(text) ? chrono.ja.parse(text, ref) : dayOnly && !mayStateDay(text) ? [] : strictDates(text);
  const first = r.find((x) => x.start.isCertain('day') || (!dayOnly && x.start.isCertain('hour')));
  // "Friday 11:40AM": chrono's strict mode leaves a weekday with a time alone
  const weekday = WEEKDAY_TIME.exec(text);
  if (weekday && (!first || weekday.index < first.index)) return weekday.index;
  return first ? first.index : -1;
}

/** `text` up to the first match of `re` (which never matches the empty string): `text.split(re)[0]` without the array. */
function upTo(text: string, re: RegExp): string {
  const at = text.search(re);
  return at < 0 ? text : text.slice(0, at);
}

/** Cut the names part of a byline at the first date, separator, label or role. */
function namesPart(text: string): string {
  let s = unglue(text);
  const at = dateIndex(s);
  if (at >= 0) s = s.slice(0, at);
  const stop = STOP.exec(s);
  if (stop) s = s.slice(0, stop.index);
  s = upTo(s, SEPARATOR);
  s = s.replace(/\s+(?:on|at|in|updated|published|posted|-|–|—|,)\s*$/i, '');
  return s.replace(/[\s,;:|/•·–—-]+$/, '').trim();
}

/** "Jane Doe, Senior Writer" -> "Jane Doe"; "Sam Stein Senior Politics Editor" -> "Sam Stein". */
function dropRole(part: string): string {
  const m = ROLE.exec(part);
  if (!m) return part.trim();
  return part.slice(0, m.index).trim();
}

/** Split a names part into author names: commas, "and", "&", "et", ";". */
export function splitNames(names: string, {loose = false, join = JOIN}: {loose?: boolean; join?: RegExp} = {}): string[] {
  const out: string[] = [];
  const extra: string[] = [];
  // "(reporting)", "(photography)", "(avec X et Y)", "(with inputs from Agencies)"
  const parts = names
    .replace(/\(\s*(?:avec|with)\s+([^()]{2,120})\)/gi, (_w, inner: string) => {
      if (!/\b(?:inputs?|agencies|wires?)\b/i.test(inner)) extra.push(inner);
      return ' ';
    })
    .split(join);
  for (const raw of [...parts, ...extra.flatMap((e) => e.split(/\s*(?:,|&|\band\b|\bet\b)\s*/i))]) {
    let part = raw.trim();
    const paren = /\(([^()]*)\)/.exec(part);
    if (paren && NOT_AUTHOR.test(paren[1]!.trim())) continue;
    part = part.replace(/\([^()]*\)?/g, ' ').replace(/\s+/g, ' ').trim();
    // "Jane Doe in Paris": where the reporter filed from
    part = part.replace(/\s(?:in|from)\s\p{Lu}.*$/u, '');
    part = dropRole(part).replace(/^[\s"'“”‘’.,:;-]+|[\s"'“”‘’.,:;-]+$/g, '');
    if (!part) {
      if (out.length) break; // a role after the names: nothing more to read
      continue;
    }
    if (!isNameShaped(part, {loose: loose && !out.length})) {
      if (out.length) break;
      continue;
    }
    // an outlet after the names: "By Jane Doe and John Roe, Reuters"
    if (out.length && !/\s/.test(part) && !CJK.test(part)) break;
    // "Jane Doe Jane Doe": a link's text written twice
    const words = part.split(' ');
    const half = words.length / 2;
    if (words.length >= 2 && words.length % 2 === 0 && words.slice(0, half).join(' ') === words.slice(half).join(' ')) part = words.slice(0, half).join(' ');
    if (!out.includes(part)) out.push(part);
  }
  return out;
}

function splitCredits(text: string): string[] | null {
  // wire credit lines: "Reporting by Jane Doe; Editing by John Roe"
  if (!text.includes(';') && !/^(?:reporting|writing|additional reporting)\s+by\b/i.test(text)) return null;
  const segments = text.split(/\s*;\s*/);
  const authors: string[] = [];
  const editors: string[] = [];
  for (const seg of segments) {
    const m = /^(?:(additional\s+)?reporting|writing|(editing|edited))\s+by\s+(\S.*)$/i.exec(seg.trim());
    if (!m) continue;
    const names = splitNames(namesPart(m[3]!));
    (m[2] ? editors : authors).push(...names);
  }
  if (!authors.length && !editors.length) return null;
  return authors.length ? authors : editors;
}


/**
 * False when `clean` (cleanBylineText's output) surely reads as no byline: it has no mark of
 * an explicit one, does not start as a name does, and has nothing left to clean (so reading
 * it cleans it to itself). Most lines of a page are turned away here, before the cache and
 * the dozen pattern tests of the full reading. `tidy`: the caller knows that `clean` needs
 * no cleaning (needsCleaning is false).
 */
export function mayBeByline(clean: string, tidy = false, words: BylineWords = BASE_WORDS): boolean {
  return NAME_FIRST.test(clean) || words.mark.test(clean) || (!tidy && needsCleaning(clean));
}

/**
 * Read a line as a byline. Returns the names and how the line gives them, or null when the
 * line is not a byline by itself. `name` and `name-role` shapes are weak evidence: callers
 * accept them only next to a date or a "By" label.
 *
 * Cached by text for the parse (the answer depends on the text only; it is frozen, shared):
 * the lines of a block of several, a "By" line joined to the name after it, and block texts
 * that cleaning changed are read here, often more than once. The block reader keeps its
 * own reading per block (fields/byline.ts `bylineReadings`), so a block text that needs no
 * cleaning goes through readCleanedByline uncached.
 */
export function readByline(text: string, language?: string | null): BylineReading | null {
  return readerFor(language)(text);
}

// one cached reader per language the page may be in (a parse has one language)
const readers = new Map<BylineWords, (text: string) => BylineReading | null>();
function readerFor(language: string | null | undefined): (text: string) => BylineReading | null {
  const words = bylineWords(language);
  let read = readers.get(words);
  if (!read) readers.set(words, (read = memoByText((text) => readCleanText(cleanBylineText(text), words))));
  return read;
}

/**
 * `readByline(clean)`, where `clean` is `cleanBylineText(text)`, read without cleaning it a
 * second time when the first cleaning left `text` as it was (then a second one would too).
 * The block reader has cleaned every block's text already, and most lines need nothing
 * cleaned. Not cached: the block reader reads each block once.
 */
export function readCleanedByline(text: string, clean: string, language?: string | null): BylineReading | null {
  return clean === text ? readCleanText(clean, bylineWords(language)) : readByline(clean, language);
}

function readCleanText(clean: string, words: BylineWords): BylineReading | null {
  if (!clean || clean.length > 300) return null;
  const explicit = readExplicit(clean, words);
  return explicit !== undefined ? explicit : readNameFirst(clean);
}

/**
 * The shapes with a mark of an explicit byline: a bracketed credit, a credit line, a lead
 * ("By", "Author:") at the start, after a separator or mid-line. A reading (or null, when
 * the mark leads to no names) or `undefined` when no such shape is there.
 */
function readExplicit(clean: string, {lead: LEAD, join}: BylineWords): BylineReading | null | undefined {
  // "[Jane Doe, Outlet]": a bracketed credit line with the outlet after the name
  const bracketed = /^[[【［]([^\]】］[【［]{2,60})[\]】］]$/u.exec(clean);
  if (bracketed) {
    const name = bracketed[1]!.split(/\s*[,，、/／]\s*/)[0]!.trim();
    return isNameShaped(name, {loose: true}) ? {authors: [name], shape: 'name-role'} : null;
  }
  const credits = splitCredits(clean);
  if (credits) return credits.length ? {authors: credits, shape: 'explicit'} : null;

  const lead = LEAD.exec(clean);
  if (lead) {
    const authors = splitNames(namesPart(clean.slice(lead[0].length)), {loose: true, join});
    return authors.length ? {authors, shape: 'explicit'} : null;
  }
  // "Le Monde | 4 May 2015 | By Jane Doe": the lead after a separator
  for (const seg of /[|•]/.test(clean) ? clean.split(/\s[|•]\s/).slice(1) : []) {
    const later = LEAD.exec(seg);
    if (!later) continue;
    const authors = splitNames(namesPart(seg.slice(later[0].length)), {loose: true, join});
    if (authors.length) return {authors, shape: 'explicit'};
  }
  // "December 10, 2021 by Jane Doe", "All IndiaEdited by Jane Doe"
  for (const m of /by/i.test(clean) ? clean.matchAll(MID_BY) : []) {
    // the names after "by" first: prose ("led by the council") has none, and is then not
    // parsed for dates before "by"
    const authors = splitNames(namesPart(clean.slice(m.index + m[0].length)), {join});
    if (!authors.length) continue;
    const before = clean.slice(0, m.index + m[0].search(/by/i)).trim();
    const rest = before.replace(CREDIT_VERB, '');
    if (rest !== before || isOnlyDates(rest)) return {authors, shape: 'explicit'};
  }
  return undefined;
}

/** The name shapes: a name at the start of the line, then a date, a role or nothing. */
function readNameFirst(clean: string): BylineReading | null {
  // "Jane Doe | November 2, 2018", "Jane Doe/November 18, 2016", "Jane Doe — 2013-09-29"
  // the name is where the line starts: without a name's start, no date search (a chrono
  // parse); the first character tells most lines apart before the names are unglued
  if (!NAME_FIRST.test(clean)) return null;
  // mayStartName reads the first two words, and ungluing only splits words apart: the first
  // two words of the unglued line are those of its first two words unglued. So a long line
  // is unglued whole (a search through all of it) only when it may start with a name.
  if (!mayStartName(unglue(firstTwoWords(clean)))) return null;
  const glued = unglue(clean);
  // a time alone ("Current Time 0:00") does not make a name and a date
  const at = dateIndex(glued, {dayOnly: true});
  const head = upTo(upTo(at > 0 ? glued.slice(0, at) : glued, SEPARATOR), STOP).trim();
  const role = ROLE.exec(head);
  const name = (role ? head.slice(0, role.index) : head).trim();
  const words = name.split(/\s+/).length;
  const personLike = isNameShaped(name) && (CJK.test(name) || (words >= 2 && words <= 4)) && !STOP.test(name);
  if (!personLike) return null;
  if (at > 0) return {authors: [name], shape: 'name-date'};
  if (role && role.index > 0) return {authors: [name], shape: 'name-role'};
  if (head.length < clean.length && ROLE.test(clean.slice(head.length))) return {authors: [name], shape: 'name-role'};
  if (name === clean.replace(/[\s/|]+$/, '')) return {authors: [name], shape: 'name'};
  return null;
}

function isOnlyDates(text: string): boolean {
  let rest = text;
  for (const r of strictDates(text)) rest = rest.replace(r.text, ' ');
  return !/[\p{L}\p{N}]/u.test(rest.replace(/\b(?:at|on|am|pm|et|est|edt|pst|pdt|gmt|utc|bst|cet|ist)\b/gi, ''));
}

/** Author names in a byline's text: no "By", dates, roles, handles or link targets. */
export function splitAuthors(text: string): string[] {
  return [...(readByline(text)?.authors ?? [])];
}
