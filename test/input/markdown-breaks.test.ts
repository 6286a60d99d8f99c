import {describe, expect, it} from 'vitest';
import {breaks} from '../../src/input/markdown.js';

describe('markdown hard line breaks', () => {
  it('a paragraph with 300,000 hard breaks is walked without overflowing the call stack', () => {
    const children = Array.from({length: 300_000}, (_, i) => ({
      type: 'break' as const,
      position: {start: {line: 1, column: 1, offset: i * 3}, end: {line: 1, column: 3, offset: i * 3 + 3}},
    }));
    const paragraph = {type: 'paragraph' as const, children};
    const found = breaks(paragraph as never);
    expect(found).toHaveLength(300_000);
    expect(found.some(([start, end]) => start === 3 && end === 6)).toBe(true);
  });
});
