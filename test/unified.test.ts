// newsparse/unified in a user's own unified pipeline.
import {describe, expect, it} from 'vitest';
import {unified, type Plugin} from 'unified';
import retextEnglish from 'retext-english';
import {VFile} from 'vfile';
import type {Root} from 'nlcst';
import {toString} from 'nlcst-to-string';
import retextNumericClaims from '../src/unified.js';
import {extractNumericClaims, NumericClaimSchema} from '../src/index.js';

// a user's own compiler, so that `process` runs the whole pipeline
const stringify: Plugin<[], Root, string> = function () {
  this.compiler = (tree) => toString(tree as Root);
};

describe('retextNumericClaims', () => {
  it('attaches the claims to file.data.numericClaims with spans into the file', async () => {
    const text = 'Trade turnover increased by 16% and amounted to $1.3 billion.\n\nAround 90,000 Kyrgyz citizens may leave.';
    const file = await unified().use(retextEnglish).use(retextNumericClaims).use(stringify).process(new VFile(text));
    const claims = file.data.numericClaims!;
    expect(claims.map((c) => c.text)).toEqual(['16%', '$1.3 billion', 'Around 90,000']);
    for (const c of claims) {
      expect(NumericClaimSchema.safeParse(c).success).toBe(true);
      expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
    }
    expect(claims[0]).toMatchObject({kind: 'percent', change: 'increase', subject: 'Trade turnover'});
    expect(String(file)).toBe(text); // the tree is left as it was
  });

  it('gives the same claims as extractNumericClaims', () => {
    const text = 'Exports fell 7% to $2.3 billion, the ministry said. Some 5-7 million tonnes were shipped.';
    const processor = unified().use(retextEnglish).use(retextNumericClaims);
    const file = new VFile(text);
    processor.runSync(processor.parse(file), file);
    expect(file.data.numericClaims).toEqual(extractNumericClaims(text));
  });

  it('gives claims the default speaker when the text names none', () => {
    const processor = unified().use(retextEnglish).use(retextNumericClaims, {defaultSpeaker: 'TASS'});
    const file = new VFile('Investments have surpassed two billion dollars.');
    processor.runSync(processor.parse(file), file);
    expect(file.data.numericClaims).toMatchObject([{text: 'two billion dollars', bound: 'lower', speaker: 'TASS'}]);
  });

  it('gives a claim inside a quote the quote’s speaker', () => {
    const text = '"Trade reached $3.9 billion," Kasymaliev added.';
    const quotes = [{speaker: 'Kasymaliev', span: {start: 0, end: text.indexOf(',"') + 2}}];
    const processor = unified().use(retextEnglish).use(retextNumericClaims, {defaultSpeaker: 'TASS', quotes});
    const file = new VFile(text);
    processor.runSync(processor.parse(file), file);
    expect(file.data.numericClaims?.[0]).toMatchObject({text: '$3.9 billion', speaker: 'Kasymaliev'});
  });

  it('runs after other plugins that read the tree, and sets an empty list for text without numbers', () => {
    const seen: string[] = [];
    const countSentences: Plugin<[], Root> = () => (tree) => {
      seen.push(String(tree.children.length));
    };
    const processor = unified().use(retextEnglish).use(countSentences).use(retextNumericClaims);
    const file = new VFile('No numbers here at all.');
    processor.runSync(processor.parse(file), file);
    expect(seen).toEqual(['1']);
    expect(file.data.numericClaims).toEqual([]);
  });
});
