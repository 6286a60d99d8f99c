import {describe, expect, it} from 'vitest';
import {extractSpeech, toQuotes} from '../../src/attribution/index.js';
import type {Paragraph} from '../../src/schema/article.js';

// Invented text: one paragraph per string, after a first line that is not body.
const speechOf = (...texts: string[]) => {
  let source = 'Intro line';
  const paragraphs: Paragraph[] = [];
  for (const text of texts) {
    source += '\n\n';
    paragraphs.push({text, span: {start: source.length, end: source.length + text.length}});
    source += text;
  }
  return {source, quotes: toQuotes(extractSpeech(paragraphs, source))};
};
const direct = (...texts: string[]) => {
  const r = speechOf(...texts);
  return {...r, quotes: r.quotes.filter((q) => q.kind === 'direct')};
};

describe('direct quotes: speakers beside the quote', () => {
  it.each([
    ['"We are pleased with the result of the vote," Doe added.', 'Doe'],
    ['"We are pleased with the result of the vote," said Jane Doe.', 'Jane Doe'],
    ['“We are pleased with the result of the vote,” Jane Doe, the mayor, said.', 'Jane Doe'],
    ['Doe said: "We are pleased with the result of the vote."', 'Doe'],
    ['Jane Doe told reporters, "We are pleased with the result of the vote."', 'Jane Doe'],
    ['According to Jane Doe, "the result of the vote was a good one for the city."', 'Jane Doe'],
    ['"We are pleased with the result of the vote," he said.', 'he'],
    ['"We are pleased with the result of the vote," CEO Jane Doe said on Tuesday.', 'Jane Doe'],
    ['"We are pleased with the result of the vote," Prime Minister Jane Doe said.', 'Jane Doe'],
    ['"We are pleased with the result of the vote," Sen. Jane Doe told the Tribune.', 'Jane Doe'],
    ['"We are pleased with the result of the vote," a campaign spokesman said.', 'a campaign spokesman'],
    ['"We are pleased with the result of the vote," said a city spokeswoman, who asked not to be named.', 'a city spokeswoman'],
    ['"We are pleased with the result of the vote," the group\'s founder, Jane Doe, said.', 'Jane Doe'],
    ['"We are pleased with the result of the vote." — Jane Doe', 'Jane Doe'],
    ["''We are pleased with the result of the vote,'' Mr. Doe said.", 'Doe'],
  ])('%s', (text, speaker) => {
    const {source, quotes} = direct(text);
    expect(quotes).toHaveLength(1);
    const q = quotes[0]!;
    expect(q.speaker).toBe(speaker);
    const slice = source.slice(q.span.start, q.span.end);
    expect(slice).toMatch(/^(?:["“]|'')/);
    expect(slice).toMatch(/(?:["”]|'')$/);
    expect(slice.replace(/^(?:["“]|'')|(?:["”]|'')$/g, '').trim()).toBe(q.text);
    expect(source.slice(q.speakerSpan!.start, q.speakerSpan!.end)).toBe(q.speakerMention);
    if (q.cue) expect(source.slice(q.cue.span.start, q.cue.span.end)).toBe(q.cue.text);
  });

  it('skips scare quotes and titles of a few words', () => {
    expect(direct('The plan, dubbed "Project Light", was approved.').quotes).toEqual([]);
  });

  it('keeps a short quote a cue follows', () => {
    const {quotes} = direct('"Absolutely not," Doe said.');
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['Absolutely not,', 'Doe']]);
  });
});

describe('direct quotes: every mark style', () => {
  it.each([
    ['«Nous sommes très heureux du résultat du vote», a déclaré Jane Doe.', 'Nous sommes très heureux du résultat du vote'],
    ['„Wir sind mit dem Ergebnis der Wahl sehr zufrieden“, sagte Jane Doe.', 'Wir sind mit dem Ergebnis der Wahl sehr zufrieden'],
    ['「選挙の結果に非常に満足しています 今日は良い日です」と述べた。', '選挙の結果に非常に満足しています 今日は良い日です'],
    ["''We are pleased with the result of the vote,'' she said.", 'We are pleased with the result of the vote,'],
    ['“We are pleased with the result of the vote," she said.', 'We are pleased with the result of the vote,'],
  ])('%s', (text, inner) => {
    const {quotes} = speechOf(text);
    expect(quotes.map((q) => q.text)).toContain(inner);
  });

  it('reads an interrupted quote as two pieces with one speaker', () => {
    const {quotes} = direct('"We are pleased," Jane Doe said, "and we will build the new bridge next spring."');
    expect(quotes.map((q) => q.speaker)).toEqual(['Jane Doe', 'Jane Doe']);
    expect(quotes[1]!.text).toBe('and we will build the new bridge next spring.');
  });

  it('reads a quote over paragraphs: each opens a mark, the last closes it', () => {
    const {quotes} = direct('"The bridge will be finished by the spring, and the road after it.', '"We have the money for both of them now," Doe said.');
    expect(quotes).toHaveLength(2);
    expect(quotes.map((q) => q.speaker)).toEqual(['Doe', 'Doe']);
  });

  it('takes the speaker the paragraph before ends on', () => {
    const {quotes} = direct('Jane Doe told the council:', '"The bridge will be finished by the spring of next year."');
    expect(quotes[0]!.speaker).toBe('Jane Doe');
  });
});

describe('speakers resolved to the fullest name', () => {
  it('a surname becomes the full name the article gives', () => {
    const {quotes} = direct('Mayor Adylbek Kasymaliev opened the bridge on Monday.', '"We are pleased with the result of the work," Kasymaliev said.');
    expect(quotes[0]!.speaker).toBe('Adylbek Kasymaliev');
    expect(quotes[0]!.speakerMention).toBe('Kasymaliev');
  });

  it('a surname two people share stays as written', () => {
    const {quotes} = direct('Jane Doe and John Doe opened the bridge.', '"We are pleased with the result of the work," Doe said.');
    expect(quotes[0]!.speaker).toBe('Doe');
  });

  it('"she" becomes the person who spoke just before in the paragraph', () => {
    const {quotes} = direct('"The bridge is finished at last," Jane Doe said. "And we will build another one next year," she added.');
    expect(quotes.map((q) => q.speaker)).toEqual(['Jane Doe', 'Jane Doe']);
    expect(quotes[1]!.speakerMention).toBe('she');
  });

  it('a pronoun in the next paragraph stays a pronoun', () => {
    const {quotes} = direct('"The bridge is finished at last," Jane Doe said.', '"And we will build another one next year," she said.');
    expect(quotes.map((q) => q.speaker)).toEqual(['Jane Doe', 'she']);
  });

  it('a pronoun that contradicts the title stays a pronoun', () => {
    const {quotes} = direct('"The bridge is finished at last," Mrs. Doe said. "And we will build another one next year," he added.');
    expect(quotes[1]!.speaker).toBe('he');
  });

  it('a pronoun far from any named source stays a pronoun', () => {
    const {quotes} = direct('"The bridge is finished at last," Jane Doe said.', 'The council met.', 'The council voted.', 'The vote was close.', '"And we will build another one next year," she said.');
    expect(quotes[1]!.speaker).toBe('she');
  });
});

describe('reported speech', () => {
  it.each([
    ['Jane Doe said the bridge would be finished by the spring.', 'the bridge would be finished by the spring', 'Jane Doe', 'said'],
    ['Jane Doe said that the bridge would be finished by the spring.', 'the bridge would be finished by the spring', 'Jane Doe', 'said'],
    ['The bridge will be finished by the spring, Jane Doe said on Monday.', 'The bridge will be finished by the spring', 'Jane Doe', 'said'],
    ['The bridge will be finished by the spring, said a city spokeswoman.', 'The bridge will be finished by the spring', 'a city spokeswoman', 'said'],
    ['According to the city council, the bridge will be finished by the spring.', 'the bridge will be finished by the spring', 'the city council', 'According to'],
    ['The bridge will be finished by the spring, according to Jane Doe.', 'The bridge will be finished by the spring', 'Jane Doe', 'according to'],
    ['Jane Doe told reporters that the bridge would be finished by the spring.', 'the bridge would be finished by the spring', 'Jane Doe', 'told'],
    ['Jane Doe warned the bridge could close again before the spring.', 'the bridge could close again before the spring', 'Jane Doe', 'warned'],
    ['Jane Doe said on Friday that the bridge would be finished by the spring.', 'the bridge would be finished by the spring', 'Jane Doe', 'said'],
    ['Jane Doe said in a statement that the bridge would be finished by the spring.', 'the bridge would be finished by the spring', 'Jane Doe', 'said'],
    ['Jane Doe, a spokeswoman for the city, said the bridge would be finished by the spring.', 'the bridge would be finished by the spring', 'Jane Doe', 'said'],
  ])('%s', (text, content, speaker, cue) => {
    const {source, quotes} = speechOf(text);
    expect(quotes).toHaveLength(1);
    const q = quotes[0]!;
    expect(q.kind).toBe('indirect');
    expect(q.text).toBe(content);
    expect(source.slice(q.span.start, q.span.end)).toBe(content);
    expect(q.speaker).toBe(speaker);
    expect(q.cue?.text).toBe(cue);
  });

  it('reported speech with a quoted phrase is mixed, and the phrase is no quote of its own', () => {
    const {quotes} = speechOf('Jane Doe said the old bridge was "a danger to everyone who used it" and had to go.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.kind).toBe('mixed');
    expect(quotes[0]!.speaker).toBe('Jane Doe');
  });

  it('a cue inside the sentence: the content is on both sides', () => {
    const {quotes} = speechOf('The new bridge, Jane Doe said, would be finished by the spring.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toContain('would be finished by the spring');
    expect(quotes[0]!.speaker).toBe('Jane Doe');
  });

  it('a sentence without a cue word holds no attribution', () => {
    expect(speechOf('The bridge will be finished by the spring of next year.').quotes).toEqual([]);
  });

  it('a quote keeps its own cue: no reported speech is made of "X said: …"', () => {
    const {quotes} = speechOf('Jane Doe said: "The bridge will be finished by the spring of next year."');
    expect(quotes.map((q) => q.kind)).toEqual(['direct']);
  });
});
