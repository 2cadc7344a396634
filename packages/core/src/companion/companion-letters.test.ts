import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompanionCard, CompanionEntry } from '../contract/companion.js';
import { buildLetter } from '../letters/build-letter.js';
import { letterToText } from '../letters/letter-text.js';
import { lintLetter } from '../letters/lint.js';
import { exampleFixtures, NOW_AFTER } from '../letters/test-fixtures/example.js';
import { companionAgenda, companionRoster } from './companion-agenda.js';
import { joinEvidence } from './companion-evidence.js';
import { foldCompanion } from './companion-fold.js';
import { followUpFromCompanion, isCompanionLine } from './companion-follow-up.js';

const { exampleCase } = exampleFixtures((name) =>
  readFileSync(new URL(`../letters/test-fixtures/${name}`, import.meta.url), 'utf8'),
);
interface Readability {
  fleschKincaidGrade(text: string): number;
}
const readabilityModule = 'text-readability';
const readability = ((await import(readabilityModule)) as { default: Readability }).default;

const concerns = {
  requests: [
    { kind: 'service', request: 'Speech therapy twice a week', why: 'He is hard to understand in class.' },
    { kind: 'evaluation', request: 'An assistive technology evaluation' },
    { kind: 'other', request: '  ' },
    { kind: 'service', request: 'speech therapy twice a week!' },
  ],
};

let seq = 0;
const tap = (action: CompanionEntry['action'], atMs: number | null = null): CompanionEntry => ({
  id: `tap-${String(seq).padStart(5, '0')}`,
  seq: seq++,
  at: '2026-12-07T16:00:00Z',
  atMs,
  session: 0,
  action,
});

describe('the companion agenda', () => {
  it("puts the concerns letter's requests first, then the case's services, once each, in plain words", () => {
    const caseFile = exampleCase();
    const agenda = companionAgenda(caseFile, concerns);
    expect(agenda.slice(0, 2).map((c) => [c.title, c.source, c.detail])).toEqual([
      ['Speech therapy twice a week', 'service', 'He is hard to understand in class.'],
      ['An assistive technology evaluation', 'evaluation', null],
    ]);
    expect(agenda.filter((c) => c.source === 'service').length).toBe(1 + caseFile.services.length);
    for (const card of agenda) expect(card.detail ?? '').not.toMatch(/\bper\b|week\b.*week|undefined/);
    // The same words give the same card id whatever their place in the letter.
    const reordered = companionAgenda(caseFile, { requests: [...concerns.requests].reverse() });
    expect(reordered.find((c) => c.title.startsWith('An assistive'))?.cardId).toBe(agenda[1]?.cardId);
  });

  it('has the team and the parents on the roster, roles in words', () => {
    const roster = companionRoster(exampleCase());
    expect(roster.length).toBeGreaterThan(2);
    for (const person of roster) expect(person.role).not.toMatch(/-/);
  });
});

describe('the follow-up drafted from the companion', () => {
  for (const planType of ['IEP', '504'] as const) {
    it(`makes a ${planType} follow-up and a Notice of Action request that pass the letter linter`, () => {
      const caseFile = exampleCase();
      caseFile.student.planType = planType;
      const agenda = companionAgenda(caseFile, concerns);
      const [first, second, third] = agenda;
      if (!first || !second || !third) throw new Error('agenda too short');
      const state = foldCompanion({
        entries: [
          tap({
            type: 'outcome',
            cardId: first.cardId,
            title: first.title,
            outcome: 'refused',
            who: null,
            due: null,
          }),
          tap({ type: 'pwn', cardId: first.cardId, queued: true }),
          tap({
            type: 'outcome',
            cardId: second.cardId,
            title: second.title,
            outcome: 'promised',
            who: 't2',
            due: { kind: 'in-days', days: 5 },
          }),
          tap({
            type: 'outcome',
            cardId: third.cardId,
            title: third.title,
            outcome: 'agreed',
            who: null,
            due: null,
          }),
          tap({ type: 'note', text: 'The team will look at the bus schedule.' }),
          tap({ type: 'voice-note', durationMs: 9000 }),
        ],
        agenda,
        timeZone: 'America/Chicago',
        roster: companionRoster(caseFile),
        scheduled: [],
        nextMeetingDay: null,
      });
      const answers = followUpFromCompanion(state);
      expect(answers.followUp.commitments).toEqual([
        { who: 'Chris Patel', what: 'An assistive technology evaluation', by: '2026-12-12' },
      ]);
      expect(answers.followUp.discussed).toEqual(['The team will look at the bus schedule.']);
      expect(answers.pwnRequest).toEqual({ actions: [{ action: first.title, decision: 'refused' }] });
      expect(answers.datedPromises).toBe(1);

      const meetingId = caseFile.meetings[0]?.id ?? '';
      const followUp = buildLetter('follow-up', {
        caseFile,
        answers: answers.followUp,
        now: NOW_AFTER,
        meetingId,
      });
      const pwn = buildLetter('pwn-request', {
        caseFile,
        answers: answers.pwnRequest ?? {},
        now: NOW_AFTER,
        meetingId,
      });
      for (const result of [followUp, pwn]) {
        if (!result.ok) throw new Error(JSON.stringify(result.missing));
        expect(lintLetter(result.letter, { readingGrade: (t) => readability.fleschKincaidGrade(t) })).toEqual(
          [],
        );
        const text = letterToText(result.letter);
        // No card id, enum word used as a label, or placeholder reaches the school.
        expect(text).not.toMatch(/concern:|service:|\bpromised:|\bproposed:|\bundefined\b|\bnull\b/);
      }
    });
  }
});

describe('taps and extracted items meet', () => {
  const card = (over: Partial<CompanionCard>): CompanionCard => ({
    cardId: 'c1',
    title: 'Speech twice a week',
    detail: null,
    source: 'concerns',
    outcome: 'agreed',
    who: null,
    due: null,
    dueWords: null,
    atMs: 100_000,
    entryId: 'e1',
    pwnQueued: false,
    evidence: [],
    ...over,
  });

  it('joins an item of the matching kind within 60 s, never one further away or of another kind', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300_000 }),
        fc.constantFrom('agreement', 'refusal'),
        (startMs, kind) => {
          const joined = joinEvidence([card({})], [{ id: 'i1', kind, source: 'We can add that.', startMs }]);
          const near = Math.abs(startMs - 100_000) <= 60_000 && kind === 'agreement';
          expect(joined.taps.has('i1')).toBe(near);
          expect(joined.cards[0]?.evidence.length).toBe(near ? 1 : 0);
        },
      ),
    );
  });

  it('gives an item to the nearest of two matching taps', () => {
    const joined = joinEvidence(
      [
        card({ cardId: 'a', entryId: 'ea', atMs: 10_000 }),
        card({ cardId: 'b', entryId: 'eb', atMs: 50_000 }),
      ],
      [{ id: 'i', kind: 'agreement', source: 'Yes.', startMs: 40_000 }],
    );
    expect(joined.taps.get('i')?.entryId).toBe('eb');
  });

  // Every tap is a bookmark and extraction reads bookmarks: without this the tap quoted its own title as proof.
  it("names a tap's own bookmark item as that tap without calling it evidence, and skips the parent's notes", () => {
    const noteEntry = tap({ type: 'note', text: 'They said yes to the reading group.' }, 110_000);
    const earlier = tap(
      { type: 'outcome', cardId: 'a', title: 'Bus pass', outcome: 'agreed', who: null, due: null },
      95_000,
    );
    const joined = joinEvidence(
      [card({ title: 'Speech therapy twice a week' })],
      [
        { id: 'own', kind: 'agreement', source: 'Speech therapy twice a week', startMs: 100_000 },
        { id: 'note', kind: 'agreement', source: 'They said yes to the reading group.', startMs: 110_000 },
        { id: 'old', kind: 'agreement', source: 'Bus pass', startMs: 95_400 },
        { id: 'said', kind: 'agreement', source: 'Yes, we can add speech.', startMs: 120_000 },
      ],
      { entries: [noteEntry, earlier] },
    );
    expect(joined.taps.get('own')?.entryId).toBe('e1');
    expect(joined.taps.has('note')).toBe(false);
    expect(joined.taps.has('old')).toBe(false);
    expect(joined.cards[0]?.evidence.map((e) => e.itemId)).toEqual(['said']);
  });
});

describe('the follow-up lines the companion wrote', () => {
  it('are its exact lines for a title or a note, never a line of the parent that names a card', () => {
    const titles = ['Speech therapy'];
    expect(isCompanionLine('speech therapy ', titles)).toBe(true);
    expect(isCompanionLine('The school proposed: Speech therapy', titles)).toBe(true);
    expect(isCompanionLine('We will come back to this later: Speech therapy', titles)).toBe(true);
    expect(isCompanionLine('Speech therapy (at the next meeting)', titles)).toBe(true);
    expect(isCompanionLine('Bus at 7.', titles, ['Bus at 7.'])).toBe(true);
    expect(isCompanionLine('Speech therapy should start in January.', titles)).toBe(false);
    expect(isCompanionLine('More speech therapy', titles)).toBe(false);
  });
});
