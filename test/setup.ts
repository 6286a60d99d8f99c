// The library never prints: any test that writes to the console fails.
import {afterEach, beforeEach, vi} from 'vitest';

const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
beforeEach(() => {
  for (const m of methods) {
    vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
      throw new Error(`console.${m} was called: ${args.map(String).join(' ')}`);
    });
  }
});
afterEach(() => {
  vi.restoreAllMocks();
});
