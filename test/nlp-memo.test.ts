import {describe, expect, it} from 'vitest';
import {memoByText, startParse} from '../src/nlp/memo.js';

describe('memoByText', () => {
  it('computes each text once and returns the same answer', () => {
    const seen: string[] = [];
    const len = memoByText((t) => {
      seen.push(t);
      return t.length;
    });
    expect([len('ab'), len('abc'), len('ab'), len('abc')]).toEqual([2, 3, 2, 3]);
    expect(seen).toEqual(['ab', 'abc']);
  });

  it('caches null and false answers too', () => {
    let calls = 0;
    const none = memoByText(() => {
      calls++;
      return null;
    });
    none('x');
    none('x');
    expect(calls).toBe(1);
  });

  it('stays bounded: empties itself when full, and still answers right', () => {
    let calls = 0;
    const upper = memoByText((t) => {
      calls++;
      return t.toUpperCase();
    }, 2);
    expect(['a', 'b', 'c', 'a'].map(upper)).toEqual(['A', 'B', 'C', 'A']);
    expect(calls).toBe(4); // 'c' filled the cache past 2 entries, so 'a' was computed again
  });

  it('freezes an object answer, so no caller can change what the next one gets', () => {
    const read = memoByText((t) => ({names: t.split(' '), shape: 'name'}));
    const first = read('Jane Doe');
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.names)).toBe(true);
    expect(() => first.names.push('X')).toThrow(TypeError);
    expect(read('Jane Doe')).toEqual({names: ['Jane', 'Doe'], shape: 'name'});
  });

  it('caches undefined answers too', () => {
    let calls = 0;
    const nothing = memoByText(() => {
      calls++;
      return undefined;
    });
    nothing('x');
    nothing('x');
    expect(calls).toBe(1);
  });
});

describe('startParse', () => {
  it('drops every answer of the last parse', () => {
    let calls = 0;
    const len = memoByText((t) => {
      calls++;
      return t.length;
    });
    len('kept within a parse');
    len('kept within a parse');
    expect(calls).toBe(1);
    startParse();
    len('kept within a parse');
    expect(calls).toBe(2);
  });
});

describe('endParse', () => {
  it('leaves nothing of an article in the caches once parseArticle returns', async () => {
    const {cachedTexts} = await import('../src/nlp/memo.js');
    const {parseArticle} = await import('../src/parse-article.js');
    const text = 'Harbour ferry returns\nBy Jane Doe\nMarch 3, 2024\n\nThe ferry carried 120 people on Monday, the operator said. "It went well," she said.\n';
    const article = parseArticle(text);
    expect(article.byline?.authors).toEqual(['Jane Doe']);
    expect(cachedTexts()).toBe(0);
  });
});
