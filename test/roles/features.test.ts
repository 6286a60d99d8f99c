import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {textKey, visibleText} from '../../src/roles/features.js';
import {structureContext} from './structure-page.js';
import {fuzz} from '../helpers/fuzz-config.js';

describe('visibleText', () => {
  it('drops html-to-text link targets and keeps the anchor', () => {
    expect(visibleText('Read the report [https://example.org/report] today.')).toEqual({visible: 'Read the report today.', targets: 1});
  });

  it('drops relative targets, an image href and a bullet', () => {
    const {visible, targets} = visibleText('* Politics [/news/politics/]');
    expect(visible).toBe('Politics');
    expect(targets).toBe(1);
    expect(visibleText('Logo [/img/logo.png] https://example.org/').visible).toBe('Logo');
  });

  it('keeps the anchor of a markdown link and leaves source tags alone', () => {
    expect(visibleText('See [the filing](https://example.org/f) here').visible).toBe('See the filing here');
    expect(visibleText('Trade grew by a third. [TASS]').visible).toBe('Trade grew by a third. [TASS]');
  });

  it('reads each run of white space as one space, so CRLF soft breaks in markdown measure as LF ones do', () => {
    expect(visibleText('By Jane Doe  August 14, 2025  Get a summary')).toEqual({visible: 'By Jane Doe August 14, 2025 Get a summary', targets: 0});
    expect(visibleText('12H ago\t 34 photos').visible).toBe('12H ago 34 photos');
    expect(visibleText('One space only, as written.').visible).toBe('One space only, as written.');
  });

  it('treats a bare share-link query string as a target', () => {
    expect(visibleText('* ?subject=Hello%20there&body=x').visible).toBe('');
  });
});

describe('block features', () => {
  it('counts link targets per visible word and spots list items and capitals', () => {
    const ctx = structureContext(['* Sport [/sport/]', 'A HEADING IN CAPITALS', 'A paragraph with one link [https://example.org/a/b/c] in the middle of many other words here.']);
    const [nav, caps, para] = ctx.blocks;
    expect(nav!.listItem).toBe(true);
    expect(nav!.linkDensity).toBe(1);
    expect(caps!.allCaps).toBe(true);
    expect(para!.linkDensity).toBeLessThan(0.3);
    expect(para!.endsSentence).toBe(true);
  });

  it('measures a block with each run of white space counted once', () => {
    const ctx = structureContext(['Photo of the mayor  at the\tvote', 'Photo of the mayor at the vote']);
    expect(ctx.blocks[0]!.chars).toBe(30);
    expect(ctx.blocks[0]!.chars).toBe(ctx.blocks[1]!.chars);
  });

  it('counts repeats over the page and marks a block echoed right after itself', () => {
    const ctx = structureContext(['Same caption here', 'Same caption here', 'Something else', 'Same caption here']);
    expect(ctx.blocks.map((b) => b.repeats)).toEqual([3, 3, 1, 3]);
    expect(ctx.blocks.map((b) => b.echoes)).toEqual([true, true, false, false]);
  });

  it('counts Chinese and Japanese characters as words, two to a word', () => {
    const ctx = structureContext(['日本語の文章です。これは二つ目の文です。']);
    expect(ctx.blocks[0]!.cjk).toBe(true);
    expect(ctx.blocks[0]!.visibleWords).toBeGreaterThan(5);
    expect(ctx.blocks[0]!.sentences).toBe(2);
  });

  it('textKey ignores case, accents and punctuation', () => {
    expect(textKey('Una solución, no violenta!')).toBe(textKey('UNA SOLUCION NO VIOLENTA'));
    expect(textKey('“Don’t stop” — now… ½ ™')).toBe('don t stop now 1 2 tm');
  });

  it('textKey gives the normalised (NFKD) key on plain text and on text with English punctuation', () => {
    const slow = (t: string) => t.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const piece = fc.oneof(fc.string({maxLength: 8}), fc.constantFrom('«', '»', '©', '®', '·', '‐', '–', '—', '‘', '’', '‚', '‛', '“', '”', '„', '‟', '•', '…', '€', '£', '\u00a0', 'é', '½', '™', 'ﬁ', 'İ', 'K', ' ', 'Word'));
    fc.assert(fc.property(fc.array(piece, {maxLength: 12}).map((p) => p.join('')), (t) => {
      expect(textKey(t)).toBe(slow(t));
    }), fuzz(2000));
  });
});

describe('visibleText and inline images', () => {
  it('a data-URI image is a link target however long', () => {
    const img = `data:image/png;base64,${'A'.repeat(5000)}=`;
    const {visible, targets} = visibleText(`A picture of the school [${img}] opens today`);
    expect(visible).toBe('A picture of the school opens today');
    expect(targets).toBe(1);
  });
});

describe('visibleText of share links', () => {
  it('a line that starts with a URL is all link, even with words after it', () => {
    expect(visibleText('https://wa.me/?text=Council approves new schools https://example.org/a')).toEqual({visible: '', targets: 1});
    expect(visibleText('?subject=&body=Council%20approves').visible).toBe('');
  });
});
