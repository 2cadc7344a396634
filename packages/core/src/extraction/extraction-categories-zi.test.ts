import { describe, expect, it } from 'vitest';
import { rulesMeeting } from '../test-support/rules-meeting.js';
import type { SpeakerRole } from './roles.js';

// Round nineteen, from sets ZI and ZJ's misses after they were scored blind: the meeting's own steps (pulling the
// draft up on the screen, taking notes, letting the family talk, everyone's signature). Wording written for this
// file, not taken from any corpus set. The meeting is on Tuesday 2026-03-10.

const { kindsOf } = rulesMeeting('2026-03-10', [
  { name: 'Ms. Hale', role: 'case manager' },
  { name: 'Dana Ruiz', role: 'parent' },
] satisfies SpeakerRole[]);

describe('no promise', () => {
  it.each([
    "I'll pull the goals page up on the screen so we can all see it.",
    "I'm the advocate today. I'll be taking notes, if that's okay.",
    "It's your meeting. I'm going to try hard to let you talk.",
    "Let me get everyone's signature on the attendance page.",
  ])('%s', (text) => {
    expect(kindsOf(text)).not.toContain('commitment');
  });

  it('taking notes to send is still an errand', () => {
    expect(kindsOf("I'll take notes and email them to you tonight.")).toContain('commitment');
  });
});
