import type {MarkupView} from './html.js';

/** The warning code of markup read by a cheaper reader than its format's parser. */
export const FORMAT_DOWNGRADED = 'FORMAT_DOWNGRADED';

/** Markup read as plain text (the view is the source itself), with the warning that says why. */
export function downgraded(source: string, message: string): MarkupView {
  return {view: source, hints: [], moved: [], warnings: [{code: FORMAT_DOWNGRADED, message}]};
}
