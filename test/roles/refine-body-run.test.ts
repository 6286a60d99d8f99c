import {describe, expect, it} from 'vitest';
import {bodyRunRefiner, heaviestRun} from '../../src/roles/refine-body-run.js';
import {assigned, PARA, rolesOf, structureContext} from './structure-page.js';

describe('heaviestRun', () => {
  it('finds the stretch with the largest sum', () => {
    expect(heaviestRun([-5, 10, -3, 10, -50, 4])).toEqual([1, 3]);
    expect(heaviestRun([-1, -2])).toBeNull();
  });
});

describe('bodyRunRefiner', () => {
  it('keeps prose outside the heaviest run out of the body', () => {
    const lines = [PARA[4]!, '* Home [/]', '* World [/world/]', '* Sport [/sport/]', '* Business [/business/]', '* Culture [/culture/]', 'Related stories', PARA[0]!, PARA[1]!, PARA[2]!];
    const ctx = structureContext(lines);
    const roles = ['body', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'related', 'body', 'body', 'body'] as const;
    const out = bodyRunRefiner.refine(assigned([...roles]), ctx);
    expect(out[0]!.role).toBe('other');
    expect(out.slice(7).map((a) => a.role)).toEqual(['body', 'body', 'body']);
  });

  it('takes a sub-heading inside the run into the body, but not a date or a single word', () => {
    const lines = [PARA[0]!, 'What happens next', PARA[1]!, '12/19/16 12:04', PARA[2]!, 'arrow', PARA[3]!];
    const roles = rolesOf(lines);
    expect(roles[1]).toBe('body');
    expect(roles[3]).not.toBe('body');
    expect(roles[5]).not.toBe('body');
  });

  it('a long comment thread after a comments heading does not outweigh the article', () => {
    const comment = 'I have lived in this town for forty years and I can tell you that nobody asked us what we wanted, which is typical of this council.';
    const lines = [PARA[0]!, PARA[1]!, PARA[2]!, '12 Comments', ...Array.from({length: 8}, (_, i) => `${comment} (${i})`)];
    const roles = rolesOf(lines);
    expect(roles.slice(0, 3)).toEqual(['body', 'body', 'body']);
    expect(roles.slice(4).every((r) => r !== 'body')).toBe(true);
  });
});

describe('bodyRunRefiner and linked lists', () => {
  it('a list of long linked items inside the article does not split the body, and is not made body', () => {
    const items = Array.from({length: 8}, (_, i) => `* The school in district ${i + 1} keeps its current building for now [https://example.org/d${i}]`);
    const roles = rolesOf([PARA[0]!, PARA[1]!, ...items, PARA[2]!, PARA[3]!]);
    expect(roles.slice(0, 2)).toEqual(['body', 'body']);
    expect(roles.slice(-2)).toEqual(['body', 'body']);
    expect(roles.slice(2, -2)).not.toContain('body');
  });
});

describe('bodyRunRefiner and long credits', () => {
  it('a long paragraph another detector took for a byline is a paragraph again', () => {
    const ctx = structureContext([`${PARA[0]!} ${PARA[1]!}`, PARA[2]!]);
    const out = bodyRunRefiner.refine(
      [
        {role: 'byline', score: 0.85, reason: 'test', proposals: [{role: 'byline', score: 0.85, reason: 'test', detector: 'byline'}, {role: 'body', score: 0.75, reason: 'sentence prose', detector: 'body'}]},
        {role: 'body', score: 0.75, reason: 'test', proposals: []},
      ],
      ctx,
    );
    expect(out[0]!.role).toBe('body');
  });
});
