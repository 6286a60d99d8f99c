/**
 * Wire datelines at the start of a story: "MOSCOW (Reuters) -", "BEIJING, Aug 14 (Xinhua) --",
 * "WASHINGTON —", "SAN FRANCISCO, Calif. (AP) —", "LONDON:". The place is written in capitals;
 * a state or country, a date and the agency in brackets may follow; a dash or a colon ends it.
 */
export interface WireDateline {
  /** "MOSCOW", "SAN FRANCISCO, Calif." */
  place: string;
  /** The date as written ("Aug 14"), or null. */
  date: string | null;
  /** The agency in brackets ("Reuters"), or null. */
  source: string | null;
  /** The dateline as written, separator included: "MOSCOW (Reuters) -". */
  raw: string;
  /** Offsets of `raw` in the text given. */
  start: number;
  end: number;
}

// Each part is bounded and starts with a character the part before cannot end with, so the
// match cannot backtrack much on hostile input.
const PLACE = "[A-Z][A-Z'’.-]{1,20}(?: [A-Z][A-Z'’.-]{1,20}){0,3}";
const REGION = "[A-Z][A-Za-z.]{1,15}(?: [A-Z][A-Za-z.]{1,15})?";
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\\.? ';
const MONTH_DAY = `${MONTH}\\d{1,2}`;
const WIRE = new RegExp(
  `^(${PLACE})(?:, (?!${MONTH}\\d)(${REGION}))?(?:,? (${MONTH_DAY})(?:, \\d{4})?)?(?: \\(([A-Za-z][A-Za-z .&-]{1,30})\\))? ?(?:--|[-—–:])(?=\\s)`,
);

// The agencies' own forms, where a known agency's name makes a place in any case safe to read:
//   "MOSCOW, March 3. /TASS/."  "Madrid, 3 mar (EFE).-"  "Berlin (dpa) -"  "Paris, March 3 (AFP) -"
export const WIRE_AGENCIES = 'TASS|Reuters|AP|AFP|EFE|dpa|DPA|ANSA|Xinhua|Kyodo|Yonhap|Interfax|RIA Novosti|Anadolu|PAP|CTK|MTI|BTA|Lusa|Belga|ANP|APA|Notimex|Agerpres|Tanjug|HINA|STA|UNIAN|Ukrinform|BelTA|Kazinform|Kabar|AKIpress|IRNA|KUNA|WAM|SPA|UPI|PTI|IANS|ANI|Bernama|Antara|AAP|CNA';
const ANY_PLACE = "[A-Z][A-Za-z'’.-]{1,20}(?: [A-Z][A-Za-z'’.-]{1,20}){0,3}";
const ANY_DATE = String.raw`(?:\d{1,2} [A-Za-z]{3,10}\.?|[A-Z][a-z]{2,9}\.? \d{1,2})(?:,? \d{4})?`;
const AGENCY_WIRE = new RegExp(
  String.raw`^(${ANY_PLACE})(?:, (${ANY_DATE}))?\.? ?(?:\((${WIRE_AGENCIES})\) ?\.? ?(?:--|[-—–:])|/(${WIRE_AGENCIES})/(?: ?\.? ?(?:--|[-—–:]))?\.?)(?=\s)`,
);

/** The wire dateline that opens `text`, or null. */
export function readWireDateline(text: string): WireDateline | null {
  const plain = WIRE.exec(text);
  const m = plain ?? agencyForm(text);
  if (!m) return null;
  // an agency's own form names a known agency: the place may be in any case
  if (!plain) return /\p{Ll}/u.test(text.slice(m[0].length, m[0].length + 40)) ? {place: m[1]!, date: m[3] ?? null, source: m[4]!, raw: m[0], start: 0, end: m[0].length} : null;
  const place = m[2] ? `${m[1]}, ${m[2]}` : m[1]!;
  // one capitalised word and a colon is a label ("NOTE:", "UPDATE:"), not a place
  if (!m[4] && !/[—–-]$/.test(m[0]) && !m[3]) {
    if (/^(?:NOTE|UPDATE|UPDATED|EDITOR'?S NOTE|CORRECTION|WARNING|BREAKING|WATCH|LISTEN|READ|PHOTOS?|VIDEO|ADVERTISEMENT)$/.test(m[1]!)) return null;
  }
  if (m[1]!.replace(/[^A-Z]/g, '').length < 3) return null;
  // an upper-cased heading ("HEADS UP, TRAVELERS: ...") goes on in capitals; a story does not
  if (!/\p{Ll}/u.test(text.slice(m[0].length, m[0].length + 40))) return null;
  return {place, date: m[3] ?? null, source: m[4]?.trim() ?? null, raw: m[0], start: 0, end: m[0].length};
}

/** The agency forms as WIRE's groups: place, region (none), date, agency. */
function agencyForm(text: string): RegExpExecArray | null {
  const m = AGENCY_WIRE.exec(text);
  if (!m) return null;
  const out = [m[0], m[1], undefined, m[2], m[3] ?? m[4]] as unknown as RegExpExecArray;
  out.index = 0;
  out.input = text;
  return out;
}
