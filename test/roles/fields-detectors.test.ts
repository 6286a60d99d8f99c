import {describe, expect, it} from 'vitest';
import {bylineDetector} from '../../src/roles/byline.js';
import {captionDetector} from '../../src/roles/caption.js';
import {datelineDetector} from '../../src/roles/dateline.js';
import {roleContext} from '../fields/context.js';

const propose = (detector: typeof bylineDetector, lines: string[], i: number) => {
  const ctx = roleContext(lines);
  return detector.propose(ctx.blocks[i]!, ctx);
};

describe('bylineDetector', () => {
  it.each([
    ['By Jane Doe'],
    ['By bne IntelliNews August 14, 2025'],
    ['Written by Jane Doe'],
    ['Reporting by Jane Doe; Editing by John Roe'],
    ['Jane Doe/November 18, 2016'],
    ['Jane Doe | Staff Writer'],
  ])('%s', (line) => {
    expect(propose(bylineDetector, ['A headline for the story', line], 1)?.role).toBe('byline');
  });

  it('a bare name next to a date line, and the name after a "By" line', () => {
    expect(propose(bylineDetector, ['Jane Doe', 'December 18, 2020'], 0)?.role).toBe('byline');
    expect(propose(bylineDetector, ['By', 'Jane Doe'], 1)?.role).toBe('byline');
    expect(propose(bylineDetector, ['By', 'Jane Doe'], 0)?.role).toBe('byline');
  });

  it('not a bare name alone', () => {
    expect(propose(bylineDetector, ['Some headline here', 'Jane Doe', 'Some paragraph of text follows here.'], 1)).toBeNull();
  });
});

describe('datelineDetector', () => {
  it.each([['August 14, 2025'], ['Published 14 Aug 2025 09:12 GMT'], ['Dec. 13, 2016, 12:31 PM UTC / Updated Dec. 13, 2016, 6:06 PM UTC'], ['10/17/2022 04:01 PM EDT'], ['WASHINGTON —']])(
    '%s',
    (line) => {
      expect(propose(datelineDetector, [line], 0)?.role).toBe('dateline');
    },
  );
});

describe('captionDetector', () => {
  it.each([
    ['The minister with his counterpart, Jane Doe. / gov.example'],
    ['Photograph: Jane Doe/Getty Images'],
    ['Protesters outside the court (Photo: AFP)'],
    ['Image caption The mayor speaks at the opening'],
    ['Credit: Jane Doe'],
  ])('%s', (line) => {
    expect(propose(captionDetector, [line], 0)?.role).toBe('caption');
  });
});
