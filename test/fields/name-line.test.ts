import {describe, expect, it} from 'vitest';
import {namesOfLine} from '../../src/fields/name-line.js';

describe('namesOfLine', () => {
  it('reads a line of nothing but names', () => {
    expect(namesOfLine('Mara Lindqvist')).toEqual(['Mara Lindqvist']);
    expect(namesOfLine('OLU ADEBAYO, MARA LINDQVIST')).toEqual(['OLU ADEBAYO', 'MARA LINDQVIST']);
    expect(namesOfLine('Anna von Berg und Jan de Vries')).toEqual(['Anna von Berg', 'Jan de Vries']);
    expect(namesOfLine('Dr. K. Ostrander')).toEqual(['Dr. K. Ostrander']);
    expect(namesOfLine('Mara Lindqvist Mara Lindqvist')).toEqual(['Mara Lindqvist']);
  });

  it('gives null for menus, labels, sentences, dates and single words', () => {
    for (const line of ['Top Stories', 'Alle Artikel', 'Next Previous', 'By Mara Lindqvist', 'March 3, 2024', 'Mara', 'The council met on Monday.', 'Real Estate', 'von Mara Lindqvist']) {
      expect(namesOfLine(line), line).toBeNull();
    }
  });
});
