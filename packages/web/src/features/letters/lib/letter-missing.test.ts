import { describe, expect, it } from 'vitest';
import { fixTarget } from './letter-missing';

describe('fixTarget', () => {
  it('sends a missing meeting time to the meetings section of the case page', () => {
    expect(fixTarget('meeting.sessions', ['requests'])).toMatchObject({
      to: 'case',
      hash: 'meetings-heading',
    });
  });
  it('sends a missing answer to its own question', () => {
    expect(fixTarget('requests[0].why', ['requests'])).toEqual({
      to: 'question',
      questionId: 'requests',
      label: 'Answer this question',
    });
  });
  it('sends roster gaps to the team section', () => {
    expect(fixTarget('team.director', [])).toMatchObject({ to: 'case', hash: 'team-heading' });
  });
});
