import { describe, expect, it } from 'vitest';
import { OUTCOME_WORDS, humanize, meetingKindLabel, roleLabel } from './labels';

describe('labels', () => {
  it('turns slugs into plain words and keeps IEP in capitals', () => {
    expect(humanize('special-education-teacher')).toBe('Special education teacher');
    expect(humanize('iep-amendment')).toBe('IEP amendment');
  });

  it('uses plain names for meetings and roles that need them', () => {
    expect(meetingKindLabel('annual-review')).toBe('Yearly IEP review');
    expect(meetingKindLabel('manifestation-determination')).toBe('Manifestation determination');
    expect(roleLabel('district-representative')).toBe('District representative (LEA)');
  });

  it('names every companion outcome in plain words', () => {
    expect(OUTCOME_WORDS.tabled).toBe('Put off to later');
    expect(Object.values(OUTCOME_WORDS).every((w) => /^[A-Z][a-z ]+$/.test(w))).toBe(true);
  });
});
