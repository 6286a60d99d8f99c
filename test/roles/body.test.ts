import {describe, expect, it} from 'vitest';
import {bodyDetector} from '../../src/roles/body.js';
import {PARA, structureContext} from './structure-page.js';

const proposeAll = (lines: string[]) => {
  const ctx = structureContext(lines);
  return ctx.blocks.map((b) => bodyDetector.propose(b, ctx));
};

describe('bodyDetector', () => {
  it('long sentence prose is body with a high score', () => {
    const [p] = proposeAll([PARA[0]!]);
    expect(p?.role).toBe('body');
    expect(p!.score).toBeGreaterThanOrEqual(0.6);
  });

  it('a short sentence is body with a low score', () => {
    const [p] = proposeAll(['It was the third vote this year.']);
    expect(p?.score).toBeLessThan(0.6);
  });

  it('counts only visible words: a line of link targets is not prose', () => {
    const [p] = proposeAll(['Home [https://example.org/] News [https://example.org/news/] Sport [https://example.org/sport/] Weather [https://example.org/weather/]']);
    expect(p).toBeNull();
  });

  it('a caption printed twice in a row is not a paragraph', () => {
    const cap = 'The mayor speaks to reporters outside city hall on Tuesday after the council vote.';
    const [a, b] = proposeAll([cap, cap]);
    expect(a).toBeNull();
    expect(b).toBeNull();
  });

  it('Japanese prose with sentence ends is body', () => {
    const [p] = proposeAll(['市議会は火曜日、新しい学校を三校建設するための予算を承認した。工事は来年の春に始まる予定だという。']);
    expect(p?.role).toBe('body');
  });

  it.each(['Breaking News', 'Politics', 'Read more'])('not body: %s', (line) => {
    expect(proposeAll([line])[0]).toBeNull();
  });
});

describe('bodyDetector on teasers', () => {
  it('long text with links and no sentence is a teaser, not prose', () => {
    const title = 'Three Schools Approved As Council Ends A Year Of Argument Over The Bond Money And The Plans For Each District';
    const [p] = proposeAll([`* ${title} [/news/schools] ${title} [https://example.org/img.jpg]`]);
    expect(p).toBeNull();
  });

  it('a plain list item (no link) is weak body', () => {
    const [p] = proposeAll(['+ Added three new school buildings in the north']);
    expect(p).toMatchObject({role: 'body', reason: 'a list item'});
  });
});
