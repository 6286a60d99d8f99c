import type {PublishedAt} from '../schema/article.js';
import type {FieldContext} from './types.js';

// an ISO 8601 date-time as pages write it in <meta>, JSON-LD and <time datetime>
const ISO_STAMP = /^\s*(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$/i;

/** The stamp's date-time as an iso of the precision it states, or null when it is not a date-time. */
function readStamp(value: string): {iso: string; precision: 'minute' | 'second'} | null {
  const m = ISO_STAMP.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, sec, zone] = m;
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31 || Number(h) > 23 || Number(mi) > 59 || (sec && Number(sec) > 59)) return null;
  const z = !zone ? '' : /^z$/i.test(zone) ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return {iso: `${y}-${mo}-${d}T${h}:${mi}${sec ? `:${sec}` : ''}${z}`, precision: sec ? 'second' : 'minute'};
}

/**
 * In HTML input, a date the page states exactly wins over a visible date of the same day
 * that gives the day only: the `datetime` of a <time> element around the visible date, or
 * for the publication date a <meta> or JSON-LD publication stamp. The result's span is the
 * attribute's or the value's own, in the input.
 */
export function exactStamp(ctx: FieldContext, date: PublishedAt | null, which: 'published' | 'updated'): PublishedAt | null {
  if (!date || date.precision !== 'day') return date;
  const source = ctx.input.source;
  const stamps: PublishedAt[] = [];
  for (const h of ctx.input.hints) {
    if (h.kind === 'time' && h.datetime && h.start <= date.span.start && date.span.end <= h.end) {
      const at = source.indexOf(h.datetime, h.start);
      const stamp = at >= 0 && at < h.end ? readStamp(h.datetime) : null;
      if (stamp) stamps.push({text: h.datetime, ...stamp, span: {start: at, end: at + h.datetime.length}});
    } else if (h.kind === 'meta' && h.name === 'published' && which === 'published') {
      const text = source.slice(h.start, h.end);
      const stamp = readStamp(text);
      if (stamp) stamps.push({text, ...stamp, span: {start: h.start, end: h.end}});
    }
  }
  // the <time> around the date first (it is that date's own), then the page's stamps in order
  return stamps.find((s) => s.iso.slice(0, 10) === date.iso) ?? date;
}
