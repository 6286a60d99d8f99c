import {describe, expect, it} from 'vitest';
import {PARA, rolesOf} from './structure-page.js';

describe('relatedListRefiner', () => {
  it('the title under "Previous Article" / "Next Article" is related', () => {
    const roles = rolesOf([PARA[0]!, PARA[1]!, 'Previous Article', 'Budget talks stall again: a look at what comes next', 'Next Article', 'Why the river keeps flooding']);
    expect(roles.slice(2)).toEqual(['related', 'related', 'related', 'related']);
  });

  it('a list of headlines after the body is related, a footer menu is not', () => {
    const roles = rolesOf([
      PARA[0]!, PARA[1]!, PARA[2]!,
      'Mayor Unveils Plan For Cheaper Buses [/a]', 'River Flood Defences Fail Their First Test [/b]', 'School Meals Get A New Supplier This Autumn [/c]',
      'About', 'Careers',
    ]);
    expect(roles.slice(3, 6)).toEqual(['related', 'related', 'related']);
    expect(roles.slice(6)).not.toContain('related');
  });

  it('titles under a "More on:" label above the text are related, not a lead-in to the body', () => {
    const roles = rolesOf(['Council approves three new schools', 'By Jane Doe', 'More On:', 'Mayor unveils plan for cheaper buses', 'River defences fail their first test', PARA[0]!, PARA[1]!]);
    expect(roles.slice(2, 5)).toEqual(['related', 'related', 'related']);
  });

  it('the title with a byline under it, after a "Most read" list, stays the headline', () => {
    const roles = rolesOf(['Most read', 'Mayor unveils plan for cheaper buses', 'Council approves three new schools', 'By Jane Doe', PARA[0]!, PARA[1]!]);
    expect(roles[1]).toBe('related');
    expect(roles[2]).toBe('headline');
  });
});
