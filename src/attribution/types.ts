import type {Span} from '../schema/span.js';
import type {SourcePhrase} from './source-phrase.js';

export type SpeechKind = 'direct' | 'mixed' | 'indirect';

/** One attribution as the detectors find it: what was said, by whom, with which cue. */
export interface Speech {
  kind: SpeechKind;
  /** The words said: inside the marks for a quote, the content for reported speech. */
  text: string;
  /** Input offsets: a quote's marks included; reported speech's content. */
  span: Span;
  /** The source as the text names it at the cue (input offsets), or null when none was read. */
  source: SourcePhrase | null;
  /** The resolved speaker: the fullest name, a description as written, or null. */
  speaker: string | null;
  cue: {text: string; span: Span} | null;
  /** Index of the body paragraph it lies in (the first, for a quote over paragraphs). */
  paragraph: number;
  /** A quote the paragraph left open (it runs on into the next paragraph). */
  open?: boolean;
}
