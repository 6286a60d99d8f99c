import type {Paragraph, Quote} from '../schema/article.js';
import {matchesOf} from '../nlp/matches.js';

/**
 * Quoted speech in the body, with its speaker for the plain forms:
 *   "...," Kasymaliev added.      "...," said Jane Doe.      "...," Jane Doe, the minister, said.
 *   Mishustin said: "..."         According to Jane Doe, "..."
 * A quote's span covers the quoted text with its quote marks, in input offsets.
 */

const NAME = "(\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){0,3})";
const VERB = '(?:said|says|added|adds|noted|notes|told|tells|stated|states|explained|explains|wrote|writes|continued|continues|asked|asks|replied|replies|insisted|insists|argued|argues|warned|warns|stressed|stresses|emphasized|emphasised|declared|declares|recalled|recalls|concluded|remarked|commented|announced|acknowledged|admitted|claimed|claims|observed|pointed out|underlined|underscored)';
// after the quote: "...," Kasymaliev added. / "...," said Jane Doe / "...," Jane Doe, a minister, said
const AFTER = new RegExp(`^[\\s,]{0,3}(?:${NAME}(?:,[^,."“”]{1,60},)?\\s${VERB}\\b|${VERB}\\s${NAME})`, 'u');
// before the quote: Mishustin said: "..." / Mishustin told reporters, "..." / According to Jane Doe, "..."
const BEFORE = new RegExp(`(?:${NAME}\\s${VERB}(?:\\s(?:\\p{Ll}+\\s)?\\p{Ll}+)?\\s?[,:]?|[Aa]ccording to ${NAME},?)\\s?$`, 'u');
// opening and closing marks: straight, curly and guillemets
const QUOTED = /"([^"\n]{8,3000})"|“([^“”\n]{8,3000})”|«([^«»\n]{8,3000})»/g;
// words a name match can start with that are not names
const NOT_SPEAKER = /^(?:The|A|An|He|She|They|It|We|I|This|That|But|And|Then|When|As|In|On|At|Mr|Mrs|Ms|Dr)$/;
// titles before a name: "CEO Tim Cook" -> "Tim Cook"
const TITLE = /^(?:CEO|CFO|COO|Chairman|Chairwoman|Chair|President|Vice|Prime|Minister|Secretary|Senator|Sen|Rep|Representative|Gov|Governor|Mayor|Judge|Justice|Professor|Prof|General|Gen|Chief|Director|Sir|Lord|Lady|King|Queen|Pope|Officer|Detective|Sergeant|Sgt|Lt|Captain|Capt|Coach|Commissioner|Ambassador|Spokesman|Spokeswoman|Spokesperson|Deputy|Acting|Foreign|Defence|Defense|Finance|Interior|Health)$/;

function cleanSpeaker(name: string | undefined): string | null {
  if (!name) return null;
  const words = name.split(/\s+/);
  while (words.length > 1 && (NOT_SPEAKER.test(words[0]!.replace(/\.$/, '')) || TITLE.test(words[0]!.replace(/\.$/, '')))) words.shift();
  if (words.length === 1 && (NOT_SPEAKER.test(words[0]!) || TITLE.test(words[0]!))) return null;
  return words.length ? words.join(' ') : null;
}

/** Quoted speech in body paragraphs, with the speaker when a reporting verb names one. */
export function extractQuotes(paragraphs: readonly Paragraph[], source: string): Quote[] {
  const out: Quote[] = [];
  for (const p of paragraphs) {
    const raw = source.slice(p.span.start, p.span.end);
    for (const m of matchesOf(QUOTED, raw)) {
      const inner = (m[1] ?? m[2] ?? m[3])!;
      // a quoted title or a scare quote is a few words: speech has a verb and some length
      if (inner.trim().split(/\s+/).length < 4) continue;
      const end = m.index + m[0].length;
      const after = AFTER.exec(raw.slice(end, end + 120));
      const before = BEFORE.exec(raw.slice(Math.max(0, m.index - 120), m.index));
      const speaker = cleanSpeaker(after ? (after[1] ?? after[2]) : before ? (before[1] ?? before[2]) : undefined);
      const start = p.span.start + m.index;
      out.push({text: inner.trim(), speaker, span: {start, end: start + m[0].length}});
    }
  }
  return out;
}
