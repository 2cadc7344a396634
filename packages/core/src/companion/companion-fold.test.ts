import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AgendaCard, CompanionAction, CompanionEntry } from '../contract/companion.js';
import { toIsoDate } from '../calendar/iso-date.js';
import { foldCompanion, orderedEntries, promiseDue, type CompanionFoldInput } from './companion-fold.js';

const agenda: AgendaCard[] = [
  { cardId: 'concern:0', title: 'Speech therapy twice a week', detail: null, source: 'concerns' },
  { cardId: 'service:s1', title: 'Reading help, 60 minutes a week', detail: null, source: 'service' },
];
const base = (entries: CompanionEntry[]): CompanionFoldInput => ({
  entries,
  agenda,
  timeZone: 'America/Chicago',
  roster: [{ id: 't2', name: 'Chris Patel' }],
  scheduled: [{ start: '2026-12-07T09:00:00-06:00', end: '2026-12-07T11:30:00-06:00' }],
  nextMeetingDay: null,
});
let n = 0;
const entry = (action: CompanionAction, over: Partial<CompanionEntry> = {}): CompanionEntry => ({
  id: `entry-${String(n).padStart(4, '0')}`,
  seq: n++,
  at: '2026-12-07T15:30:00Z',
  atMs: 60_000,
  session: 0,
  action,
  ...over,
});

describe('foldCompanion', () => {
  it('starts from the agenda with no outcomes', () => {
    const state = foldCompanion(base([]));
    expect(state.cards.map((c) => [c.cardId, c.outcome])).toEqual([
      ['concern:0', null],
      ['service:s1', null],
    ]);
    expect(state.sessions).toHaveLength(1);
  });

  it('names the roster person of a promise and counts "in N days" from the day of the tap in the case zone', () => {
    // 03:30 UTC on Dec 8 is still Dec 7 in Chicago: 5 days later is Dec 12.
    const state = foldCompanion(
      base([
        entry(
          {
            type: 'outcome',
            cardId: 'concern:0',
            title: 'Speech therapy twice a week',
            outcome: 'promised',
            who: 't2',
            due: { kind: 'in-days', days: 5 },
          },
          { at: '2026-12-08T03:30:00Z' },
        ),
      ]),
    );
    expect(state.cards[0]).toMatchObject({
      outcome: 'promised',
      who: 'Chris Patel',
      due: '2026-12-12',
      dueWords: null,
    });
  });

  it('says "at the next meeting" when the next meeting has no date, and uses its day when it has one', () => {
    expect(promiseDue({ kind: 'next-meeting' }, '2026-12-07T15:00:00Z', 'America/Chicago', null)).toEqual({
      due: null,
      dueWords: 'at the next meeting',
    });
    expect(
      promiseDue(
        { kind: 'next-meeting' },
        '2026-12-07T15:00:00Z',
        'America/Chicago',
        toIsoDate('2027-01-15'),
      ),
    ).toEqual({ due: '2027-01-15', dueWords: null });
  });

  it('reads a day that is not real (stored before the route checked it) as no day, never as an error', () => {
    expect(
      promiseDue({ kind: 'day', day: '2026-02-30' }, '2026-12-07T15:00:00Z', 'America/Chicago', null),
    ).toEqual({
      due: null,
      dueWords: null,
    });
  });

  it('queues a Notice of Action request only on a refusal or a proposal, and drops it when the outcome changes', () => {
    const refused = entry({
      type: 'outcome',
      cardId: 'concern:0',
      title: 'x',
      outcome: 'refused',
      who: null,
      due: null,
    });
    const pwn = entry({ type: 'pwn', cardId: 'concern:0', queued: true });
    const pwnOnAgreed = entry({ type: 'pwn', cardId: 'service:s1', queued: true });
    const agreedS1 = entry({
      type: 'outcome',
      cardId: 'service:s1',
      title: 'y',
      outcome: 'agreed',
      who: null,
      due: null,
    });
    let state = foldCompanion(base([refused, pwn, agreedS1, pwnOnAgreed]));
    expect(state.cards.map((c) => c.pwnQueued)).toEqual([true, false]);
    const agreedNow = entry({
      type: 'outcome',
      cardId: 'concern:0',
      title: 'x',
      outcome: 'agreed',
      who: null,
      due: null,
    });
    state = foldCompanion(base([refused, pwn, agreedS1, pwnOnAgreed, agreedNow]));
    expect(state.cards[0]?.pwnQueued).toBe(false);
  });

  it('keeps a tapped card the agenda no longer has, and adds topics the school raised', () => {
    const state = foldCompanion({
      ...base([
        entry({ type: 'topic', cardId: 'topic:1', title: 'Bus schedule' }),
        entry({
          type: 'outcome',
          cardId: 'concern:9',
          title: 'Old request',
          outcome: 'tabled',
          who: null,
          due: null,
        }),
      ]),
    });
    expect(state.cards.map((c) => [c.cardId, c.source])).toEqual([
      ['concern:0', 'concerns'],
      ['service:s1', 'service'],
      ['topic:1', 'school'],
      ['concern:9', 'earlier'],
    ]);
  });

  it('clears an outcome, keeps notes in order and tracks sessions beyond the scheduled ones', () => {
    const state = foldCompanion(
      base([
        entry({ type: 'session', session: 0, state: 'start' }, { at: '2026-12-07T15:00:00Z' }),
        entry({ type: 'outcome', cardId: 'concern:0', title: 'x', outcome: 'agreed', who: null, due: null }),
        entry({ type: 'clear-outcome', cardId: 'concern:0' }),
        entry({ type: 'note', text: 'They will check the bus.' }),
        entry({ type: 'voice-note', durationMs: 12_000 }, { session: 1 }),
        entry({ type: 'session', session: 1, state: 'end' }, { at: '2026-12-09T16:00:00Z', session: 1 }),
      ]),
    );
    expect(state.cards[0]?.outcome).toBeNull();
    expect(state.notes.map((x) => [x.text, x.voice])).toEqual([
      ['They will check the bus.', false],
      ['', true],
    ]);
    expect(state.sessions.map((s) => [s.session, s.startedAt, s.endedAt, s.scheduledStart !== null])).toEqual(
      [
        [0, '2026-12-07T15:00:00Z', null, true],
        [1, null, '2026-12-09T16:00:00Z', false],
      ],
    );
  });
});

describe('foldCompanion as a fold (properties)', () => {
  const actions: fc.Arbitrary<CompanionAction> = fc.oneof(
    fc.record({
      type: fc.constant('outcome' as const),
      cardId: fc.constantFrom('concern:0', 'service:s1', 'topic:1'),
      title: fc.constant('A card'),
      outcome: fc.constantFrom('agreed', 'refused', 'proposed', 'tabled', 'promised'),
      who: fc.constantFrom(null, 't2', 'the nurse'),
      due: fc.constantFrom(null, { kind: 'in-days' as const, days: 3 }, { kind: 'next-meeting' as const }),
    }),
    fc.record({
      type: fc.constant('clear-outcome' as const),
      cardId: fc.constantFrom('concern:0', 'topic:1'),
    }),
    fc.record({
      type: fc.constant('pwn' as const),
      cardId: fc.constantFrom('concern:0', 'service:s1'),
      queued: fc.boolean(),
    }),
    fc.record({
      type: fc.constant('topic' as const),
      cardId: fc.constant('topic:1'),
      title: fc.constant('Bus'),
    }),
    fc.record({ type: fc.constant('note' as const), text: fc.constant('A note') }),
  );
  const entryLists = fc
    .array(actions, { maxLength: 30 })
    .map((list) =>
      list.map((action, seq) => entry(action, { id: `e-${String(seq).padStart(6, '0')}`, seq })),
    );

  it('gives the same state whatever order the entries arrive in, and when some arrive twice', () => {
    fc.assert(
      fc.property(
        entryLists,
        fc.array(fc.nat(), { maxLength: 10 }),
        fc.integer(),
        (entries, repeats, seed) => {
          const once = foldCompanion(base(entries));
          const again = [
            ...entries,
            ...repeats.flatMap((i) => entries.slice(i % Math.max(entries.length, 1)).slice(0, 1)),
          ];
          // A deterministic shuffle: arrival order is not the browser's order.
          const shuffled = again
            .map((e, i) => ({ e, k: Math.sin(seed + i) }))
            .sort((a, b) => a.k - b.k)
            .map((x) => x.e);
          expect(foldCompanion(base(shuffled))).toEqual(once);
          expect(orderedEntries(shuffled).map((e) => e.id)).toEqual(entries.map((e) => e.id));
        },
      ),
    );
  });
});
