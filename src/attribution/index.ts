import type {Paragraph, Quote} from '../schema/article.js';
import {detectQuotes} from './direct-quotes.js';
import {detectReported} from './reported-speech.js';
import {mergeReported} from './refine-merge-reported.js';
import {lexiconFor} from './lexicon.js';
import {shareSources} from './refine-shared-source.js';
import {resolveSpeakers} from './resolve-speakers.js';
import type {Speech} from './types.js';

export type {Speech, SpeechKind} from './types.js';
export {claimsWithSpeakers} from './claim-speakers.js';

export interface SpeechOptions {
  /** ISO 639-1 code of the article's language: picks the cue lexicon (English when null). */
  language?: string | null;
}

/**
 * Who said what: the attributions of the body, in input order.
 * Detectors, then refiners, in this order:
 * 1. detectQuotes: quoted passages in every mark style, with the cue and source beside each
 * 2. shareSources: quotes without a source take that of the quote they continue
 * 3. detectReported: reported speech, in sentences a found quote does not already cover
 * 4. mergeReported: a quoted phrase inside reported speech is part of that (mixed) attribution
 * 5. resolveSpeakers: last; pronouns look back at the sources before them, in text order
 */
export function extractSpeech(paragraphs: readonly Paragraph[], source: string, opts: SpeechOptions = {}): Speech[] {
  const lex = lexiconFor(opts.language);
  let speech = detectQuotes(paragraphs, source, lex);
  speech = shareSources(speech, paragraphs, source, lex);
  const reported = detectReported(paragraphs, source, speech, lex);
  speech = mergeReported(speech, reported);
  speech = resolveSpeakers(speech, paragraphs, source);
  return speech.sort((a, b) => a.span.start - b.span.start);
}

/** The article's `quotes`: each attribution with its kind, cue, speaker and where they are. */
export function toQuotes(speech: readonly Speech[]): Quote[] {
  return speech.map((s) => ({
    text: s.text,
    speaker: s.speaker,
    span: {...s.span},
    kind: s.kind,
    cue: s.cue ? {text: s.cue.text, span: {...s.cue.span}} : null,
    speakerMention: s.source?.mention ?? null,
    speakerSpan: s.source ? {start: s.source.start, end: s.source.end} : null,
  }));
}
