import {describe, expect, it} from 'vitest';
import {detectFormat} from '../../src/input/format.js';

describe('detectFormat', () => {
  it.each([
    ['<!DOCTYPE html><html><body><p>Hi</p></body></html>', 'html'],
    ['  \n<html lang="en"><head><title>T</title></head></html>', 'html'],
    ['<div class="story"><p>One paragraph of text.</p></div>', 'html'],
    ['<article>\n<h1>Title</h1>\n<p>Body</p>\n</article>', 'html'],
    ['# Title\n\nSome text.', 'markdown'],
    ['Some text with a [link](https://example.com/a) in it.', 'markdown'],
    ['![photo](/img/a.jpg)\n\nCaption text', 'markdown'],
    // an image with a bare file name: no link target a markdown link would have
    ['Caption text\n\n![photo](a.jpg)', 'markdown'],
    ['Plain text.\nAnother line.', 'text'],
  ])('%j is %s', (input, format) => {
    expect(detectFormat(input)).toBe(format);
  });

  it.each([
    // an article about HTML that quotes a few tags is still text
    ['How to centre a div\n\nWrap it in <div class="c"></div> and use flexbox: <p>text</p> stays </span> inline </b> and </i> too.\nMore prose here that goes on for a long while, explaining the trick in plain words for readers.', 'text'],
    // html-to-text's links, `anchor [https://...]`, are not markdown even next to a `#` line
    ['## SITE ## [/img/logo.png]\nNews [https://example.com/news]', 'text'],
    // brackets followed by a parenthesis that is no URL
    ['Call [Jane](509) 555-0100 for details.', 'text'],
    ['#hashtag and #another', 'text'],
    ['a < b and c > d', 'text'],
  ])('%j is %s (not a false positive)', (input, format) => {
    expect(detectFormat(input)).toBe(format);
  });
});
