import {describe, expect, it} from 'vitest';
import {parseArticle} from '../../src/index.js';
import {readInput} from '../../src/input/index.js';
import {htmlView} from '../../src/input/html.js';
import {expectArticleInvariants} from '../helpers/invariants.js';

const page = (body: string, head = '<title>Council approves the new river bridge plan | The Daily Example</title>') =>
  `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n${head}\n<style>body { color: #333 }</style>\n<script>window.dataLayer = [{"page": "<p>not text</p>"}];</script>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;

const ARTICLE = page(`<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
  <h1>Council approves the new river bridge plan</h1>
  <p class="byline">By <a rel="author" href="/staff/jane-doe">Jane Doe</a></p>
  <time datetime="2024-05-06T09:30:00Z">May 6, 2024</time>
  <figure><img src="/img/bridge.jpg" alt=""><figcaption>The old bridge at dawn. Photo: Sam Lee/Example</figcaption></figure>
  <p>The city council voted on Monday to approve the <a href="https://example.org/plan">new bridge plan</a>, which will cost &pound;12m over the next three years.</p>
  <!-- ad slot -->
  <p>&ldquo;This is a day we have waited for,&rdquo; said Mayor Ann Smith, who has pushed for the crossing since her election.</p>
  <p>Work is expected to start in the spring, and the bridge should open to traffic before the end of 2027.</p>
</article></main>
<footer><p>&copy; 2024 The Daily Example. All rights reserved.</p></footer>`);

describe('HTML input', () => {
  it('finds headline, byline, date, caption and paragraphs, and keeps the invariants', () => {
    const a = parseArticle(ARTICLE, {format: 'html'});
    expectArticleInvariants(ARTICLE, a);
    expect(a.headline).toBe('Council approves the new river bridge plan');
    expect(a.byline?.authors).toEqual(['Jane Doe']);
    expect(a.publishedAt?.iso.slice(0, 10)).toBe('2024-05-06');
    expect(a.captions.map((c) => [c.text, c.credit])).toEqual([['The old bridge at dawn.', 'Sam Lee/Example']]);
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      'The city council voted on Monday to approve the new bridge plan, which will cost £12m over the next three years.',
      '“This is a day we have waited for,” said Mayor Ann Smith, who has pushed for the crossing since her election.',
      'Work is expected to start in the spring, and the bridge should open to traffic before the end of 2027.',
    ]);
    // no markup, script or style text leaks into any block
    for (const b of a.blocks) expect(b.text).not.toMatch(/[<>]|dataLayer|color:/);
  });

  it('is also detected with format "auto"', () => {
    expect(readInput(ARTICLE).format).toBe('html');
    expect(parseArticle(ARTICLE).headline).toBe('Council approves the new river bridge plan');
  });

  it('turns <a href> inside a paragraph into links, resolving relative URLs against options.url', () => {
    const input = '<h1>Annual report published late</h1><p>Officials in <a href="/places/springfield">Springfield</a> said the <a href="https://example.org/report">annual report</a> was published late this year, after months of delay.</p><p>The report covers the spending of every department in the city over the last twelve months.</p>';
    const a = parseArticle(input, {format: 'html', url: 'https://news.example.com/2024/story'});
    expectArticleInvariants(input, a);
    expect(a.headline).toBe('Annual report published late');
    const p = a.paragraphs[0]!;
    expect(p.text).toBe('Officials in Springfield said the annual report was published late this year, after months of delay.');
    expect(p.links?.map((l) => [l.text, l.url])).toEqual([
      ['Springfield', 'https://news.example.com/places/springfield'],
      ['annual report', 'https://example.org/report'],
    ]);
    for (const l of p.links!) expect(input.slice(l.span.start, l.span.end)).toMatch(/^<a href=.*<\/a>$/);
  });

  it('decodes entities without breaking words, and spans still hold the source text', () => {
    const input = '<h1>Q&amp;A: why AT&amp;T&#8217;s deal didn&rsquo;t close</h1>\n<p>Shares fell&nbsp;5% and the company&#x27;s debt rose to &euro;3bn, the filing said on Tuesday, citing people familiar with it.</p>';
    const a = parseArticle(input, {format: 'html'});
    expectArticleInvariants(input, a);
    expect(a.headline).toBe('Q&A: why AT&T’s deal didn’t close');
    expect(a.paragraphs[0]!.text).toBe("Shares fell 5% and the company's debt rose to €3bn, the filing said on Tuesday, citing people familiar with it.");
    const euro = a.numericClaims.find((c) => c.unit === 'EUR');
    expect(euro?.value).toBe(3e9);
    expect(input.slice(euro!.span.start, euro!.span.end)).toContain('&euro;3bn');
  });

  it('keeps words whole across inline tags, and leaves no space before punctuation after a link', () => {
    const input = '<h1>Fifth report in a row</h1><p>The <em>fifth</em> report came from <a href="/a">Smith</a>, then from <b>Jones</b>. It was the fifth in a row this year (<i>so far</i>), officials said.</p>';
    const a = parseArticle(input, {format: 'html'});
    expectArticleInvariants(input, a);
    expect(a.paragraphs[0]!.text).toBe('The fifth report came from Smith, then from Jones. It was the fifth in a row this year (so far), officials said.');
  });

  it('blanks scripts, styles, comments, templates and noscript, but covers them with boilerplate blocks', () => {
    const input = '<style>.x{}</style><script>var s = "A long script string that looks like prose, with words and a period.";</script><!-- a comment with words --><template><p>Hidden template text</p></template><p>Only this sentence is visible text on the whole page, and it is long enough.</p><noscript>Enable JavaScript to read</noscript>';
    const a = parseArticle(input, {format: 'html'});
    expectArticleInvariants(input, a);
    expect(a.blocks.filter((b) => b.text).map((b) => b.text)).toEqual(['Only this sentence is visible text on the whole page, and it is long enough.']);
    expect(a.blocks.filter((b) => !b.text).every((b) => b.role === 'boilerplate')).toBe(true);
  });

  it('copes with malformed HTML: unclosed tags, stray end tags, bad nesting', () => {
    const input = '<h1>A page with broken markup</h1><div><p>First paragraph is not closed and runs on for a while before the next one begins.<p>Second <b>bold <i>nested</b> wrongly</i> and a stray </span> end tag, then the end of the text.</div></div>';
    const a = parseArticle(input, {format: 'html'});
    expectArticleInvariants(input, a);
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      'First paragraph is not closed and runs on for a while before the next one begins.',
      'Second bold nested wrongly and a stray end tag, then the end of the text.',
    ]);
  });

  it('gives the same fields with CRLF line ends, with offsets into the CRLF input', () => {
    const crlf = ARTICLE.replace(/\n/g, '\r\n');
    const a = parseArticle(ARTICLE, {format: 'html'});
    const b = parseArticle(crlf, {format: 'html'});
    expectArticleInvariants(crlf, b);
    expect(b.headline).toBe(a.headline);
    expect(b.byline?.authors).toEqual(a.byline?.authors);
    expect(b.paragraphs.map((p) => p.text)).toEqual(a.paragraphs.map((p) => p.text));
  });

  it('splits lines at <br> and block tags, and keeps line breaks inside <pre>', () => {
    const {view} = htmlView('<p>one<br>two</p><div>three</div><pre>a\nb</pre><span>four,</span><span>five</span>');
    expect(view.split(/\n+/).map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean)).toEqual(['one', 'two', 'three', 'a', 'b', 'four,five']);
  });

  it('reads author and publication date from <meta> and JSON-LD, with spans on the values', () => {
    const head = '<title>Port strike ends after two weeks of talks</title><meta name="author" content="Jane Doe"><meta property="article:published_time" content="2023-11-02">';
    const input = page('<h1>Port strike ends after two weeks of talks</h1><p>Dock workers returned to work on Thursday after the union accepted a pay offer worth 9% over two years.</p>', head);
    const a = parseArticle(input, {format: 'html'});
    expectArticleInvariants(input, a);
    expect(a.byline?.authors).toEqual(['Jane Doe']);
    expect(input.slice(a.byline!.span.start, a.byline!.span.end)).toBe('Jane Doe');
    expect(a.publishedAt?.iso).toBe('2023-11-02');
    expect(input.slice(a.publishedAt!.span.start, a.publishedAt!.span.end)).toBe('2023-11-02');

    const ld = page('<h1>Port strike ends</h1><p>Dock workers returned to work on Thursday after the union accepted a pay offer worth 9% over two years.</p>',
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-02","author":{"@type":"Person","name":"Ravi Patel"}}</script>');
    const b = parseArticle(ld, {format: 'html'});
    expectArticleInvariants(ld, b);
    expect(b.publishedAt?.iso).toBe('2023-11-02');
    expect(b.byline?.authors).toEqual(['Ravi Patel']);
  });

  it('prefers the <h1> over the <title>, and uses the title when there is no heading', () => {
    const withH1 = parseArticle(ARTICLE, {format: 'html'});
    expect(withH1.blocks.find((b) => b.text.startsWith('Council approves the new river bridge plan |'))?.role).toBe('boilerplate');
    const input = '<html><head><title>Storm closes schools across the region</title></head><body><p>Schools across the region were closed on Friday as the storm brought winds of up to 90 mph.</p></body></html>';
    expect(parseArticle(input, {format: 'html'}).headline).toBe('Storm closes schools across the region');
  });

  it('marks navigation and footers as boilerplate', () => {
    const a = parseArticle(ARTICLE, {format: 'html'});
    const roleOf = (text: string) => a.blocks.find((b) => b.text.includes(text))?.role;
    expect(roleOf('Sport')).toBe('boilerplate');
    expect(roleOf('All rights reserved')).toBe('boilerplate');
  });

  it('covers every character of markup-only and tiny inputs', () => {
    for (const input of ['<br>', '<p></p>', '<!-- only a comment -->', '<p>x</p>', '<html><body><div><span>&amp;</span></div></body></html>', '<p>a &lt; b &gt; c</p>', '< p >not a tag</p>']) {
      expectArticleInvariants(input, parseArticle(input, {format: 'html'}));
    }
  });

  it('gives related items found in HTML the URL of their link', () => {
    const input = `<h1>Budget agreed after long meeting</h1><p>${'The committee met for six hours on Tuesday and agreed on a budget that funds every school. '.repeat(2)}</p>
<p>Read more: <a href="/news/schools-2025">Schools plan for 2025</a></p>`;
    const a = parseArticle(input, {format: 'html', url: 'https://news.example.com/budget'});
    expectArticleInvariants(input, a);
    const related = a.related.find((r) => r.title === 'Schools plan for 2025');
    expect(related?.url).toBe('https://news.example.com/news/schools-2025');
  });

  it('treats a <header> without the h1 as site chrome, and one with it as the article header', () => {
    const input = `<header><p><a href="/">Coastal Example</a></p></header><article><header><h1>Budget agreed after long meeting</h1><p class="byline">By Jane Doe</p></header>
<p>${'The committee met for six hours on Tuesday and agreed on a budget that funds every school. '.repeat(2)}</p></article>`;
    const a = parseArticle(input, {format: 'html'});
    expectArticleInvariants(input, a);
    expect(a.blocks.find((b) => b.text === 'Coastal Example')?.role).toBe('boilerplate');
    expect(a.headline).toBe('Budget agreed after long meeting');
    expect(a.byline?.authors).toEqual(['Jane Doe']);
  });

  it('leaves out hidden elements (hidden, display: none) but keeps aria-hidden ones, which are on screen', () => {
    const input = `<h1>Budget agreed after long meeting</h1><p hidden>Hidden teaser text</p><div style="display: none">Sign up now</div>
<p>${'The committee met for six hours on Tuesday and agreed on a budget that funds every school. '.repeat(2)}<span aria-hidden="true">Seen by eyes.</span></p>`;
    const a = parseArticle(input, {format: 'html'});
    expectArticleInvariants(input, a);
    const text = a.blocks.map((b) => b.text).join(' ');
    expect(text).not.toContain('Hidden teaser');
    expect(text).not.toContain('Sign up now');
    expect(text).toContain('Seen by eyes.');
  });

  it('reads a JSON-LD author given as a string, and never takes the publisher for the author', () => {
    const body = '<h1>Port strike ends</h1><p>Dock workers returned to work on Thursday after the union accepted a pay offer worth 9% over two years.</p>';
    const asString = page(body, '<script type="application/ld+json">{"author":"Ravi Patel","publisher":{"@type":"Organization","name":"Harbour Times"}}</script>');
    const fromString = parseArticle(asString, {format: 'html'});
    expectArticleInvariants(asString, fromString);
    expect(fromString.blocks.find((b) => b.text === 'Ravi Patel')?.role).toBe('byline');
    expect(fromString.blocks.some((b) => b.text.includes('Harbour Times'))).toBe(false);
    const noName = page(body, '<script type="application/ld+json">{"author":{"@type":"Person"},"publisher":{"@type":"Organization","name":"Harbour Times"}}</script>');
    const a = parseArticle(noName, {format: 'html'});
    expectArticleInvariants(noName, a);
    expect(a.blocks.some((b) => b.text.includes('Harbour Times'))).toBe(false);
  });
});
