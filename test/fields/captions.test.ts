import {describe, expect, it} from 'vitest';
import {extractCaptions, hasCredit, splitCredit} from '../../src/fields/captions.js';
import {page} from './context.js';

describe('splitCredit', () => {
  it.each([
    ['The minister with his counterpart, Jane Doe. / gov.example', 'The minister with his counterpart, Jane Doe.', 'gov.example'],
    ['Whale expert at the beach. Photograph: Jane Doe/Getty Images', 'Whale expert at the beach.', 'Jane Doe/Getty Images'],
    ['Photograph: Jane Doe/Getty Images', '', 'Jane Doe/Getty Images'],
    ['Protesters outside the court (Photo: AFP)', 'Protesters outside the court', 'AFP'],
    ['The mayor speaks at the opening. Credit: Jane Doe', 'The mayor speaks at the opening.', 'Jane Doe'],
    ['The mayor speaks at the opening. (Jane Doe / The Daily)', 'The mayor speaks at the opening.', 'Jane Doe / The Daily'],
    ['The mayor speaks at the opening. REUTERS/Jane Doe', 'The mayor speaks at the opening.', 'REUTERS/Jane Doe'],
    ['The mayor speaks at the opening. Photo by Jane Doe', 'The mayor speaks at the opening.', 'Jane Doe'],
    ['Image caption The mayor speaks at the opening', 'The mayor speaks at the opening', null],
    // a word that only starts with "caption" is no caption label: nothing is cut off it
    ['Captions settings for the video player / Studio', 'Captions settings for the video player', 'Studio'],
  ])('%s', (line, text, credit) => {
    expect(splitCredit(line)).toEqual({text, credit});
  });

  it('reads each run of white space as one space, so a CRLF inside a caption does not change its credit', () => {
    const credit = 'Jane Doe/Getty Images Russian PM on official visit to Kyrgyzstan, one of the closest partners today';
    expect(credit.length).toBe(99); // a labelled credit runs to 100 characters
    for (const gap of [' ', '  ', '\r\n', '\t']) {
      expect(splitCredit(`Photograph: Jane Doe/Getty Images${gap}Russian PM on official visit to Kyrgyzstan, one of the${gap}closest  partners today`), JSON.stringify(gap))
        .toEqual({text: '', credit});
    }
  });

  it('hasCredit is false for prose with a slash or a colon', () => {
    expect(hasCredit('Sales rose 5% year on year and / or more than the market expected in the last three quarters of the year.')).toBe(false);
    expect(hasCredit('The photo: a view that nobody had seen before.')).toBe(false);
  });
});

describe('extractCaptions', () => {
  it('reads caption blocks with their spans', () => {
    const {text, ctx} = page(['H| Council approves the budget', 'C| The mayor at the vote. / city.example']);
    const [c] = extractCaptions(ctx);
    expect(c).toMatchObject({text: 'The mayor at the vote.', credit: 'city.example'});
    expect(text.slice(c!.span.start, c!.span.end)).toBe('The mayor at the vote. / city.example');
  });
});
