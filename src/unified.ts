/**
 * newsparse's retext plugin, for use in your own unified pipelines:
 *
 *     import {unified} from 'unified'
 *     import retextEnglish from 'retext-english'
 *     import retextNumericClaims from 'newsparse/unified'
 *
 *     const processor = unified().use(retextEnglish).use(retextNumericClaims)
 *     const file = new VFile('Trade rose 16% to $1.3 billion.')
 *     processor.runSync(processor.parse(file), file)
 *     file.data.numericClaims // NumericClaim[]
 *
 * The plugin reads the sentences and words of the nlcst tree that the parser (retext-english,
 * or any parser that gives nodes positions) made, so claims' spans are offsets into the file.
 * It changes nothing in the tree.
 */
import type {Root} from 'nlcst';
import type {VFile} from 'vfile';
import type {NumericClaim} from './schema/claim.js';
import {claimsFromTree} from './claims/index.js';
import {rateClaims} from './confidence/index.js';

declare module 'vfile' {
  interface DataMap {
    /** Set by `retextNumericClaims`: the numeric claims of the file. */
    numericClaims: NumericClaim[];
  }
}

export interface NumericClaimsOptions {
  /** Speaker given to claims when the text names none (e.g. a wire agency). Default: null. */
  defaultSpeaker?: string | null;
  /**
   * Quoted passages with their speakers (offsets into the file): a claim inside one is the
   * speaker's. Default: none.
   */
  quotes?: readonly {speaker: string | null; span: {start: number; end: number}}[];
  /**
   * The text's language (ISO 639-1, e.g. "de"): how its numbers are written (decimal commas,
   * scale words), as `extractNumericClaims`'s option. Default: null (unknown).
   */
  language?: string | null;
}

/**
 * retext plugin: finds the numeric claims of the file and stores them on
 * `file.data.numericClaims` (replacing what an earlier run stored there).
 */
export default function retextNumericClaims(options: NumericClaimsOptions = {}) {
  const defaultSpeaker = options.defaultSpeaker ?? null;
  const quotes = options.quotes ?? [];
  const language = options.language ?? null;
  return function transformer(tree: Root, file: VFile): void {
    // the file's text, when it has one, saves serialising the tree again
    const text = typeof file.value === 'string' && file.value.length === (tree.position?.end.offset ?? -1) ? file.value : undefined;
    // each claim rated as extractNumericClaims rates it, so both give the same claims
    file.data.numericClaims = rateClaims(claimsFromTree(tree, 0, {defaultSpeaker, quotes, language}, text));
  };
}
export {retextNumericClaims};
export type {NumericClaim} from './schema/claim.js';
