import { describe, expect, it } from 'vitest';
import { groupItems, parseSpeakers, rosterNames, suggestedSpeakers } from './transcript-roster';

const file = {
  parents: [{ name: 'Maria Rivera', relationship: 'mother' }, { name: 'Luis Rivera' }],
  team: [
    {
      id: 't1',
      name: 'Ms. Carter',
      role: 'special-education-teacher' as const,
      employer: 'district' as const,
    },
    { id: 't2', name: 'maria rivera', role: 'other' as const, employer: 'other' as const },
  ],
};

describe('rosterNames', () => {
  it('lists parents then the team, each name once', () => {
    expect(rosterNames(file)).toEqual([
      { name: 'Maria Rivera', role: 'Mother' },
      { name: 'Luis Rivera', role: 'Parent' },
      { name: 'Ms. Carter', role: 'Special education teacher' },
    ]);
  });
});

describe('suggestedSpeakers', () => {
  it('counts the roster when the team is known, else leaves it to the program', () => {
    expect(suggestedSpeakers(file)).toBe(3);
    expect(suggestedSpeakers({ parents: file.parents, team: [] })).toBeNull();
  });
});

describe('parseSpeakers', () => {
  it('takes 1 to 20 or empty', () => {
    expect(parseSpeakers(' 4 ')).toEqual({ value: 4, error: null });
    expect(parseSpeakers('')).toEqual({ value: null, error: null });
    expect(parseSpeakers('0').error).toMatch(/from 1 to 20/);
    expect(parseSpeakers('2.5').error).toMatch(/from 1 to 20/);
    expect(parseSpeakers('21').error).toMatch(/from 1 to 20/);
  });
});

describe('groupItems', () => {
  it('groups by kind in page order and sorts by time, unknown times last', () => {
    const groups = groupItems([
      { id: 'a', kind: 'agreement' as const, start: 5 },
      { id: 'b', kind: 'commitment' as const, start: null },
      { id: 'c', kind: 'commitment' as const, start: 9 },
    ]);
    expect(groups.map((g) => [g.kind, g.items.map((i) => i.id)])).toEqual([
      ['commitment', ['c', 'b']],
      ['agreement', ['a']],
    ]);
  });
});
