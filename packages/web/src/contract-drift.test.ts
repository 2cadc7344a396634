import * as C from '@iep/core/contract';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as W from './api/types';
import type * as T from './features/transcripts/api/transcripts';
import { EXPORT_FORMATS } from './features/transcripts/api/transcripts';
import type * as Wire from './features/cases/api/wire';
import type * as D from './features/data/api/data-wire';
import { LOG_STATUSES } from './features/data/api/data-wire';
import { SENT_METHODS } from './features/letters/lib/letter-status';
import { BOOKMARK_KINDS } from './features/recordings/lib/recording-time';
import type * as R from './features/recordings/api/recording-wire';

// The web app's hand-written wire types against the HTTP contract (@iep/core/contract), until the next phase
// replaces them with the contract's own. Where they agree, they must stay equal (drift either way is a compile
// error). Where the web copy is looser today, what the server answers (the contract) must still fit what the web
// expects, and what the web sends must fit what the server takes; each such place says how it differs.

describe('web wire types and the HTTP contract', () => {
  it('agree exactly on accounts, cases and recordings', () => {
    expectTypeOf<W.AccountInvitation>().toEqualTypeOf<C.AccountInvitation>();
    expectTypeOf<W.InvitationCheck>().toEqualTypeOf<C.InvitationCheck>();
    expectTypeOf<W.SetupState>().toEqualTypeOf<C.SetupState>();
    expectTypeOf<W.CaseSummary>().toEqualTypeOf<C.CaseSummary>();
    expectTypeOf<W.StoredCase>().toEqualTypeOf<C.StoredCase>();
    expectTypeOf<Wire.Meeting>().toEqualTypeOf<C.MeetingBody>();
    expectTypeOf<Wire.Closure>().toEqualTypeOf<C.ClosureBody>();
    expectTypeOf<Wire.NewCaseBody>().toEqualTypeOf<C.NewCaseBody>();
    expectTypeOf<R.RecordingPart>().toEqualTypeOf<C.RecordingPart>();
    expectTypeOf<R.Bookmark>().toEqualTypeOf<C.Bookmark>();
    expectTypeOf<R.BookmarkKind>().toEqualTypeOf<C.BookmarkKind>();
    expectTypeOf<R.ClipFormat>().toEqualTypeOf<C.ClipFormat>();
    expectTypeOf<R.PartStatus>().toEqualTypeOf<C.PartStatus>();
    expectTypeOf<R.Timeline>().toEqualTypeOf<C.RecordingTimeline>();
    expectTypeOf<R.Recording>().toEqualTypeOf<C.Recording>();
    expectTypeOf<R.RecordingSummary>().toEqualTypeOf<C.RecordingSummary>();
    expectTypeOf<R.Peaks>().toEqualTypeOf<C.Peaks>();
    expectTypeOf<R.Clip>().toEqualTypeOf<C.Clip>();
    expectTypeOf<R.ChunkAck>().toEqualTypeOf<C.ChunkAck>();
    expectTypeOf<R.NewPart>().toEqualTypeOf<C.NewPartBody>();
  });

  it('agree exactly on transcripts and items', () => {
    expectTypeOf<T.EngineInfo>().toEqualTypeOf<C.EngineInfo>();
    expectTypeOf<T.EngineChoice>().toEqualTypeOf<C.EngineChoice>();
    expectTypeOf<T.TranscriptStatus>().toEqualTypeOf<C.TranscriptStatus>();
    expectTypeOf<T.TranscriptSummary>().toEqualTypeOf<C.TranscriptSummary>();
    expectTypeOf<T.SnippetPart>().toEqualTypeOf<C.SnippetPiece>();
    expectTypeOf<T.SearchHit>().toEqualTypeOf<C.SearchHit>();
    expectTypeOf<T.TranscriptItem>().toEqualTypeOf<C.TranscriptItem>();
    expectTypeOf<T.ItemStatus>().toEqualTypeOf<C.ItemStatus>();
    expectTypeOf<T.ExportFormat>().toEqualTypeOf<C.TranscriptExportFormat>();
    expectTypeOf<T.TranscriptBundle['segments']>().toEqualTypeOf<C.TranscriptBody['segments']>();
    expectTypeOf<T.TranscriptBundle['speakers']>().toEqualTypeOf<C.TranscriptBody['speakers']>();
  });

  it('agree exactly on the data check', () => {
    expectTypeOf<D.ImportResult>().toEqualTypeOf<C.ImportCommit>();
    expectTypeOf<D.LogStatus>().toEqualTypeOf<C.ServiceLogStatus>();
    expectTypeOf<Omit<D.ImportPreview, 'sample' | 'fields'>>().toEqualTypeOf<
      Omit<C.ImportPreview, 'sample' | 'fields'>
    >();
  });

  it('fit where the web copy is looser today', () => {
    // role: the web has `role?: string`; the server always sends 'owner' | 'member'.
    expectTypeOf<C.User>().toExtend<W.User>();
    expectTypeOf<C.Session>().toExtend<W.Session>();
    // Letters: the web keeps kinds, formats and methods as wider strings and meetingId as string | null; the server
    // always sends a known kind and '' for "no meeting". The preview is one shape with optional fields on the web,
    // two shapes (ok or missing) in the contract.
    expectTypeOf<C.LetterDraft>().toExtend<W.LetterDraft>();
    expectTypeOf<C.LetterFileInfo>().toExtend<W.LetterFileInfo>();
    expectTypeOf<C.SentLetter>().toExtend<W.SentLetter>();
    expectTypeOf<C.LettersOverview>().toExtend<W.LettersOverview>();
    expectTypeOf<C.LetterPreview>().toExtend<W.LetterPreview>();
    // data: the web allows null; the server always sends an object.
    expectTypeOf<C.TimelineEvent>().toExtend<W.TimelineEvent>();
    // Bookmark kinds in a transcript: a plain string on the web, one of BOOKMARK_KINDS in the contract.
    expectTypeOf<C.TranscriptBookmark>().toExtend<T.TranscriptBookmark>();
    expectTypeOf<C.TranscriptBody>().toExtend<T.TranscriptBundle>();
    // The preview's sample: Record<string, unknown>[] on the web, core's ImportRecord[] in the contract (interfaces,
    // which no index signature takes); fields: core's ImportField in both, through the contract's key check.
    expectTypeOf<C.ImportPreview['fields']>().toExtend<D.ImportPreview['fields']>();
  });

  it('send what the server takes', () => {
    expectTypeOf<T.ItemPatch>().toExtend<C.ItemPatchBody>();
    expectTypeOf<D.NewProbe>().toExtend<C.NewProbeBody>();
    expectTypeOf<D.NewLogEntry>().toExtend<C.NewServiceLogBody>();
    expectTypeOf<{ engine?: T.EngineChoice; speakers?: number }>().toExtend<C.StartTranscriptBody>();
  });

  it('use the same small lists', () => {
    expect([...EXPORT_FORMATS].sort()).toEqual([...C.TRANSCRIPT_EXPORT_FORMATS].sort());
    expect([...LOG_STATUSES]).toEqual([...C.SERVICE_LOG_STATUSES]);
    // The recorder's buttons; a note is written in its own box.
    expect([...BOOKMARK_KINDS.map((k) => k.kind), 'note'].sort()).toEqual([...C.BOOKMARK_KINDS].sort());
    expect(Object.fromEntries(SENT_METHODS.map((m) => [m.value, m.label]))).toEqual(C.SEND_METHOD_LABELS);
    expect(SENT_METHODS.map((m) => m.value)).toEqual([...C.SEND_METHODS]);
  });
});
