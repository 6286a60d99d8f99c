import * as chrono from 'chrono-node';
import type {PublishedAt, Precision} from '../schema/article.js';
import type {FieldContext} from './types.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A chrono result as ISO text at the precision the text states. */
export function toPublishedAt(result: chrono.ParsedResult, offset: number): PublishedAt {
  const s = result.start;
  const known = (c: chrono.Component) => s.isCertain(c);
  const y = s.get('year')!;
  const mo = s.get('month')!;
  const d = s.get('day')!;
  let precision: Precision = 'day';
  let iso = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  if (!known('day')) {
    precision = known('month') ? 'month' : 'year';
    iso = precision === 'month' ? `${pad(y, 4)}-${pad(mo)}` : pad(y, 4);
  } else if (known('hour')) {
    const sec = known('second');
    precision = sec ? 'second' : 'minute';
    const tz = s.get('timezoneOffset');
    const zone = known('timezoneOffset') && tz != null
      ? (tz === 0 ? 'Z' : `${tz < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(tz) / 60))}:${pad(Math.abs(tz) % 60)}`)
      : '';
    iso += `T${pad(s.get('hour')!)}:${pad(s.get('minute') ?? 0)}${sec ? `:${pad(s.get('second')!)}` : ''}${zone}`;
  }
  return {text: result.text, iso, precision, span: {start: offset + result.index, end: offset + result.index + result.text.length}};
}

/** The article's date: the first full date in a dateline or byline block, else before the body. */
export function extractPublishedAt(ctx: FieldContext): PublishedAt | null {
  const ref = ctx.referenceDate ?? new Date(Date.UTC(2000, 0, 1));
  const bodyStart = ctx.blocks.findIndex((b) => b.role === 'body');
  const order = [
    ...ctx.blocks.filter((b) => b.role === 'dateline' || b.role === 'byline'),
    ...ctx.blocks.slice(0, bodyStart < 0 ? ctx.blocks.length : bodyStart).filter((b) => b.segment.text.length <= 200),
  ];
  for (const b of order) {
    const results = chrono.parse(b.segment.text, ref);
    const full = results.find((r) => r.start.isCertain('year') && r.start.isCertain('month'));
    if (full) return toPublishedAt(full, b.segment.start);
  }
  return null;
}
