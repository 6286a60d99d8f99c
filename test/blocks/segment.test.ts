import {describe, expect, it} from 'vitest';
import {segment} from '../../src/blocks/index.js';
import {readInput} from '../../src/input/index.js';

const blocks = (text: string) => segment(readInput(text, 'text').lines).map((b) => b.text);

describe('segment', () => {
  it('one block per line, blank lines or not', () => {
    expect(blocks('Menu\nHome\n\nA title\n\nBody.')).toEqual(['Menu', 'Home', 'A title', 'Body.']);
  });

  it('joins a hard-wrapped paragraph', () => {
    const text = 'The council voted on Tuesday to fund three new schools in the\nnorth of the city, after months of debate.';
    expect(blocks(text)).toEqual(['The council voted on Tuesday to fund three new schools in the north of the city, after months of debate.']);
  });

  it('keeps a title line apart from the byline under it', () => {
    const text = "Helter Shelter: The City's Fallout Shelters Basically Don't Exist Anymore\nby Jane Doe";
    expect(blocks(text)).toHaveLength(2);
  });

  it('keeps a line that ends a sentence apart from the next', () => {
    expect(blocks('The council voted on Tuesday to fund three new schools in the city.\nthen it adjourned')).toHaveLength(2);
  });

  it('spans cover the lines exactly', () => {
    const text = '  First line  \n\nSecond';
    const s = segment(readInput(text, 'text').lines);
    expect(s.map((b) => text.slice(b.start, b.end))).toEqual(['First line', 'Second']);
  });
});
