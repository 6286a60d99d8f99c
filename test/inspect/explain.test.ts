import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {ArticleSchema, ExplainSchema, parseArticle} from '../../src/index.js';

const read = (file: string) => readFileSync(new URL(`../../fixtures/seeds/${file}`, import.meta.url), 'utf8');

// invented pages: plain text with two title-like lines, markdown, and HTML
const invented: Record<string, string> = {
  text: [
    'Harbour News',
    'Ferry Timetable Changes Confuse Commuters',
    'By Alma Reyes',
    'March 3, 2024',
    'The harbour authority changed the ferry timetable on Monday, moving the first crossing 20 minutes earlier.',
    '"We had no warning at all," said commuter Ben Ode, who takes the 7am boat every day.',
    'About 4,000 people use the ferry each weekday, according to the authority, up 12% on last year.',
    'Related: New pier opens next month',
  ].join('\n\n'),
  markdown: [
    '# Orchard Growers Expect a Record Apple Harvest',
    '*By Tomas Lind*',
    '',
    'Growers in the valley expect to pick more than 30,000 tonnes of apples this autumn, the cooperative said on Tuesday.',
    '',
    'The cooperative\'s chair, Ines Varga, said the warm spring helped. "It was the best blossom in ten years," she said.',
  ].join('\n'),
  html: '<html><head><title>Library Extends Opening Hours</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>'
    + '<article><h1>Library Extends Opening Hours</h1><p class="byline">By Priya Nair</p>'
    + '<p>The city library will open until 9pm on weekdays from June, the council said, a change costing about $120,000 a year.</p>'
    + '<p>Staff numbers will rise by 6, according to the council.</p></article><footer>Contact us</footer></body></html>',
};

const inputs: [string, string][] = [
  ['seed bne-mishustin-visit', read('bne-mishustin-visit.txt')],
  ['seed tass-russia-kyrgyzstan', read('tass-russia-kyrgyzstan.txt')],
  ...Object.entries(invented),
];

describe.each(inputs)('explain on %s', (_name, input) => {
  const plain = parseArticle(input);
  const explained = parseArticle(input, {explain: true});

  it('is off by default, and the rest of the output is byte-identical with it on', () => {
    expect('explain' in plain).toBe(false);
    expect(parseArticle(input, {explain: false})).not.toHaveProperty('explain');
    const {explain, ...rest} = explained;
    expect(explain).toBeDefined();
    expect(JSON.stringify(rest)).toBe(JSON.stringify(plain));
  });

  it('is valid against the schemas', () => {
    expect(ArticleSchema.safeParse(explained).success).toBe(true);
    expect(ExplainSchema.safeParse(explained.explain).success).toBe(true);
  });

  it('explains every block, in order, with the role it has', () => {
    const blocks = explained.explain!.blocks;
    expect(blocks.map((b) => b.index)).toEqual(explained.blocks.map((_, i) => i));
    expect(blocks.map((b) => b.role)).toEqual(explained.blocks.map((b) => b.role));
    for (const b of blocks) {
      // a block decided by a refiner lists that refiner's step last; one decided by a detector has that proposal
      if (b.decidedBy.startsWith('refiner:')) expect(b.steps.at(-1)!.refiner).toBe(b.decidedBy.slice('refiner:'.length));
      if (b.decidedBy.startsWith('detector:')) {
        expect(b.steps).toEqual([]);
        expect(b.proposals.some((p) => `detector:${p.detector}` === b.decidedBy && p.role === b.role)).toBe(true);
      }
      if (b.steps.length) expect(b.steps.at(-1)!.to).toBe(b.role);
    }
  });

  it('points each field at the blocks it was read from, and its losers elsewhere', () => {
    const {fields} = explained.explain!;
    const text = (i: number) => explained.blocks[i]!.text;
    if (explained.headline) expect(text(fields.headline.blocks[0]!)).toContain(explained.headline.split(' ')[0]);
    else expect(fields.headline.blocks).toEqual([]);
    if (explained.byline) {
      const b = explained.blocks[fields.byline.blocks[0]!]!;
      expect(b.span.start).toBeLessThan(explained.byline.span.end);
      expect(b.span.end).toBeGreaterThan(explained.byline.span.start);
    }
    expect(fields.paragraphs.blocks.every((i) => explained.blocks[i]!.role === 'body')).toBe(true);
    for (const f of Object.values(fields)) {
      for (const c of f.candidates) {
        expect(f.blocks).not.toContain(c.block);
        expect(c.role).toBe(explained.blocks[c.block]!.role);
      }
      const scores = f.candidates.map((c) => c.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });
});

describe('explain: candidates that lost', () => {
  it('lists the other title line as a losing headline candidate, with a lower score', () => {
    const a = parseArticle(invented.text!, {explain: true});
    const f = a.explain!.fields.headline;
    expect(a.headline).toBe('Ferry Timetable Changes Confuse Commuters');
    expect(f.reason).toMatch(/score \d/);
    const site = a.blocks.findIndex((b) => b.text === 'Harbour News');
    const lost = f.candidates.find((c) => c.block === site);
    expect(lost).toBeDefined();
    const won = Number(/score (-?[\d.]+)/.exec(f.reason)![1]);
    expect(lost!.score).toBeLessThan(won);
  });

  it('gives the markup between HTML blocks an explanation of its own', () => {
    const a = parseArticle(invented.html!, {explain: true});
    const gaps = a.explain!.blocks.filter((b) => b.decidedBy === 'markup');
    expect(gaps.length).toBeGreaterThan(0);
    for (const g of gaps) expect(a.blocks[g.index]!.text).toBe('');
  });
});
