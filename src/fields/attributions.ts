import type {Attribution, Paragraph} from '../schema/article.js';
import {readWireDateline} from '../readers/wire-dateline.js';
import type {FieldContext} from './types.js';

/**
 * Source attributions: a trailing tag on a paragraph (" [TASS]", " (Reuters)", " — AFP"), a
 * source line of its own ("Source: Reuters") and a wire dateline ("MOSCOW (Reuters) -"),
 * each with the index of the paragraph it belongs to.
 */

// news agencies written after a dash or alone: " — AFP", "- Reuters"
const AGENCY = 'TASS|Reuters|AP|AFP|Xinhua|RIA Novosti|RIA|Interfax|Bloomberg|UPI|DPA|dpa|ANI|PTI|IANS|Yonhap|Kyodo|EFE|ANSA|BelTA|Anadolu|AAP|CNA|Bernama|Antara|KUNA|WAM|SPA|IRNA|Sputnik|Prensa Latina|NAN|APA|Trend|Kazinform|Kabar|AKIpress|UzA|Tanjug|BTA|Agerpres|PAP|CTK|MTI|HINA|STA|Ukrinform|UNIAN|Belga|ANP|TT|NTB|Ritzau|STT|Lusa|Europa Press|Notimex|Telam|Agencia Brasil';
// " [TASS]", " (Reuters)", " (AP)": a short capitalised source in brackets at the very end
const TRAILING_TAG = /\s?[[(]((?:Source:\s?)?[A-Z][A-Za-z.&-]{1,15}(?: [A-Z][A-Za-z.&-]{1,15}){0,2})[\])]\s*$/;
const IS_AGENCY = new RegExp(`^(?:${AGENCY})$`);
const TRAILING_DASH = new RegExp(`\\s[—–-]{1,2}\\s?(${AGENCY})\\s*$`);
// a line of its own: "Source: Reuters", "Sources: TASS, RIA", "(Reuters)", "[TASS]", "— AFP"
const SOURCE_LINE = /^(?:sources?|via|courtesy(?: of)?)\s?[:：]\s?(\S.{0,80})$/i;
const TAG_LINE = /^[[(]([A-Z][A-Za-z.&-]{1,15}(?: [A-Z][A-Za-z.&-]{1,15}){0,2})[\])]$/;
const DASH_LINE = new RegExp(`^[—–-]{1,2}\\s?(${AGENCY})$`);
// words in brackets at a paragraph's end that are not a source
const NOT_SOURCE = /^(?:Photo|Photos|Video|File|Image|Getty|Updated|Update|Continued|More|Advertisement|Opens|Link|Graphic|Map|Watch|Listen|Read|See|Sic|Applause|Laughter|Translated|Archive|Pictured)$/;

export interface SplitTag {
  text: string;
  attribution: Omit<Attribution, 'paragraph'> | null;
}

/** Split a trailing source tag such as " [TASS]" or " — AFP" off a paragraph; `offset` maps to input offsets. */
export function splitTrailingTag(text: string, offset: number): SplitTag {
  const tag = TRAILING_TAG.exec(text);
  const before = tag ? text.slice(0, tag.index).trimEnd() : '';
  // "(NATO)" closing a sentence's last words is an abbreviation; after the sentence's end, or
  // naming a known agency, it is a source tag
  const named = tag ? tag[1]!.replace(/^Source:\s?/, '') : '';
  // a known agency, or one word after the sentence's end ("[Interfax]"); "(Jane Doe)" after
  // a sentence is more often a photo credit than a source
  if (tag && before && !NOT_SOURCE.test(named) && (IS_AGENCY.test(named) || (/[.!?"”’]$/.test(before) && !/\s/.test(named)))) {
    const raw = tag[0].trim();
    const at = offset + tag.index + tag[0].indexOf(raw);
    return {text: text.slice(0, tag.index), attribution: {source: named, raw, kind: 'tag', span: {start: at, end: at + raw.length}}};
  }
  const dash = TRAILING_DASH.exec(text);
  if (dash && text.slice(0, dash.index).trim()) {
    const raw = dash[0].trim();
    const at = offset + dash.index + dash[0].indexOf(raw);
    return {text: text.slice(0, dash.index), attribution: {source: dash[1]!, raw, kind: 'dash', span: {start: at, end: at + raw.length}}};
  }
  return {text, attribution: null};
}

/** A block that only names a source: "Source: Reuters", "[TASS]", "— AFP". */
export function readSourceLine(text: string): {source: string; kind: string} | null {
  const t = text.trim();
  const line = SOURCE_LINE.exec(t);
  if (line) return {source: line[1]!.trim().replace(/[.;]$/, ''), kind: 'source-line'};
  const tag = TAG_LINE.exec(t);
  if (tag && !NOT_SOURCE.test(tag[1]!)) return {source: tag[1]!, kind: 'tag'};
  const dash = DASH_LINE.exec(t);
  if (dash) return {source: dash[1]!, kind: 'dash'};
  return null;
}

/**
 * Every attribution of the article, in input order: the trailing tags already split off the
 * paragraphs (`tags`), source lines of their own (credited to the paragraph before them) and
 * wire datelines with an agency (credited to the paragraph they open).
 */
export function extractAttributions(ctx: FieldContext, paragraphs: readonly Paragraph[], tags: readonly Attribution[]): Attribution[] {
  const out: Attribution[] = [...tags];
  const seen = new Set(tags.map((a) => a.span.start));
  for (const [i, p] of paragraphs.entries()) {
    const wire = readWireDateline(ctx.input.view.slice(p.span.start, p.span.end));
    if (wire?.source) {
      const span = {start: p.span.start + wire.start, end: p.span.start + wire.end};
      if (!seen.has(span.start)) out.push({source: wire.source, raw: wire.raw, kind: 'dateline', paragraph: i, span});
      seen.add(span.start);
    }
  }
  const bodyStart = paragraphs.length ? paragraphs[0]!.span.start : -1;
  const bodyEnd = paragraphs.length ? paragraphs[paragraphs.length - 1]!.span.end : -1;
  for (const b of ctx.blocks) {
    const seg = b.segment;
    if (seg.text.length > 120 || seg.start < bodyStart) continue;
    const line = readSourceLine(seg.text);
    if (!line) continue;
    // a source line credits the paragraph before it; one far after the body credits nothing
    let paragraph: number | null = null;
    for (const [i, p] of paragraphs.entries()) if (p.span.end <= seg.start) paragraph = i;
    if (seg.start > bodyEnd && paragraphs.length && ctx.input.view.slice(bodyEnd, seg.start).split(/\r\n|[\n\r\u2028\u2029]/).length > 4) paragraph = null;
    if (paragraph === null && seg.start > bodyEnd) continue;
    if (seen.has(seg.start)) continue;
    seen.add(seg.start);
    out.push({source: line.source, raw: seg.text, kind: line.kind, paragraph, span: {start: seg.start, end: seg.end}});
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
