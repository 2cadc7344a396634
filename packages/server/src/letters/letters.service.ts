import { createHash } from 'node:crypto';
import {
  analyzeCase,
  answerIssues,
  buildLetter,
  letterToText,
  notesToText,
  servicesWithoutLogs,
  toJsonPath,
  type CaseAnalysis,
  type CaseFile,
  type Letter,
  type LetterKind,
  type MissingFact,
} from '@iep/core';
import { DateTime } from 'luxon';
import { ownsCase } from '../cases/case-access.js';
import { insertCaseEvent } from '../cases/cases.repository.js';
import type { Storage } from '../db/open-storage.js';
import { newId } from '../ids.js';
import { invalid, notFound, ok, partNotFound, type CaseResult } from '../cases/case-results.js';
import { getStoredCase, type StoredCase } from '../cases/cases.service.js';
import { MEETING_NOT_FOUND } from '../cases/meetings.service.js';
import { answersWithItems } from '../transcripts/items.integration.js';
import type { LetterDraft, LetterFormat, NotesFormat } from '@iep/core/contract';
import { EmailNotPossibleError } from './letter-layout.js';
import {
  findDraft,
  findLetterFile,
  insertLetterFile,
  listDrafts,
  listLetterFiles,
  listSentLetters,
  saveDraft,
  type DraftAuthor,
  type DraftRow,
  type LetterFileInfo,
  type SentLetter,
} from './letters.repository.js';
import { renderLetter } from './render-letter.js';
import { renderNotes, type RenderedNotes } from './render-notes.js';
import { canonicalJson } from './canonical-json.js';

// The letters of a case: drafts of the interview answers, files made from them (the exact bytes, hashed), and
// the record of what was sent when and how. Every function checks that the case is the user's first.

export const FILE_NOT_FOUND = 'This letter file was not found. Reload the list of letters.';

export type DraftView = LetterDraft;

/**
 * `text` is the letter as sent; `notesText` the "Notes for you" page, kept apart. `fromTranscript`: how many
 * entries the meeting's confirmed transcript items added (follow-up letter only).
 */
export type PreviewResult =
  | { ok: true; letter: Letter; text: string; notesText: string; warnings: string[]; fromTranscript: number }
  | { ok: false; missing: MissingFact[] };

/** A file could not be made: facts are missing, or the format cannot be made for this letter (no email). */
export type FileProblem =
  { problem: 'missing'; missing: MissingFact[] } | { problem: 'not-possible'; message: string };

/** The draft as the page shows it to `viewerId`: who saved it last, and whether that was them. */
const draftView = (meetingId: string, row: DraftRow | null, viewerId: string | null): DraftView => ({
  answers: row?.answers ?? {},
  meetingId,
  updatedAt: row?.updatedAt ?? null,
  changedBy:
    row?.changedBy == null
      ? null
      : { name: row.changedBy.name, role: row.changedBy.role, you: row.changedBy.userId === viewerId },
});

/** The case, with the meeting checked when one is named. */
export async function caseWithMeeting(
  storage: Storage,
  ownerId: string,
  caseId: string,
  meetingId: string,
): Promise<CaseResult<StoredCase>> {
  const stored = await getStoredCase(storage, ownerId, caseId);
  if (!stored) return notFound;
  if (meetingId !== '' && !stored.file.meetings.some((m) => m.id === meetingId))
    return partNotFound(MEETING_NOT_FOUND);
  return ok(stored);
}

export async function listLetters(
  storage: Storage,
  ownerId: string,
  caseId: string,
): Promise<
  CaseResult<{ drafts: Awaited<ReturnType<typeof listDrafts>>; files: LetterFileInfo[]; sent: SentLetter[] }>
> {
  if (!(await ownsCase(storage, ownerId, caseId))) return notFound;
  const [drafts, files, sent] = await Promise.all([
    listDrafts(storage.db, caseId),
    listLetterFiles(storage.db, caseId),
    listSentLetters(storage.db, caseId),
  ]);
  return ok({ drafts, files, sent });
}

export async function getDraft(
  storage: Storage,
  ownerId: string,
  caseId: string,
  kind: LetterKind,
  meetingId: string,
  viewerId: string | null = null,
): Promise<CaseResult<DraftView>> {
  const found = await caseWithMeeting(storage, ownerId, caseId, meetingId);
  if (found.kind !== 'ok') return found;
  return ok(draftView(meetingId, await findDraft(storage.db, caseId, kind, meetingId), viewerId));
}

/**
 * Checks answers against the kind's schema, where every field is optional (a draft may be half done). A refusal
 * names the question in the parent's words and says what to change; the path stays for the page to find the field.
 */
function checkAnswers(kind: LetterKind, answers: unknown): CaseResult<Record<string, unknown>> {
  const issues = answerIssues(kind, answers);
  if (issues.length > 0) {
    return invalid(
      issues.map((i) => ({
        path: toJsonPath(i.field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k))),
        message: i.message,
      })),
    );
  }
  // Store what the client sent (not the parsed output): defaults filled in by the schema are not answers.
  return ok(answers as Record<string, unknown>);
}

export async function putDraft(
  storage: Storage,
  input: {
    ownerId: string;
    caseId: string;
    kind: LetterKind;
    meetingId: string;
    answers: unknown;
    now: string;
    /** The signed-in member saving it (null from the command line). */
    by?: DraftAuthor | null;
  },
): Promise<CaseResult<DraftView>> {
  const found = await caseWithMeeting(storage, input.ownerId, input.caseId, input.meetingId);
  if (found.kind !== 'ok') return found;
  const checked = checkAnswers(input.kind, input.answers);
  if (checked.kind !== 'ok') return checked;
  return saveAndView(storage, input, checked.value);
}

/** Adds items to a list answer, skipping any already there (the same finding added twice is one finding). */
export async function appendToDraft(
  storage: Storage,
  input: {
    ownerId: string;
    caseId: string;
    kind: LetterKind;
    meetingId: string;
    field: string;
    items: unknown[];
    now: string;
    by?: DraftAuthor | null;
  },
): Promise<CaseResult<DraftView>> {
  const found = await caseWithMeeting(storage, input.ownerId, input.caseId, input.meetingId);
  if (found.kind !== 'ok') return found;
  const current = (await findDraft(storage.db, input.caseId, input.kind, input.meetingId))?.answers ?? {};
  const existing = current[input.field] ?? [];
  if (!Array.isArray(existing)) {
    return invalid([
      {
        path: toJsonPath(['answers', input.field]),
        message: 'This answer is not a list, so nothing can be added to it.',
      },
    ]);
  }
  const seen = new Set(existing.map(canonicalJson));
  const list = [...existing];
  for (const item of input.items) {
    const key = canonicalJson(item);
    if (!seen.has(key)) {
      seen.add(key);
      list.push(item);
    }
  }
  const checked = checkAnswers(input.kind, { ...current, [input.field]: list });
  if (checked.kind !== 'ok') return checked;
  return saveAndView(storage, input, checked.value);
}

/** Saves checked answers as the caller's, and gives the draft as they now see it (theirs, changed by them). */
async function saveAndView(
  storage: Storage,
  input: { caseId: string; kind: LetterKind; meetingId: string; now: string; by?: DraftAuthor | null },
  answers: Record<string, unknown>,
): Promise<CaseResult<DraftView>> {
  const by = input.by ?? null;
  const row = { ...input, answers, updatedAt: input.now, changedBy: by };
  await saveDraft(storage.db, { ...row, updatedBy: by?.userId ?? null });
  return ok(draftView(input.meetingId, row, by?.userId ?? null));
}

/** The zone a letter is dated in: the meeting's, else the case's first meeting's, else Missouri's. */
export function letterZone(file: CaseFile, meetingId: string): string {
  return (
    file.meetings.find((m) => m.id === meetingId)?.timeZone ?? file.meetings[0]?.timeZone ?? 'America/Chicago'
  );
}

/** The day of an instant in the zone the letter is dated in. */
export function caseDay(file: CaseFile, meetingId: string, instant: string): string {
  return (
    DateTime.fromISO(instant, { setZone: true }).setZone(letterZone(file, meetingId)).toISODate() ??
    instant.slice(0, 10)
  );
}

/** The kinds that use the data check (it is the costly part of a letter). */
const USES_ANALYSIS: ReadonlySet<LetterKind> = new Set(['concerns', 'comp-ed-request', 'records-request']);

/** The data check as of today in the case's zone, only for the kinds that use it. */
function analysisFor(
  kind: LetterKind,
  file: CaseFile,
  meetingId: string,
  now: string,
): CaseAnalysis | undefined {
  if (!USES_ANALYSIS.has(kind)) return undefined;
  return analyzeCase(file, { asOf: caseDay(file, meetingId, now) });
}

/**
 * Builds the letter from the case and answers; pure apart from reading nothing. Shared with the CLI. A records
 * request gets the services of the data check's "no-service-log" finding (and, through the analysis, those whose
 * logs have gaps), so it asks for each log by name and dates.
 */
export function buildCaseLetter(
  kind: LetterKind,
  input: { caseFile: CaseFile; meetingId: string; answers: Record<string, unknown>; now: string },
) {
  const analysis = analysisFor(kind, input.caseFile, input.meetingId, input.now);
  return buildLetter(kind, {
    caseFile: input.caseFile,
    ...(input.meetingId === '' ? {} : { meetingId: input.meetingId }),
    answers: input.answers,
    now: input.now,
    ...(analysis ? { analysis } : {}),
    ...(analysis && kind === 'records-request' ? { servicesWithoutLogs: servicesWithoutLogs(analysis) } : {}),
  });
}

export async function previewLetter(
  storage: Storage,
  input: {
    ownerId: string;
    caseId: string;
    kind: LetterKind;
    meetingId: string;
    answers?: Record<string, unknown>;
    now: string;
  },
): Promise<CaseResult<PreviewResult>> {
  const found = await caseWithMeeting(storage, input.ownerId, input.caseId, input.meetingId);
  if (found.kind !== 'ok') return found;
  const { answers, fromTranscript } = await answersWithItems(storage.db, {
    ...input,
    answers:
      input.answers ??
      (await findDraft(storage.db, input.caseId, input.kind, input.meetingId))?.answers ??
      {},
  });
  const built = buildCaseLetter(input.kind, { ...input, caseFile: found.value.file, answers });
  if (!built.ok) return ok({ ok: false, missing: built.missing });
  return ok({
    ok: true,
    letter: built.letter,
    text: letterToText(built.letter),
    notesText: notesToText(built.letter),
    warnings: built.letter.warnings,
    fromTranscript,
  });
}

/** The saved draft's letter, built as the files are (confirmed transcript items added for a follow-up). */
async function savedLetter(
  storage: Storage,
  input: { ownerId: string; caseId: string; kind: LetterKind; meetingId: string; now: string },
): Promise<CaseResult<{ built: ReturnType<typeof buildCaseLetter>; file: CaseFile }>> {
  const found = await caseWithMeeting(storage, input.ownerId, input.caseId, input.meetingId);
  if (found.kind !== 'ok') return found;
  const { answers } = await answersWithItems(storage.db, {
    ...input,
    answers: (await findDraft(storage.db, input.caseId, input.kind, input.meetingId))?.answers ?? {},
  });
  const file = found.value.file;
  return ok({ built: buildCaseLetter(input.kind, { ...input, caseFile: file, answers }), file });
}

/** The "Notes for you" page of the saved draft, as a PDF or text the parent can print. Not stored. */
export async function letterNotesFile(
  storage: Storage,
  input: {
    ownerId: string;
    caseId: string;
    kind: LetterKind;
    meetingId: string;
    format: NotesFormat;
    now: string;
  },
): Promise<CaseResult<RenderedNotes | FileProblem>> {
  const saved = await savedLetter(storage, input);
  if (saved.kind !== 'ok') return saved;
  const { built, file } = saved.value;
  if (!built.ok) return ok({ problem: 'missing', missing: built.missing });
  return ok(await renderNotes(built.letter, input.format, file.student.name));
}

/** Renders the saved draft in one format and stores the exact bytes with their SHA-256. */
export async function makeLetterFile(
  storage: Storage,
  input: {
    ownerId: string;
    caseId: string;
    kind: LetterKind;
    meetingId: string;
    format: LetterFormat;
    now: string;
  },
): Promise<CaseResult<LetterFileInfo | FileProblem>> {
  const saved = await savedLetter(storage, input);
  if (saved.kind !== 'ok') return saved;
  const { built, file } = saved.value;
  if (!built.ok) return ok({ problem: 'missing', missing: built.missing });
  let rendered;
  try {
    rendered = await renderLetter(built.letter, input.format, file.student.name);
  } catch (error) {
    if (error instanceof EmailNotPossibleError)
      return ok({ problem: 'not-possible', message: error.message });
    throw error;
  }
  const info: LetterFileInfo = {
    id: newId(),
    kind: input.kind,
    meetingId: input.meetingId,
    format: input.format,
    filename: rendered.filename,
    sha256: createHash('sha256').update(rendered.bytes).digest('hex'),
    bytes: rendered.bytes.length,
    createdAt: input.now,
  };
  await storage.db.transaction().execute(async (trx) => {
    await insertLetterFile(trx, { ...info, caseId: input.caseId, content: rendered.bytes });
    await insertCaseEvent(trx, {
      caseId: input.caseId,
      at: input.now,
      kind: 'letter.file',
      data: {
        fileId: info.id,
        kind: info.kind,
        meetingId: info.meetingId,
        format: info.format,
        filename: info.filename,
        sha256: info.sha256,
      },
    });
  });
  return ok(info);
}

export async function getLetterFile(
  storage: Storage,
  ownerId: string,
  caseId: string,
  fileId: string,
): Promise<CaseResult<LetterFileInfo & { content: Buffer }>> {
  if (!(await ownsCase(storage, ownerId, caseId))) return notFound;
  const file = await findLetterFile(storage.db, caseId, fileId);
  return file ? ok(file) : partNotFound(FILE_NOT_FOUND);
}
