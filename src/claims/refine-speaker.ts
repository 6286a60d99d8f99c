import type {Candidate, ClaimContext} from './types.js';
import type {Scope} from './scope.js';

const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|for|de|al|bin|van|von|the)){0,5}`;
const VERBS = 'said|says|told|added|adds|noted|notes|stated|estimated|estimates|reported|reports|announced|warned|wrote|explained|predicted|forecast|argued|claimed|insisted|stressed|emphasised|emphasized|underscored|pointed out|reminded';
const ACCORDING = new RegExp(String.raw`\baccording\s+to\s+((?:the\s+)?${NAME})`, 'u');
const NAME_SAID = new RegExp(String.raw`(?:^|\P{L})(${NAME}|the\s+\p{Ll}+)\s+(?:${VERBS})\b`, 'u');
const VERB = new RegExp(String.raw`\s(?:${VERBS})\b`, 'u');
const SAID_NAME = new RegExp(String.raw`\b(?:said|says|told)\s+(${NAME})`, 'u');
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'the', 'this', 'that', 'there', 'officials', 'analysts', 'critics']);
const LEADING = /^(?:the|but|and|so|also|yet|however|meanwhile|in|on|at|as)\s+/iu;

/**
 * Who makes the claim: a claim inside a quote is the quote's speaker's; else the sentence's
 * "X said" / "according to X"; else the paragraph's source (a wire tag such as "TASS").
 */
export function attachSpeaker(cands: Candidate[], scope: Scope, ctx: ClaimContext, offset: number): Candidate[] {
  if (!cands.length) return cands;
  let sentenceSpeaker: string | null | undefined;
  for (const c of cands) {
    const abs = offset + scope.base + c.start;
    const absEnd = offset + scope.base + c.end;
    const quote = ctx.quotes?.find((q) => q.span.start <= abs && absEnd <= q.span.end);
    if (quote?.speaker) {
      c.speaker = quote.speaker;
      continue;
    }
    if (sentenceSpeaker === undefined) sentenceSpeaker = speakerOf(scope.text);
    c.speaker = sentenceSpeaker ?? ctx.defaultSpeaker ?? null;
  }
  return cands;
}

function speakerOf(sentence: string): string | null {
  for (const re of [ACCORDING, SAID_NAME, NAME_SAID]) {
    // "X said" tries a name at every capital of the sentence: only where a verb is
    if (re === NAME_SAID && !VERB.test(sentence)) continue;
    const m = re.exec(sentence);
    if (!m) continue;
    const name = clean(m[1]!);
    if (name) return name;
  }
  return null;
}

function clean(raw: string): string | null {
  // one space between words, whatever the source had (a CRLF or a run of spaces)
  let name = raw.trim().replace(/\s+/gu, ' ').replace(/['’]s$/u, '');
  if (!/^the\s+\p{Ll}+$/u.test(name)) name = name.replace(LEADING, '');
  name = name.replace(/\s+(?:of|for|de|al|bin|van|von|the)$/u, '').replace(/[.,]$/u, '');
  if (!name || PRONOUNS.has(name.toLowerCase())) return null;
  return name;
}
