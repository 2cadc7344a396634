import type { CompanionCard } from '@iep/core/contract';
import { describe, expect, it } from 'vitest';
import { cardSummary, syncWords, tapWords } from './companion-words';

const card = (over: Partial<CompanionCard>): CompanionCard => ({
  cardId: 'c1',
  title: 'Reading help',
  detail: null,
  source: 'concerns',
  outcome: null,
  who: null,
  due: null,
  dueWords: null,
  atMs: null,
  entryId: null,
  pwnQueued: false,
  evidence: [],
  ...over,
});

describe('companion words', () => {
  it('sums up a card in one line', () => {
    expect(cardSummary(card({}), '')).toBe('Nothing marked yet.');
    expect(cardSummary(card({ outcome: 'refused' }), '')).toBe('Refused.');
    expect(cardSummary(card({ outcome: 'promised', who: 'Ms. Lee' }), 'by Friday, December 11')).toBe(
      'Promised: Ms. Lee, by Friday, December 11.',
    );
    expect(cardSummary(card({ outcome: 'promised' }), 'with no date yet')).toBe(
      'Promised: someone (no name yet), with no date yet.',
    );
  });

  it('says where the taps are', () => {
    expect(syncWords(0, true)).toBe('Sent. Everything is saved.');
    expect(syncWords(1, true)).toBe('Saved on this phone. Sending 1 tap…');
    expect(syncWords(3, false)).toBe('Saved on this phone. 3 taps will be sent when you are back online.');
  });

  it('says what each tap did', () => {
    const title = () => 'Reading help';
    expect(
      tapWords(
        { type: 'outcome', cardId: 'c1', title: 'Reading help', outcome: 'tabled', who: null, due: null },
        title,
      ),
    ).toBe('Put off to later: Reading help.');
    expect(tapWords({ type: 'pwn', cardId: 'c1', queued: true }, title)).toBe(
      'Prior Written Notice asked for: Reading help.',
    );
    expect(tapWords({ type: 'session', session: 1, state: 'start' }, title)).toBe('Session 2 started.');
  });
});
