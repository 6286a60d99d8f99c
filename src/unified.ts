/**
 * newsparse's retext plugins, for use in your own unified pipelines:
 *
 *     import {unified} from 'unified'
 *     import retextEnglish from 'retext-english'
 *     import retextNumericClaims from 'newsparse/unified'
 *
 *     const processor = unified().use(retextEnglish).use(retextNumericClaims)
 *     const file = new VFile('Trade rose 16% to $1.3 billion.')
 *     processor.runSync(processor.parse(file), file)
 *     file.data.numericClaims // NumericClaim[]
 */
import type {Root} from 'nlcst';
import type {VFile} from 'vfile';
import type {NumericClaim} from './schema/claim.js';
import {claimsFromTree} from './claims/index.js';

declare module 'vfile' {
  interface DataMap {
    /** Set by `retextNumericClaims`: the numeric claims of the file. */
    numericClaims: NumericClaim[];
  }
}

export interface NumericClaimsOptions {
  /** Speaker given to claims when the text names none (e.g. a wire agency). Default: null. */
  defaultSpeaker?: string | null;
}

/** retext plugin: finds numeric claims and stores them on `file.data.numericClaims`. */
export default function retextNumericClaims(options: NumericClaimsOptions = {}) {
  const defaultSpeaker = options.defaultSpeaker ?? null;
  return function transformer(tree: Root, file: VFile): void {
    file.data.numericClaims = claimsFromTree(tree, 0, {defaultSpeaker});
  };
}
export {retextNumericClaims};
export type {NumericClaim} from './schema/claim.js';
