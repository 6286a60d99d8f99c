import {describe, expect, it} from 'vitest';
import {parseArticle} from '../../src/index.js';
import {escapeHtml, renderMarked, type Mark} from '../../src/inspect/annotate.js';
import {speakerMention} from '../../src/inspect/speakers.js';
import {inspectText} from '../../src/inspect/record.js';
import {claimTip, renderPage} from '../../src/inspect/template.js';
import {pagePath} from '../../src/cli/inspect.js';

const mark = (start: number, end: number, rank: number, name: string): Mark => ({span: {start, end}, rank, tag: 'b', attrs: {class: name, id: name}});

describe('renderMarked', () => {
  const text = 'abcdefghij';

  it('nests marks, outer first, and escapes the text', () => {
    expect(renderMarked('a<b&c>d', {start: 0, end: 7}, [mark(1, 6, 0, 'x')])).toBe('a<b class="x" id="x">&lt;b&amp;c&gt;</b>d');
    expect(renderMarked(text, {start: 0, end: 10}, [mark(2, 4, 3, 'in'), mark(1, 8, 1, 'out')])).toBe('a<b class="out" id="out">b<b class="in" id="in">cd</b>efgh</b>ij');
  });

  it('closes and reopens a mark that crosses another, keeping the id on the first piece', () => {
    const html = renderMarked(text, {start: 0, end: 10}, [mark(1, 5, 1, 'p'), mark(3, 8, 2, 'q')]);
    expect(html).toBe('a<b class="p" id="p">bc<b class="q" id="q">de</b></b><b class="q" data-cont="">fgh</b>ij');
    // every character is still there, once
    expect(html.replace(/<[^>]*>/g, '')).toBe(text);
  });

  it('clips marks to the span it renders', () => {
    expect(renderMarked(text, {start: 2, end: 6}, [mark(0, 4, 0, 'x'), mark(8, 9, 0, 'y')])).toBe('<b class="x" id="x">cd</b>ef');
  });

  it('escapes every character HTML gives meaning to', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('speakerMention', () => {
  const view = `Mayor Ana Duarte opened the market. "It is a good day," Duarte said. ${'The stalls stayed open late. '.repeat(30)}Ana Duarte left at nine.`;
  const q = (speaker: string | null) => {
    const start = view.indexOf('"It');
    return {text: '"It is a good day,"', speaker, span: {start, end: start + 19}, kind: 'direct' as const, cue: null, speakerMention: null, speakerSpan: null};
  };

  it('finds the full name nearest the quote, outside it', () => {
    const m = speakerMention(view, q('Ana Duarte'))!;
    expect(view.slice(m.start, m.end)).toBe('Ana Duarte');
    expect(m.start).toBe(view.indexOf('Ana Duarte'));
  });

  it('falls back to the surname, and to nothing', () => {
    const v = '"We will see," Duarte said.';
    const m = speakerMention(v, {text: '"We will see,"', speaker: 'Ana Duarte', span: {start: 0, end: 14}, kind: 'direct' as const, cue: null, speakerMention: null, speakerSpan: null})!;
    expect(v.slice(m.start, m.end)).toBe('Duarte');
    expect(speakerMention(view, q(null))).toBeNull();
    expect(speakerMention(view, q('Ben Ode'))).toBeNull();
  });

  it('needs a whole word', () => {
    const v = 'Odessa was quiet. "Fine," she said.';
    expect(speakerMention(v, {text: '"Fine,"', speaker: 'Ode', span: {start: 18, end: 25}, kind: 'direct' as const, cue: null, speakerMention: null, speakerSpan: null})).toBeNull();
  });
});

describe('renderPage', () => {
  const text = 'Council Approves New Budget\n\nBy Jo Park\n\nThe council approved a budget of $4.2 million on Monday, up 3% on last year. "It is balanced," said treasurer Sam Lee.\n\nA note: </script><script>alert(1)</script> <img src="http://example.com/x.png">';
  const record = inspectText('budget.txt', text, {explain: true});
  const html = renderPage([record]);

  it('is self-contained: no external script, style, image or font', () => {
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/<(?:script|img|iframe)[^>]*\ssrc=/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).toContain("default-src 'none'");
  });

  it('keeps the input text as text: no tag of the input reaches the page', () => {
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src="http://example.com');
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)');
    // the explain JSON cannot close its script element either
    const json = /<script type="application\/json" class="explain">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(parseArticle(text, {explain: true}).explain);
  });

  it('gives each claim its tooltip: value, unit, bound, change, subject and speaker', () => {
    const a = parseArticle(text);
    const money = a.numericClaims.find((c) => c.kind === 'money')!;
    const tip = claimTip(money);
    expect(tip.split('\n').map((l) => l.split(':')[0])).toEqual(['value', 'unit', 'kind', 'bound', 'change', 'subject', 'speaker']);
    expect(tip).toContain('value: 4,200,000');
    expect(tip).toContain('unit: USD');
    expect(html).toContain(`data-tip="${escapeHtml(tip)}"`);
  });

  it('shows confidence when a field has it, and nothing when it does not', () => {
    expect(html).not.toContain('class="conf');
    if (!('error' in record)) {
      const withConf = {...record, article: {...record.article, confidence: {headline: {confidence: 0.31, missed: null}}}};
      const page = renderPage([withConf as typeof record]);
      expect(page).toMatch(/data-field="headline"[\s\S]*?class="conf low" data-confidence="0.31"/);
    }
  });

  it('shows a record that failed as its error', () => {
    const bad = inspectText('empty.txt', '   ');
    expect(bad).toMatchObject({error: {code: expect.any(String)}});
    expect(renderPage([bad])).toContain('class="error"');
  });

  it('hides all records but the first behind a picker when there are several', () => {
    const page = renderPage([record, inspectText('two.txt', 'Second Story Title\n\nIt has one sentence of 12 words, more or less, in the body.')]);
    expect(page.match(/<option /g)).toHaveLength(2);
    expect(page.match(/<section class="record"[^>]*hidden/g)).toHaveLength(1);
  });
});

describe('pagePath', () => {
  it('names the page after the input, here; - is stdout', () => {
    expect(pagePath('/some/dir/story.txt', undefined)).toBe('story.inspect.html');
    expect(pagePath('feed.jsonl.gz', undefined)).toBe('feed.inspect.html');
    expect(pagePath('-', undefined)).toBe('-');
    expect(pagePath('story.txt', 'out.html')).toBe('out.html');
  });
});
