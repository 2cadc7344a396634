import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate, type IsoDate } from '../calendar/index.js';
import { EXTRACT_KINDS, type Utterance } from '../transcripts/transcript-types.js';
import { resolveDue } from './dates.js';
import { loadCorpus } from '../test-support/extraction-corpus.js';
import { EXTRACTION_METHODS, extractItems } from './extract-items.js';
import { mergeFollowUpAnswers, type ConfirmedItem } from './follow-up-answers.js';

const CORPUS_TEXTS = loadCorpus('train').flatMap((m) => m.utterances.map((u) => u.text));

const meetingDate = fc.integer({ min: 0, max: 3 * 365 }).map((n) => {
  const d = new Date(Date.UTC(2025, 0, 1) + n * 86_400_000);
  return d.toISOString().slice(0, 10) as IsoDate;
});

const phrases = [
  'by Friday',
  'tomorrow',
  'in two weeks',
  'by the end of the month',
  'by December 15th',
  'on Monday',
  'next week',
  'by the end of the week',
  'within 30 days',
  'by the 3rd',
  'on January 8th',
  'within 10 business days',
  'today',
];

const words = fc.array(
  fc.constantFrom(
    'I',
    "I'll",
    'we',
    'will',
    "can't",
    'send',
    'the',
    'plan',
    'by',
    'Friday',
    'agree',
    '?',
    'not',
    'able',
    'Ms.',
    'Lee',
    'check',
    '.',
    'thanks',
    'to',
  ),
  { maxLength: 14 },
);
const utterance: fc.Arbitrary<Utterance> = fc.record({
  speaker: fc.option(fc.constantFrom('Ms. Lee', 'Dana Carter', 'Mr. Ortiz')),
  text: fc.oneof(
    words.map((w) => w.join(' ')),
    fc.constantFrom(...CORPUS_TEXTS),
    fc.string({ maxLength: 40 }),
  ),
  start: fc.option(fc.integer({ min: 0, max: 10_000 })),
});

describe('extraction properties', () => {
  it('never throws, and every item points at an utterance, with a real date on or after the meeting', () => {
    fc.assert(
      fc.property(
        fc.array(utterance, { maxLength: 12 }),
        meetingDate,
        fc.constantFrom(...EXTRACTION_METHODS),
        (utterances, date, method) => {
          const items = extractItems(utterances, { meetingDate: date, method });
          for (const item of items) {
            expect(EXTRACT_KINDS).toContain(item.kind);
            expect(utterances.some((u) => u.text === item.source && u.start === item.start)).toBe(true);
            expect(item.text.trim()).not.toBe('');
            if (item.due !== null) {
              expect(isIsoDate(item.due)).toBe(true);
              expect(item.due >= date).toBe(true);
            }
          }
        },
      ),
    );
  });

  it('dates resolve forward from any meeting date', () => {
    fc.assert(
      fc.property(meetingDate, fc.constantFrom(...phrases), (date, phrase) => {
        const { due } = resolveDue(`I will send the report ${phrase}.`, date);
        expect(due).not.toBeNull();
        expect((due ?? '') >= date).toBe(true);
        expect((due ?? '') <= `${Number(date.slice(0, 4)) + 1}-12-31`).toBe(true);
      }),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(fc.array(utterance, { maxLength: 8 }), (utterances) => {
        for (const method of EXTRACTION_METHODS)
          expect(extractItems(utterances, { meetingDate: '2026-12-07', method })).toEqual(
            extractItems(utterances, { meetingDate: '2026-12-07', method }),
          );
      }),
    );
  });

  it('merging confirmed items into follow-up answers twice is the same as once', () => {
    const item: fc.Arbitrary<ConfirmedItem> = fc.record({
      kind: fc.constantFrom(...EXTRACT_KINDS),
      text: fc.string({ maxLength: 30 }),
      who: fc.option(fc.constantFrom('Ms. Lee', 'the OT')),
      due: fc.option(fc.constantFrom('2026-12-11', 'bad')),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 10 }), (items) => {
        const once = mergeFollowUpAnswers(undefined, items);
        expect(mergeFollowUpAnswers(once, items)).toEqual(once);
      }),
    );
  });
});
