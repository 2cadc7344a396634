import { describe, expect, expectTypeOf, it } from 'vitest';
import { SEND_METHODS } from '../letters/sending.js';
import type { MissingFact } from '../letters/letter-types.js';
import type { SegmentView, SpeakerView, Utterance } from '../transcripts/transcript-types.js';
import {
  BOOKMARK_KINDS,
  ROUTES,
  SEND_METHOD_LABELS,
  SEND_METHOD_WORDS,
  letterPreviewSchema,
  planSchema,
  routeEntries,
  transcriptBodySchema,
  type BodyOf,
  type BookmarkKind,
  type ResponseOf,
  type TranscriptBody,
} from './index.js';

describe('the HTTP contract', () => {
  it('lists the 134 routes the server registers, each once', () => {
    expect(Object.keys(ROUTES)).toHaveLength(134);
    expect(routeEntries().map(([key]) => key)).toEqual(Object.keys(ROUTES));
  });

  it("describes transcript segments and speakers exactly as core's views", () => {
    expectTypeOf<TranscriptBody['segments'][number]>().toEqualTypeOf<SegmentView>();
    expectTypeOf<TranscriptBody['speakers'][number]>().toEqualTypeOf<SpeakerView>();
    expectTypeOf<NonNullable<Utterance['bookmark']>['kind']>().toEqualTypeOf<BookmarkKind>();
  });

  it('types answers and bodies by route', () => {
    expectTypeOf<
      ResponseOf<'GET /api/cases/:id/recordings/:recordingId/transcript'>
    >().toEqualTypeOf<TranscriptBody>();
    expectTypeOf<BodyOf<'PUT /api/cases/:id/meetings/:meetingId/tasks/:taskId'>>().toEqualTypeOf<{
      done: boolean;
    }>();
    expectTypeOf<
      Extract<ResponseOf<'POST /api/cases/:id/letters/:kind/preview'>, { ok: false }>['missing'][number]
    >().toEqualTypeOf<MissingFact>();
  });

  it('has plain words and a label for every send method, and six bookmark kinds', () => {
    expect(Object.keys(SEND_METHOD_WORDS).sort()).toEqual([...SEND_METHODS].sort());
    expect(Object.keys(SEND_METHOD_LABELS)).toEqual([...SEND_METHODS]);
    expect(BOOKMARK_KINDS).toEqual(['agreed', 'refused', 'promised', 'question', 'important', 'note']);
  });

  it("refuses a core value with a key missing or one too many (a plan's top level)", () => {
    const plan = {
      meetingId: 'm1',
      timeZone: 'America/Chicago',
      now: '2026-11-23T15:00:00Z',
      firstSessionStart: '2026-12-07T09:00:00-06:00',
      lastSessionEnd: '2026-12-07T10:00:00-06:00',
      tasks: [],
      warnings: [],
      triggered: [],
      commitments: [],
    };
    expect(planSchema.safeParse(plan).success).toBe(true);
    expect(planSchema.safeParse({ ...plan, extra: 1 }).success).toBe(false);
    const { commitments: _dropped, ...short } = plan;
    expect(planSchema.safeParse(short).success).toBe(false);
  });

  it('refuses a wire object with a field the contract does not name', () => {
    const body = { transcript: null, segments: [], speakers: [], bookmarks: [] };
    expect(transcriptBodySchema.safeParse(body).success).toBe(true);
    expect(transcriptBodySchema.safeParse({ ...body, view: {} }).success).toBe(false);
    expect(
      letterPreviewSchema.safeParse({ ok: false, missing: [{ field: 'meeting', message: 'Add it.' }] })
        .success,
    ).toBe(true);
    expect(letterPreviewSchema.safeParse({ ok: false, missing: [], text: 'x' }).success).toBe(false);
  });
});
