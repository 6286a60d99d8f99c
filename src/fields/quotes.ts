import type {Paragraph, Quote} from '../schema/article.js';

const NAME = "((?:[A-Z][\\p{L}'’-]+)(?:\\s+[A-Z][\\p{L}'’-]+){0,3})";
// "...," Kasymaliev added.   /   "...," said Jane Doe.
const AFTER = new RegExp(`^[\\s,]*(?:${NAME}\\s+(?:said|says|added|noted|told|stated|explained|wrote|continued)|(?:said|says|added|noted)\\s+${NAME})`, 'u');
// Mishustin said: "..."
const BEFORE = new RegExp(`${NAME}\\s+(?:said|says|added|noted|told \\w+|stated|explained|wrote)[,:]?\\s*$`, 'u');
const QUOTED = /["“]([^"“”]{10,5000})["”]/g;

/** Quoted speech in body paragraphs, with the speaker when a reporting verb names one. */
export function extractQuotes(paragraphs: readonly Paragraph[], source: string): Quote[] {
  const out: Quote[] = [];
  for (const p of paragraphs) {
    const raw = source.slice(p.span.start, p.span.end);
    for (const m of raw.matchAll(QUOTED)) {
      const after = AFTER.exec(raw.slice(m.index + m[0].length, m.index + m[0].length + 80));
      const before = BEFORE.exec(raw.slice(Math.max(0, m.index - 80), m.index));
      const speaker = after ? (after[1] ?? after[2])! : before ? before[1]! : null;
      const start = p.span.start + m.index;
      out.push({text: m[1]!.trim(), speaker, span: {start, end: start + m[0].length}});
    }
  }
  return out;
}
