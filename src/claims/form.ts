import type {ClaimKind} from '../schema/claim.js';
import type {Candidate, Numeral} from './types.js';
import type {Scope} from './scope.js';
import {firstIndexNotBefore} from './search.js';

/** What a form recogniser reads around a numeral: where the claim ends and what it is. */
export interface FormMatch {
  end: number;
  start?: number;
  kind: ClaimKind;
  unit: string | null;
  value?: number;
  /** Why it is not a claim after all ("three years ago" is a date). */
  notClaim?: string;
  /** Numerals it took in ("thirteen dollars and forty-five cents"). */
  consumed?: Numeral[];
}

/**
 * A form recogniser: given a numeral, the sentence and every numeral of the sentence,
 * says whether the words around it make it money, a percent, a quantity, ...
 */
export type Form = (n: Numeral, scope: Scope, all: readonly Numeral[]) => FormMatch | null;

export function candidate(n: Numeral, m: FormMatch, source: string): Candidate & {notClaim?: string} {
  return {
    start: m.start ?? n.start,
    end: m.end,
    kind: m.kind,
    value: m.value ?? n.value,
    // "millions", "dozens of": the order of magnitude, from the scale to ten times it
    upper: n.vague ? n.value * 10 : undefined,
    unit: m.unit,
    bound: n.vague ? 'lower' : 'exact',
    change: null,
    subject: null,
    speaker: null,
    numeral: n,
    unitWritten: m.unit !== null,
    implied: [],
    source,
    notClaim: m.notClaim,
  };
}

/** Run a sticky regex at `at` in `text`. */
export function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** The numeral of the sentence that starts at `at` (numerals are sorted by start). */
export function numeralAt(all: readonly Numeral[], at: number): Numeral | undefined {
  const i = firstIndexNotBefore(all.length, (k) => all[k]!.start < at);
  return all[i]?.start === at ? all[i] : undefined;
}
