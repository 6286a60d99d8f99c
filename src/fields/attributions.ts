import type {Attribution} from '../schema/article.js';

const TRAILING_TAG = /\s*[[(](TASS|Reuters|AP|AFP|Xinhua|RIA Novosti|Interfax|Bloomberg|UPI|DPA|ANI|PTI|IANS|Yonhap|Kyodo|EFE|ANSA|BelTA|[A-Z][A-Za-z.-]{1,15})[\])]\s*$/;

export interface SplitTag {
  text: string;
  attribution: Omit<Attribution, 'paragraph'> | null;
}

/** Split a trailing source tag such as " [TASS]" off a paragraph. */
export function splitTrailingTag(text: string, offset: number): SplitTag {
  const m = TRAILING_TAG.exec(text);
  if (!m) return {text, attribution: null};
  const raw = m[0].trim();
  const at = offset + text.lastIndexOf(raw);
  return {
    text: text.slice(0, m.index),
    attribution: {source: m[1]!, raw, kind: 'tag', span: {start: at, end: at + raw.length}},
  };
}
