import {describe, expect, it} from 'vitest';
import {parseArticle} from '../src/index.js';
import {detectLanguage, proseSample, SAMPLE_CHARS} from '../src/readers/language.js';
import {readByline} from '../src/readers/authors.js';
import {isDateLine} from '../src/readers/byline-readings.js';

// invented articles, one per language, each with a date line and a byline in its own words
const GERMAN = [
  'Stadtrat beschließt neuen Haushalt',
  'Von Anna Becker',
  '10.12.2019',
  'Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt beschlossen. Die Ausgaben für Schulen und Straßen steigen im kommenden Jahr deutlich an.',
  'Die Opposition kritisierte, dass die Pläne zu spät vorgelegt worden seien. Der Bürgermeister sagte, man habe alle Einwände geprüft und viele davon übernommen.',
].join('\n\n');

const FRENCH = [
  'Le conseil municipal adopte le budget',
  'Par Claire Martin',
  'Publié le 3 mars 2021 à 14h05 - Mis à jour le 4 mars 2021',
  "Le conseil municipal a adopté mardi soir le budget de l'année prochaine, après un long débat sur les dépenses consacrées aux écoles et aux routes de la ville.",
  "L'opposition a dénoncé un calendrier trop serré. Le maire a répondu que toutes les remarques avaient été étudiées et que plusieurs avaient été retenues.",
].join('\n\n');

const DUTCH = [
  'Gemeenteraad neemt nieuwe begroting aan',
  'Door Pieter de Vries',
  '05-11-2020',
  'De gemeenteraad heeft dinsdagavond na een lang debat de nieuwe begroting aangenomen. De uitgaven aan scholen en wegen stijgen volgend jaar flink.',
  'De oppositie vond dat de plannen te laat waren ingediend. De burgemeester zei dat alle bezwaren zorgvuldig waren bekeken en dat er veel waren overgenomen.',
].join('\n\n');

const ENGLISH = [
  'Council approves the new budget',
  'By Jane Doe',
  '10/12/2019',
  'The city council approved the new budget on Tuesday after a long debate. Spending on schools and roads will rise sharply next year, officials said.',
  'The opposition said the plans had come too late. The mayor replied that every objection had been weighed and that many had been taken up in the final text.',
].join('\n\n');

describe('Article.language', () => {
  it('names the language of the prose as ISO 639-1', () => {
    expect(parseArticle(GERMAN).language).toBe('de');
    expect(parseArticle(FRENCH).language).toBe('fr');
    expect(parseArticle(DUTCH).language).toBe('nl');
    expect(parseArticle(ENGLISH).language).toBe('en');
  });

  it('is null when there is too little prose to tell', () => {
    expect(parseArticle('Budget\n\nBy Jane Doe\n\nMarch 3, 2021').language).toBeNull();
    expect(detectLanguage(['Home', 'News', 'Sport'])).toBeNull();
  });

  it('reads a bounded sample: the longest prose blocks, menus and link lists left out', () => {
    const long = 'The council met again on Tuesday, and the debate went on late into the night. '.repeat(200);
    const sample = proseSample(['Home | News | Sport | Weather | Contact us | About', long, 'Short line.']);
    expect(sample.length).toBeLessThanOrEqual(SAMPLE_CHARS + 5);
    expect(sample).not.toContain('Home |');
    expect(detectLanguage(['Home | News | Sport', long])).toBe('en');
  });
});

describe('dates in the page language', () => {
  it('reads numeric dates day first where the language writes them so', () => {
    expect(parseArticle(GERMAN).publishedAt).toMatchObject({iso: '2019-12-10', text: '10.12.2019'});
    expect(parseArticle(DUTCH).publishedAt?.iso).toBe('2020-11-05');
  });

  it('keeps month first on an English page', () => {
    expect(parseArticle(ENGLISH).publishedAt?.iso).toBe('2019-10-12');
  });

  it('reads month names of the language', () => {
    const text = GERMAN.replace('10.12.2019', 'Veröffentlicht am 3. März 2020');
    expect(parseArticle(text).publishedAt?.iso).toBe('2020-03-03');
  });

  it('tells a date line in the language from other short lines', () => {
    expect(isDateLine('3. März 2020', 'de')).toBe(true);
    expect(isDateLine('3. März 2020', null)).toBe(false);
    expect(isDateLine('5 Kommentare', 'de')).toBe(false);
  });
});

describe('bylines in the page language', () => {
  it('reads the language\'s own lead and name joiner', () => {
    expect(parseArticle(DUTCH).byline?.authors).toEqual(['Pieter de Vries']);
    expect(readByline('Door Jan Jansen en Els Peeters', 'nl')?.authors).toEqual(['Jan Jansen', 'Els Peeters']);
    expect(readByline('Av Karin Berg och Lars Holm', 'sv')?.authors).toEqual(['Karin Berg', 'Lars Holm']);
    expect(readByline('Di Marco Bianchi', 'it')?.authors).toEqual(['Marco Bianchi']);
    expect(readByline('Автор: Иван Петров', 'ru')?.authors).toEqual(['Иван Петров']);
  });

  it('does not read another language\'s leads on an English page', () => {
    expect(readByline('Door Jan Jansen', 'en')?.authors).not.toEqual(['Jan Jansen']);
    expect(readByline('Door Jan Jansen', null)?.shape).not.toBe('explicit');
    expect(readByline('Door Jan Jansen', 'nl')).toEqual({authors: ['Jan Jansen'], shape: 'explicit'});
  });
});

describe('updatedAt', () => {
  it('takes the update time apart from the publication date', () => {
    const a = parseArticle(FRENCH);
    expect(a.publishedAt).toMatchObject({iso: '2021-03-03T14:05', precision: 'minute'});
    expect(a.updatedAt).toMatchObject({iso: '2021-03-04', precision: 'day'});
    expect(FRENCH.slice(a.updatedAt!.span.start, a.updatedAt!.span.end)).toBe(a.updatedAt!.text);
  });

  it('is null when the page gives no update time', () => {
    expect(parseArticle(GERMAN).updatedAt).toBeNull();
  });

  it('dates a page that gives only an update time by it, with a warning', () => {
    const text = ENGLISH.replace('10/12/2019', 'Updated: March 4, 2021');
    const a = parseArticle(text);
    expect(a.updatedAt?.iso).toBe('2021-03-04');
    expect(a.publishedAt?.iso).toBe('2021-03-04');
    expect(a.warnings.map((w) => w.code)).toContain('PUBLISHED_AT_FROM_UPDATE');
    expect(parseArticle(ENGLISH).warnings.map((w) => w.code)).not.toContain('PUBLISHED_AT_FROM_UPDATE');
  });

  it('reads "aktualisiert" as an update', () => {
    const text = GERMAN.replace('10.12.2019', '10.12.2019, aktualisiert am 11.12.2019');
    const a = parseArticle(text);
    expect(a.publishedAt?.iso).toBe('2019-12-10');
    expect(a.updatedAt?.iso).toBe('2019-12-11');
  });
});

describe('relative dates', () => {
  const ref = new Date(Date.UTC(2025, 7, 20, 12, 30, 15));
  const page = (when: string) => ENGLISH.replace('10/12/2019', when);

  it('state hours only to the day', () => {
    expect(parseArticle(page('2 hours ago'), {referenceDate: ref}).publishedAt).toMatchObject({iso: '2025-08-20', precision: 'day'});
  });

  it('keep the minute of "minutes ago", without seconds', () => {
    expect(parseArticle(page('5 minutes ago'), {referenceDate: ref}).publishedAt).toMatchObject({iso: '2025-08-20T12:25Z', precision: 'minute'});
  });
});

describe('exact stamps in HTML', () => {
  const body = '<p>The city council approved the new budget on Tuesday after a long debate. Spending on schools and roads will rise sharply next year.</p>';

  it('a <time datetime> with a time wins over its day-only text', () => {
    const html = `<html><body><article><h1>Council approves the budget</h1><p>By Jane Doe</p><time datetime="2024-05-06T15:04:00Z">May 6, 2024</time>${body}</article></body></html>`;
    const d = parseArticle(html, {format: 'html'}).publishedAt!;
    expect(d).toMatchObject({iso: '2024-05-06T15:04:00Z', precision: 'second', text: '2024-05-06T15:04:00Z'});
    expect(html.slice(d.span.start, d.span.end)).toBe('2024-05-06T15:04:00Z');
  });

  it('a stamp of another day does not replace the visible date', () => {
    const html = `<html><body><article><h1>Council approves the budget</h1><p>By Jane Doe</p><time datetime="2024-05-07T15:04:00Z">May 6, 2024</time>${body}</article></body></html>`;
    expect(parseArticle(html, {format: 'html'}).publishedAt?.iso).toBe('2024-05-06');
  });
});
