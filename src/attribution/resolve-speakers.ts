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
  const texts = paragraphs.map((p) => source.slice(p.span.start, p.span.end));
  const known = new Map<string, string>();
  const fullest = (name: string): string => {
    if (/\s/.test(name)) return name;
    let full = known.get(name);
    if (full === undefined) known.set(name, (full = fullestOf(name, fullNamesOf(name, texts))));
    return full;
  };
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
    const name = fullest(src.speaker);
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

const NAME_WORD = /^(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]+|de|la|van|von|del|da|bin|al)$/u;
const LEADING = /^(?:But|And|As|When|If|In|On|At|For|After|Before|While|With|From|By|Of|To|So|Then|Former|Republican|Democratic|Democrat|GOP)$/;

/**
 * The article's full names (two words or more) that end on `surname`, read where the surname
 * is written: the capitalised words right before it, after the last title ("Prime Minister
 * Jane Doe" -> "Jane Doe"). A name with "Jr."/"Sr." after it is marked (another person).
 */
function fullNamesOf(surname: string, texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + surname.length)) {
      const after = text.slice(at + surname.length, at + surname.length + 6);
      if (/^[\p{L}\p{M}]/u.test(after)) continue; // "Doerr" is not "Doe"
      const words = text.slice(Math.max(0, at - 80), at).split(/\s+/);
      words.pop(); // the space before the surname leaves an empty last item
      const run: string[] = [];
      for (let k = words.length - 1; k >= 0 && run.length < 4; k--) {
        const w = words[k]!;
        if (!NAME_WORD.test(w)) break;
        run.unshift(w);
      }
      const lastTitle = run.findLastIndex((w) => TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '').replace(/s$/, '')));
      let name = lastTitle >= 0 ? run.slice(lastTitle + 1) : run;
      while (name.length && (NOT_A_SOURCE.has(name[0]!.toLowerCase()) || LEADING.test(name[0]!) || !/^\p{Lu}/u.test(name[0]!))) name = name.slice(1);
      if (!name.length) continue;
      const full = [...name, surname].join(' ');
      out.add(/^,?\s*(?:Jr|Sr)\b/.test(after) ? `${full}\u0000` : full);
    }
  }
  return out;
}

/** The fullest name for `name`: itself, or the article's one full name that ends on it. */
function fullestOf(name: string, found: Set<string>): string {
  if (!found.size) return name;
  const all = [...found];
  if (all.some((n) => n.endsWith('\u0000'))) return name; // "Doe Jr." is someone else
  // one person: every full name has the longest one's first name ("Jane Doe", "Jane Q. Doe")
  const longest = all.reduce((a, b) => (b.length > a.length ? b : a));
  const first = (n: string) => n.split(/\s+/)[0];
  if (!all.every((n) => first(n) === first(longest))) return name;
  return longest;
}
