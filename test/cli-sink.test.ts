// The command line's output: records come back from pool threads as UTF-8 bytes (moved, not
// copied) and from the main thread as text; the sink writes both, in order, as one UTF-8 file.
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {Sink} from '../src/cli/sink.js';
import parseWorker from '../src/worker/parse-worker.js';

const dir = mkdtempSync(join(tmpdir(), 'newsparse-sink-'));
const TEXT = 'Café owners in Zürich meet\n\nThe owners of 12 cafés met on Monday, the association said. 東京 also sent a delegate 🙂.';

describe('the sink and the pool thread\'s bytes', () => {
  it('writes text and UTF-8 bytes mixed, in order, whatever characters they hold', async () => {
    const file = join(dir, 'mixed.jsonl');
    const sink = await Sink.open(file, process.stdout);
    await sink.write('{"a":"é"}');
    await sink.write(new TextEncoder().encode('\n{"b":"東京 🙂"}'));
    await sink.write('\n');
    await sink.close();
    expect(readFileSync(file, 'utf8')).toBe('{"a":"é"}\n{"b":"東京 🙂"}\n');
  });

  it('gives back the serialized record as moved UTF-8 bytes when asked, the same text otherwise', () => {
    const task = {kind: 'text' as const, text: TEXT, id: 'x'};
    const asText = parseWorker({task, settings: {serialize: 'json'}});
    expect(typeof asText.value).toBe('string');
    // piscina's move wraps the result: its value is the result the main thread receives
    const moved = parseWorker({task, settings: {serialize: 'json', bytes: true}}) as unknown as Record<symbol, {ok: boolean; value: Uint8Array}>;
    const inner = Object.getOwnPropertySymbols(moved).map((s) => moved[s]).find((v) => v && typeof v === 'object' && 'value' in v)!;
    expect(inner.ok).toBe(true);
    expect(inner.value).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(inner.value)).toBe(asText.value);
  });
});
