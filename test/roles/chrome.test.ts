import {describe, expect, it} from 'vitest';
import {chromeDetector, isShareButtons} from '../../src/roles/chrome.js';
import {structureContext} from './structure-page.js';

const propose = (line: string) => {
  const ctx = structureContext([line]);
  return chromeDetector.propose(ctx.blocks[0]!, ctx);
};

describe('chromeDetector', () => {
  it.each([
    'News', 'Dismiss', 'No time to read?', 'Get a summary', 'Share this article', 'Advertisement', 'Sign up',
    'Skip to main content', '© 2025 Example Media. All rights reserved', 'Facebook Twitter Reddit Email', '27 Comments',
    '(opens in new tab)', 'We use cookies to improve your experience. By continuing to browse you accept our use of cookies and our privacy terms, which are long.',
    'Your video will play in 00:25', '[https://example.org/only-a-target]',
    `© 2019 Example Media, LLC. All rights reserved. ${'Example and Example Daily are registered trademarks of Example Media. '.repeat(4)}`,
    'You’re reading a free article. Become an Example Daily member today to get every story.', 'Subscribe now to continue reading',
  ])('%s is boilerplate', (line) => {
    expect(propose(line)?.role).toBe('boilerplate');
  });

  it('a short navigation link in a list', () => {
    expect(propose('* World [/world/]')?.reason).toBe('a short navigation link');
  });

  it.each([
    'More than 100 people were hurt when the bridge gave way on Sunday.',
    'News of the decision spread quickly through the town.',
    'Share prices fell sharply after the announcement.',
    'Home sales rose for a third month',
  ])('not chrome: %s', (line) => {
    expect(propose(line)).toBeNull();
  });

  it('a menu of short items between separators', () => {
    expect(propose('Home | News | Sport | Weather')?.reason).toBe('a menu of short items between separators');
    expect(propose('Review Navigation: Specs // First Look // Full Review // Photos')?.role).toBe('boilerplate');
    expect(propose('The council | which met on Tuesday for six hours and argued | voted to fund the schools')).toBeNull();
  });

  it('isShareButtons wants only share-button words and at least one network', () => {
    expect(isShareButtons('Share on Facebook (opens in a new window) Share on Twitter')).toBe(true);
    expect(isShareButtons('Share')).toBe(false);
    expect(isShareButtons('Facebook shares fell')).toBe(false);
    // lower-cased as toLowerCase does: the Kelvin sign is a "k"
    expect(isShareButtons('Share on LIN\u212aEDIN')).toBe(true);
  });
});
