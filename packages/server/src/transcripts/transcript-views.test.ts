import { caseFileSchema } from '@iep/core';
import { describe, expect, it } from 'vitest';
import { exampleCase } from '../test-support/test-app.js';
import type { TranscriptRow } from './transcripts.repository.js';
import { rosterHeadcount } from './transcripts.service.js';
import { etaSec, transcriptSummary } from './transcript-views.js';

const row = (patch: Partial<TranscriptRow> = {}): TranscriptRow => ({
  id: 't1',
  recording_id: 'r1',
  case_id: 'c1',
  meeting_id: 'm1',
  status: 'running',
  engine_choice: 'auto',
  engine_name: 'pocketsphinx',
  engine: 'pocketsphinx (en-us)',
  engine_note: 'Low accuracy.',
  speakers_expected: 4,
  duration_sec: 3600,
  processed_sec: 0,
  resumed_from_sec: 0,
  segment_count: 0,
  error: null,
  job_id: 'j1',
  shown: 1,
  live: 0,
  engine_carry: null,
  started_at: '2026-12-07T15:00:00.000Z',
  finished_at: null,
  created_at: '2026-12-07T14:59:00.000Z',
  updated_at: '2026-12-07T15:00:00.000Z',
  ...patch,
});

describe('transcript progress and time left', () => {
  const tenMinutesIn = new Date('2026-12-07T15:10:00.000Z');

  it("estimates the time left from this run's own speed", () => {
    // 900 s of audio in 600 s: 2700 s left take 1800 s.
    expect(etaSec(row({ processed_sec: 900 }), tenMinutesIn)).toBe(1800);
    // A resumed run counts only what it did itself: 300 s in 600 s, 1800 s left take 3600 s.
    expect(etaSec(row({ processed_sec: 1800, resumed_from_sec: 1500 }), tenMinutesIn)).toBe(3600);
  });

  it('has no estimate before any audio is done, or when not running', () => {
    expect(etaSec(row(), tenMinutesIn)).toBeNull();
    expect(etaSec(row({ status: 'queued', processed_sec: 900 }), tenMinutesIn)).toBeNull();
    expect(etaSec(row({ status: 'done', processed_sec: 3600 }), tenMinutesIn)).toBeNull();
  });

  it('reports progress as a fraction, 1 when done', () => {
    expect(transcriptSummary(row({ processed_sec: 900 }), tenMinutesIn)).toMatchObject({
      progress: 0.25,
      processedSec: 900,
      etaSec: 1800,
      engine: 'pocketsphinx (en-us)',
      engineNote: 'Low accuracy.',
    });
    expect(transcriptSummary(row({ status: 'done', processed_sec: 3599.5 }), tenMinutesIn).progress).toBe(1);
    expect(transcriptSummary(row({ duration_sec: null }), tenMinutesIn).progress).toBe(0);
  });
});

describe('speakers expected from the roster', () => {
  it('counts the team members who come to meetings and the parents', () => {
    const file = caseFileSchema.parse(exampleCase());
    // 8 team members, 2 of them custodians of records; 1 parent.
    expect(rosterHeadcount(file)).toBe(7);
  });

  it('is unknown (null) when the case lists no team', () => {
    const file = caseFileSchema.parse({ ...exampleCase(), team: [] });
    expect(rosterHeadcount(file)).toBeNull();
  });
});
