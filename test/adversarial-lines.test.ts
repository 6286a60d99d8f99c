// Long runs of one kind of character inside a line: what a regex with an unbounded
// quantifier that can start anywhere in the run (\s*X$, [^\]]{1,2000}, [A-Z]+\s...) turns
// into quadratic time, and what a tokenizer that splices arrays turns into quadratic work.
// No timing is asserted: each input is sized so that a quadratic step takes minutes.
import {describe, it} from 'vitest';
import {claims, parse} from './helpers/outcome.js';

describe('long runs of one character class', {timeout: 300_000}, () => {
  it.each([
    ['spaces', 'a' + ' '.repeat(100_000) + 'b'],
    ['NBSP', 'a' + '\u00a0'.repeat(100_000) + 'b'],
    ['tabs', 'a' + '\t'.repeat(100_000) + 'b'],
    ['spaces before a tag', 'Text' + ' '.repeat(100_000) + '[TASS'],
    ['letters', 'a'.repeat(100_000)],
    ['capitals', 'A'.repeat(100_000)],
    ['capitalised words', 'Abc '.repeat(25_000)],
    ['digits', '9'.repeat(100_000)],
    ['digit groups', '1,000'.repeat(20_000)],
    ['dots', '.'.repeat(100_000)],
    ['dashes', '-'.repeat(100_000)],
    ['slashes', ' /'.repeat(50_000)],
    ['colons', 'said: '.repeat(17_000)],
    ['pipes', ' | '.repeat(33_000)],
    ['credit labels', 'photo: '.repeat(14_000)],
    ['by', 'By '.repeat(33_000)],
    ['emails', 'a@b.c '.repeat(17_000)],
    ['urls', 'https://example.com/'.repeat(5_000)],
    ['spaced capitals', 'A '.repeat(50_000)],
    ['open brackets', '['.repeat(100_000)],
    ['unclosed brackets', '[ab'.repeat(33_000)],
    ['open parentheses', '(AP'.repeat(33_000)],
    ['quote marks', '"“'.repeat(50_000)],
  ])('a 100,000-character line of %s', (_name, input) => {
    parse(input);
    claims(input);
  });

  it('the same long runs inside a normal page', () => {
    const runs = [' '.repeat(100_000), '\u00a0'.repeat(100_000), 'A'.repeat(100_000), '9'.repeat(100_000), '-'.repeat(100_000)];
    for (const run of runs) {
      const input = `Exports rise to a record\n\nBy Jane Doe${run}\n\nMay 8, 2025${run}\n\nExports rose 16% to $1.3bn in 2024,${run} officials said. [TASS]\n\nPhoto:${run} Reuters\n\nRead more:${run} Exports`;
      parse(input);
    }
  });
});
