import {describe, expect, it} from 'vitest';
import {readByline} from '../../src/readers/authors.js';
import {isDateLine} from '../../src/readers/byline-readings.js';
import {hasCredit} from '../../src/readers/credit.js';
import {bylineDetector} from '../../src/roles/byline.js';
import {captionDetector} from '../../src/roles/caption.js';
import {datelineDetector} from '../../src/roles/dateline.js';
import {roleContext} from './context.js';

// Lines that look a little like a byline, a date or a caption, and are not.
const NOT_BYLINES = [
  'By clicking “accept” below, you acknowledge our use of cookies',
  'By continuing to use this site you agree to our terms',
  'By 2030 the city will have doubled its solar capacity.',
  'By the way, the council meets again on Friday.',
  'Sponsored Links by Taboola',
  'Keynote by Jane Doe at the 2016 conference',
  'Privacy Policy',
  'Terms of Service',
  'Sign up for our newsletter',
  'Share on Facebook',
  'Published March 9, 2017',
  'The New Republic',
];

const NOT_DATE_LINES = [
  'The council met on March 9, 2017 to discuss the budget for the coming year and beyond.',
  'Copyright © 2024 Example Media. All rights reserved.',
  '1k',
  '10 comments',
  'Jane Doe/November 18, 2016',
  'By Jane Doe August 14, 2025',
];

const NOT_CAPTIONS = [
  'Sales rose 5% year on year and / or more than the market expected in the last three quarters of the year.',
  'The photo: a view that nobody had seen before.',
  'Read more: how the council spends its money',
  'The council voted on Tuesday to approve the new budget.',
];

describe('not bylines', () => {
  it.each(NOT_BYLINES)('%s', (line) => {
    const ctx = roleContext(['A headline for the story', line, 'The council voted on Tuesday to approve the new budget, which raises spending.']);
    expect(bylineDetector.propose(ctx.blocks[1]!, ctx)).toBeNull();
  });
  it('readByline gives no names for phrases', () => {
    for (const line of NOT_BYLINES.slice(0, 7)) expect(readByline(line)).toBeNull();
  });
});

describe('not date lines', () => {
  it.each(NOT_DATE_LINES)('%s', (line) => {
    expect(isDateLine(line)).toBe(false);
    const ctx = roleContext([line]);
    expect(datelineDetector.propose(ctx.blocks[0]!, ctx)).toBeNull();
  });
});

describe('not captions', () => {
  it.each(NOT_CAPTIONS)('%s', (line) => {
    expect(hasCredit(line)).toBe(false);
    const ctx = roleContext([line]);
    expect(captionDetector.propose(ctx.blocks[0]!, ctx)).toBeNull();
  });
});

describe('menus with slashes are not captions', () => {
  it.each(['Press / Media', 'Privacy / DMCA contact', 'Updated on: November 19, 2019 / 10:07 AM', 'Boots / Bindings: Acme Strider 120; Other Binding 13 / Brand Model 13'])('%s', (line) => {
    expect(hasCredit(line)).toBe(false);
  });
});

describe('not a name with a date', () => {
  it.each(['Current Time 0:00', '<前の日記(2018年12月26日)'])('%s', (line) => {
    const r = readByline(line);
    expect(r === null || r.shape === 'name').toBe(true);
  });
});
