/**
 * How much time newsparse spends in chrono-node. Every chrono entry point (chrono.parse,
 * chrono.parseDate, chrono.casual / strict / en.* instances, new Chrono()) ends in
 * `Chrono.prototype.parse`; wrapping that one method counts the calls, characters and time
 * of every date parse the library makes, whatever module makes it. The wrapper costs two
 * `performance.now()` calls per outer chrono call and is also on while the peer (one chrono
 * pass over the whole text) is timed, so both sides pay it.
 *
 * This works when the module under test resolves the same chrono-node as the bench (true for
 * dist/ and .tmp/ builds in this repo); if it does not, `calls` stays 0 and the row is skipped.
 */
import * as chrono from 'chrono-node';

export const chronoMeter = {on: false, calls: 0, chars: 0, ms: 0};

const proto = chrono.Chrono.prototype;
const original = proto.parse;
let depth = 0;

proto.parse = function parseMetered(text, ...rest) {
  if (!chronoMeter.on || depth > 0) return original.call(this, text, ...rest);
  depth++;
  const t0 = performance.now();
  try {
    return original.call(this, text, ...rest);
  } finally {
    chronoMeter.ms += performance.now() - t0;
    chronoMeter.calls++;
    chronoMeter.chars += typeof text === 'string' ? text.length : 0;
    depth--;
  }
};

export function resetChronoMeter() {
  chronoMeter.calls = 0;
  chronoMeter.chars = 0;
  chronoMeter.ms = 0;
}

export {chrono};
