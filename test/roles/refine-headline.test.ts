import {describe, expect, it} from 'vitest';
import {slugWords} from '../../src/roles/refine-headline.js';
import {PARA, rolesOf} from './structure-page.js';

describe('slugWords', () => {
  it('takes the path segment with the most words, without numbers or extensions', () => {
    expect([...slugWords('https://example.org/news/2017/11/16/council-approves-new-schools.html')]).toEqual(['council', 'approves', 'new', 'schools']);
    expect([...slugWords('https://example.org/wiki/List_of_school_buildings')]).toEqual(['list', 'of', 'school', 'buildings']);
    expect(slugWords('https://example.org/articles/318674.php').size).toBe(0);
    expect(slugWords(undefined).size).toBe(0);
    expect(slugWords('not a url').size).toBe(0);
  });
});

describe('headlineRefiner', () => {
  it('takes the title line next to the body, not the site name or section label above it', () => {
    const roles = rolesOf(['Example Times', 'Politics', 'Council approves three new schools', PARA[0]!, PARA[1]!]);
    expect(roles.indexOf('headline')).toBe(2);
  });

  it('prefers the line that matches the URL slug over one nearer the body', () => {
    const lines = ['Council approves three new schools', 'Most popular this week', PARA[0]!, PARA[1]!];
    expect(rolesOf(lines, 'https://example.org/2024/05/council-approves-three-new-schools').indexOf('headline')).toBe(0);
  });

  it('reports a repeated headline once and makes the copy boilerplate', () => {
    const roles = rolesOf(['Council approves three new schools', 'Council approves three new schools', PARA[0]!, PARA[1]!]);
    expect(roles.filter((r) => r === 'headline')).toHaveLength(1);
    expect(roles.slice(0, 2).sort()).toEqual(['boilerplate', 'headline']);
  });

  it('an upper-cased heading (html-to-text writes <h1> so) beats a plain line', () => {
    const roles = rolesOf(['COUNCIL APPROVES THREE NEW SCHOOLS', 'Share your views with us', PARA[0]!, PARA[1]!]);
    expect(roles[0]).toBe('headline');
  });

  it('finds the headline among the first blocks of the run, and the body starts after it', () => {
    const lines = ['Did you know we have a podcast?', 'Council Approves Three New Schools', PARA[0]!, PARA[1]!, PARA[2]!];
    const roles = rolesOf(lines);
    expect(roles[1]).toBe('headline');
    expect(roles[0]).not.toBe('body');
  });

  it('a date line is no headline', () => {
    const roles = rolesOf(['Council approves three new schools', 'Dec 1st 2016 1:01PM', PARA[0]!, PARA[1]!]);
    expect(roles[0]).toBe('headline');
  });

  it('a line with a byline right under it beats a teaser nearer the body', () => {
    const roles = rolesOf(['Council approves three new schools', 'By Jane Doe', 'Watch: the mayor on the new buses', PARA[0]!, PARA[1]!]);
    expect(roles[0]).toBe('headline');
  });

  it('a credit line or a tagline is no headline', () => {
    const roles = rolesOf(['Council approves three new schools', 'Reviewed by Jane Doe, MD', PARA[0]!, PARA[1]!]);
    expect(roles[0]).toBe('headline');
    expect(rolesOf(['Council approves three new schools', 'Menu', 'From Example, the free guide', PARA[0]!, PARA[1]!])[0]).toBe('headline');
  });

  it('in Japanese, a date line is no headline', () => {
    const roles = rolesOf(['市議会が新しい学校三校の建設を承認', '2019年04月21日 12時00分更新', '市議会は火曜日、新しい学校を三校建設するための予算を承認した。工事は来年の春に始まる予定だという。', '保護者からは歓迎の声が上がったが、予算が足りるのかを疑問視する声もある。市長は定期的に報告すると約束した。']);
    expect(roles[0]).toBe('headline');
  });

  it('a sentence-case title with a byline under it is found among the first blocks of the run', () => {
    const blurb = 'Delivered daily by 8 a.m., our newsletter examines the latest news in city politics.';
    const blurb2 = 'Sign in to get the briefing by email every weekday, free of charge, before 8 a.m.';
    const roles = rolesOf(['Morning Briefing', blurb, 'Morning Briefing', blurb2, 'Council approves three new schools in the north', 'By Jane Doe', PARA[0]!, PARA[1]!, PARA[2]!]);
    expect(roles[4]).toBe('headline');
    expect(roles[1]).not.toBe('body');
    expect(roles[3]).not.toBe('body');
  });

  it('a title with years in it is still a title', () => {
    const roles = rolesOf(['2021-2022 Ski Outline Test', 'By Jane Doe', 'Most popular this week', PARA[0]!, PARA[1]!]);
    expect(roles[0]).toBe('headline');
  });
});
