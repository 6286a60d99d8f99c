import type {Paragraph} from '../schema/article.js';
import {NOT_A_SOURCE, TITLE_WORDS} from './lexicon.js';
import type {Speech} from './types.js';

/**
 * Refiner: each source resolved to the fullest name the article gives it.
 * - A surname ("Kasymaliev", "Mr. Doe") becomes the one full name of the article that ends
 *   on it ("Adylbek Kasymaliev"); where two people share it ("Jane Doe", "John Doe"), or a
 *   "Jr." makes another person of it, the surname stays as written.
 * - "he" or "she" becomes the person who was the source just before, when that was in the
 *   same paragraph (PRONOUN_REACH) and nothing said contradicts the pronoun (a "Mrs." for "he", or the same
 *   person called "she" before). Otherwise the pronoun stays as written: a guess is no name.
 * - A description ("a campaign spokesman") stays as written; "they", "we" and "I" too.
 */
export function resolveSpeakers(speech: Speech[], paragraphs: readonly Paragraph[], source: string): Speech[] {
  const names = fullNames(paragraphs, source);
  const gender = new Map<string, 'm' | 'f'>();
  let last: {name: string; paragraph: number} | null = null;
  for (const s of [...speech].sort((a, b) => (a.source?.start ?? a.span.start) - (b.source?.start ?? b.span.start))) {
    const src = s.source;
    if (!src) {
      s.speaker = null;
      continue;
    }
    if (src.pronoun) {
      const p = src.mention.toLowerCase();
      const g = p === 'he' ? 'm' : p === 'she' ? 'f' : null;
      if (g && last && s.paragraph - last.paragraph <= PRONOUN_REACH && (gender.get(last.name) ?? g) === g) {
        s.speaker = last.name;
        gender.set(last.name, g);
        last = {name: last.name, paragraph: s.paragraph};
      } else s.speaker = src.mention;
      continue;
    }
    if (!src.named) {
      s.speaker = src.speaker;
      continue;
    }
    const name = fullest(src.speaker, names);
    s.speaker = name;
    const title = /^(Mr|Mrs|Ms|Miss)\.?\s/.exec(src.mention)?.[1];
    if (title) gender.set(name, title === 'Mr' ? 'm' : 'f');
    if (isPerson(name)) last = {name, paragraph: s.paragraph};
  }
  return speech;
}

/**
 * How many paragraphs back a pronoun looks for its person: 0, the same paragraph. On the dev
 * attributions a reach of one or two paragraphs resolved more pronouns, but most of the
 * extra ones to a name the corpus could not confirm (its resolver also needs a coreference
 * chain): speakerAcc .795 at 0, .779 at 1, .756 at 2; on names the corpus gives, .796, .846, .858.
 */
const PRONOUN_REACH = 0;

const ORG_WORD = /^(?:Campaign|Committee|Party|Times|Post|News|Journal|Association|Council|House|Department|Office|Agency|Institute|Center|Centre|Foundation|University|College|Court|Congress|Senate|Administration|Commission|Bureau|Group|Network|Press|Inc|Corp|Company|Ministry|Government|Service|Board|Union|Coalition|Project|Fund|Poll|Report|Tribune|Herald|Review|Magazine|Channel|Radio|Television|Federation|League|Society|Organization|Organisation|Movement|Alliance|Caucus|Republicans|Democrats)$/;

/** A name that reads as a person's, not an organisation's or a paper's. */
export function isPerson(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.some((w) => ORG_WORD.test(w))) return false;
  if (words.length === 1 && /^\p{Lu}{2,}$/u.test(words[0]!)) return false;
  return true;
}

const NAME_RUN = /\p{Lu}[\p{L}\p{M}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]+|de|la|van|von|del|da|bin|al))*\s+\p{Lu}[\p{L}\p{M}'’-]+(?:,?\s+(?:Jr|Sr)\.?)?/gu;

/** Full names (two words or more) of the article, by their last word. */
function fullNames(paragraphs: readonly Paragraph[], source: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const p of paragraphs) {
    const raw = source.slice(p.span.start, p.span.end);
    if (!/\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}/u.test(raw)) continue;
    NAME_RUN.lastIndex = 0;
    for (let m = NAME_RUN.exec(raw); m; m = NAME_RUN.exec(raw)) {
      let words = m[0].replace(/['’]s$/, '').split(/\s+/);
      // "Russian Prime Minister Jane Doe", "the Cabinet of Ministers Jane Doe": the name is after the last title
      const lastTitle = words.findLastIndex((w, k) => k < words.length - 1 && TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '').replace(/s$/, '')));
      if (lastTitle >= 0) words = words.slice(lastTitle + 1);
      while (words.length && (TITLE_WORDS.has(words[0]!.toLowerCase().replace(/\.$/, '')) || NOT_A_SOURCE.has(words[0]!.toLowerCase()) || /^(?:But|And|As|When|If|In|On|At|For|After|Before|While|With|From|By|Of|To|So|Then|Former|Republican|Democratic|Democrat|GOP)$/.test(words[0]!))) words.shift();
      if (words.length < 2) continue;
      const suffixed = /^(?:Jr|Sr)\.?$/.test(words[words.length - 1]!);
      const key = suffixed ? words[words.length - 2]!.replace(/,$/, '') : words[words.length - 1]!;
      const full = words.join(' ');
      const set = out.get(key) ?? new Set<string>();
      set.add(suffixed ? `${full}\u0000` : full);
      out.set(key, set);
    }
  }
  return out;
}

/** The fullest name for `name`: itself, or the article's one full name that ends on it. */
function fullest(name: string, names: Map<string, Set<string>>): string {
  const words = name.split(/\s+/);
  if (words.length !== 1) return name;
  const set = names.get(words[0]!);
  if (!set) return name;
  const found = [...set];
  if (found.some((n) => n.endsWith('\u0000'))) return name; // "Doe Jr." is someone else
  // one person: every full name is contained in the longest ("Jane Doe", "Jane Q. Doe")
  const longest = found.reduce((a, b) => (b.length > a.length ? b : a));
  const first = (n: string) => n.split(/\s+/)[0];
  if (!found.every((n) => first(n) === first(longest))) return name;
  return longest;
}
