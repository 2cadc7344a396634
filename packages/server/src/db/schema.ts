import type {
  BookmarkKind,
  ClipFormat,
  ItemStatus,
  LetterFormat,
  LetterKind,
  PartSource,
  PartStatus,
  PlanType,
  Role,
  SendMethod,
  TranscriptStatus,
} from '@iep/core/contract';
import type { Generated, Insertable, Selectable } from 'kysely';

// One schema for SQLite and PostgreSQL. Timestamps are ISO-8601 UTC strings (TEXT) so both dialects sort and
// compare them the same way; JSON is stored as TEXT and parsed in the repositories. Columns that hold one of the
// contract's words (kinds, formats, methods, statuses) are typed with them: the writes check the word first.

export type { Role, TranscriptStatus };

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  role: Role;
  created_at: string;
}

/** Failed sign-ins per key in a 15-minute window (see accounts/sign-in-limits.ts). */
export interface SignInLimitsTable {
  key: string;
  window_start: string;
  failures: number;
}

/** An invitation to make an account, for one email address; only the token's SHA-256 is kept. */
export interface AccountInvitationsTable {
  id: string;
  token_hash: string;
  /** Normalized (trimmed, lower-case). */
  email: string;
  invited_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  used_by: string | null;
  revoked_at: string | null;
}

export type AccountInvitationRow = Selectable<AccountInvitationsTable>;

/** A user's membership of a case; the owner is a member with role 'owner'. A removed member keeps the row. */
export interface CaseMembersTable {
  id: string;
  case_id: string;
  user_id: string;
  /** 'owner' | 'co-parent' | 'advocate' | 'viewer' (core's CASE_ROLES). */
  role: string;
  added_by: string | null;
  /** What the family asked this member to look at. */
  note: string;
  created_at: string;
  removed_at: string | null;
  /** When the owner granted this member audio (an advocate), null while not granted. */
  audio_granted_at: string | null;
  /** Who granted it (the owner's user id). */
  audio_granted_by: string | null;
}

/** A one-time link that makes its holder a member of one case (token kept as its SHA-256 only). */
export interface CaseInvitationsTable {
  id: string;
  token_hash: string;
  case_id: string;
  email: string;
  role: string;
  note: string;
  invited_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  used_by: string | null;
  revoked_at: string | null;
  /** 1 when joining also grants audio (advocates only), else 0. */
  grant_audio: number;
}

export interface SessionsTable {
  /** SHA-256 (hex) of the cookie token: a stolen database does not hand out working cookies. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface CasesTable {
  id: string;
  owner_id: string;
  student_name: string;
  district: string;
  plan_type: PlanType;
  ssd_partner: number;
  /** The validated case file, as JSON text. */
  document: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface PlanTaskStatusTable {
  case_id: string;
  meeting_id: string;
  task_id: string;
  done_at: string;
  user_id: string;
}

export interface CaseEventsTable {
  id: string;
  case_id: string;
  at: string;
  kind: string;
  data: string;
}

export interface LetterDraftsTable {
  case_id: string;
  kind: LetterKind;
  /** '' when the letter is not about one meeting. */
  meeting_id: string;
  /** The interview answers so far, as JSON text. */
  answers: string;
  updated_at: string;
  /** Who saved it last (users.id); null before this was kept, or when the command line saved it. */
  updated_by: string | null;
}

export interface LetterFilesTable {
  id: string;
  case_id: string;
  kind: LetterKind;
  meeting_id: string;
  format: LetterFormat;
  filename: string;
  sha256: string;
  bytes: number;
  /** The exact bytes downloaded (BLOB on SQLite, bytea on PostgreSQL). */
  content: Buffer;
  created_at: string;
}

export interface LettersSentTable {
  id: string;
  case_id: string;
  file_id: string;
  kind: LetterKind;
  meeting_id: string;
  sent_at: string;
  method: SendMethod;
  sha256: string;
  created_at: string;
  /** The day it arrived (YYYY-MM-DD), given by the parent; null until then. */
  received_on: string | null;
  /** JSON array of the deadline rules the letter started when sent; null for older rows. */
  clocks: string | null;
}

export interface RecordingsTable {
  id: string;
  case_id: string;
  meeting_id: string;
  created_at: string;
}

export interface RecordingPartsTable {
  id: string;
  recording_id: string;
  client_part_id: string;
  source: PartSource;
  started_at: string;
  mime_type: string;
  device: string | null;
  status: PartStatus;
  duration_ms: number | null;
  /** The finished playable file (null while recording). */
  blob_id: string | null;
  sha256: string | null;
  /** bigint: PostgreSQL hands it back as a string; repositories convert. */
  bytes: number | string | null;
  original_blob_id: string | null;
  original_name: string | null;
  error: string | null;
  /** JSON { peaksPerSecond, peaks }. */
  peaks: string | null;
  last_seq: number | null;
  contiguous_seq: Generated<number>;
  finish_requested_at: string | null;
  last_chunk_at: string;
  created_at: string;
}

export interface RecordingChunksTable {
  part_id: string;
  seq: number;
  /** '' once the part is finished and the chunk's audio lives in the part's blob. */
  blob_id: string;
  sha256: string;
  bytes: number;
  received_at: string;
}

export interface BookmarksTable {
  id: string;
  recording_id: string;
  at_ms: number;
  part_id: string | null;
  kind: BookmarkKind;
  note: string;
  created_at: string;
  updated_at: string;
}

export interface ClipsTable {
  id: string;
  recording_id: string;
  name: string;
  from_ms: number;
  to_ms: number;
  format: ClipFormat;
  blob_id: string;
  sha256: string;
  bytes: number | string;
  created_at: string;
}

export interface JobsTable {
  id: string;
  name: string;
  /** The zod-checked payload, as JSON text. */
  payload: string;
  status: 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
  attempts: number;
  /** 0..1 */
  progress: number;
  error: string | null;
  run_after: string;
  created_at: string;
  updated_at: string;
}

/** One recognition run of a recording. A re-run is a new row; the parent's corrections live per recording. */
export interface TranscriptsTable {
  id: string;
  recording_id: string;
  case_id: string;
  meeting_id: string;
  status: TranscriptStatus;
  /** 'auto' | 'sherpa' | 'pocketsphinx', as asked. */
  engine_choice: string;
  /** The engine it resolved to ('sherpa' | 'pocketsphinx'); a resumed run uses the same one. */
  engine_name: string | null;
  /** The engine's label, e.g. "pocketsphinx (en-us)". */
  engine: string | null;
  engine_note: string | null;
  speakers_expected: number | null;
  duration_sec: number | null;
  /** The checkpoint: seconds of the timeline whose segments are all saved. */
  processed_sec: Generated<number>;
  /** processed_sec when this run started (for the time-left estimate). */
  resumed_from_sec: Generated<number>;
  segment_count: Generated<number>;
  error: string | null;
  job_id: string | null;
  /** 1 for the transcript the recording shows and search finds. */
  shown: Generated<number>;
  /** 1 for a run started by the recorder's audio: it reads parts still being recorded from their chunks. */
  live: Generated<number>;
  /** What the engine carries from batch to batch (saved with the checkpoint); null: nothing. */
  engine_carry: string | null;
  started_at: string | null;
  finished_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface TranscriptSegmentsTable {
  /** The integer key of the SQLite full-text index; never shown (bigint on PostgreSQL: do not select it). */
  row_no: Generated<number>;
  id: string;
  transcript_id: string;
  recording_id: string;
  case_id: string;
  seq: number;
  start_ms: number;
  end_ms: number;
  /** The machine's label (S1, S2, ...), null before speakers are grouped. */
  speaker: string | null;
  /** The machine's text, never edited. */
  text: string;
  /** JSON TranscriptWord[]. */
  words: string;
  /** JSON number[] or null. */
  embedding: string | null;
  /** The text with the parent's corrections: what search finds. */
  search_text: string;
  /** The speaker's display name now (corrections applied), for the search filter. */
  speaker_name: string;
}

export interface TranscriptCorrectionsTable {
  recording_id: string;
  case_id: string;
  /** JSON TranscriptCorrections. */
  corrections: string;
  updated_at: string;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  cases: CasesTable;
  plan_task_status: PlanTaskStatusTable;
  case_events: CaseEventsTable;
  letter_drafts: LetterDraftsTable;
  letter_files: LetterFilesTable;
  letters_sent: LettersSentTable;
  recordings: RecordingsTable;
  recording_parts: RecordingPartsTable;
  recording_chunks: RecordingChunksTable;
  bookmarks: BookmarksTable;
  clips: ClipsTable;
  jobs: JobsTable;
  transcripts: TranscriptsTable;
  transcript_segments: TranscriptSegmentsTable;
  transcript_corrections: TranscriptCorrectionsTable;
  transcript_items: TranscriptItemsTable;
  sign_in_limits: SignInLimitsTable;
  account_invitations: AccountInvitationsTable;
  case_members: CaseMembersTable;
  case_invitations: CaseInvitationsTable;
  companion_entries: CompanionEntriesTable;
  documents: DocumentsTable;
  document_pages: DocumentPagesTable;
  escalation_known_dates: EscalationKnownDatesTable;
  share_links: ShareLinksTable;
  student_views: StudentViewsTable;
  answer_marks: AnswerMarksTable;
  evidence_builds: EvidenceBuildsTable;
  guest_codes: GuestCodesTable;
  guest_sessions: GuestSessionsTable;
}

/** The parent's mark that the school answered an item of the answer tracker (core's item id). */
export interface AnswerMarksTable {
  case_id: string;
  item_id: string;
  document_id: string | null;
  /** YYYY-MM-DD. */
  answered_on: string;
  marked_by: string;
  marked_at: string;
}

export type UserRow = Selectable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type CaseRow = Selectable<CasesTable>;
export type NewCaseRow = Insertable<CasesTable>;

export interface TranscriptItemsTable {
  id: string;
  recording_id: string;
  case_id: string;
  meeting_id: string;
  transcript_id: string | null;
  kind: 'commitment' | 'refusal' | 'agreement' | 'open-question';
  text: string;
  who: string | null;
  /** YYYY-MM-DD or null. */
  due: string | null;
  start_ms: number | null;
  source: string;
  status: ItemStatus;
  /** 1 once the parent changed the kind, text, who or date. */
  edited: number;
  done_at: string | null;
  /** kind + normalized source + second: finds the item again when extraction runs again. */
  machine_key: string;
  created_at: string;
  updated_at: string;
}

export interface CompanionEntriesTable {
  case_id: string;
  /** The browser's id for the tap (unique per case). */
  id: string;
  meeting_id: string;
  seq: number;
  /** When it was tapped (the browser's clock, ISO). */
  at: string;
  /** Where on the recording's timeline (ms), or null. */
  at_ms: number | null;
  session: number;
  /** The tap itself (the contract's CompanionAction), as JSON. */
  action: string;
  created_at: string;
  /** 1 once the tap's bookmark on the meeting's recording was made (or the tap makes none). */
  bookmarked: number;
  /** Who added it ('owner', 'member', 'guest') and the name shown beside it; null for entries from before. */
  added_by_kind?: string | null;
  added_by_name?: string | null;
}

/** A one-time guest code for one meeting's companion (guests/); the code itself is stored only as its SHA-256. */
export interface GuestCodesTable {
  id: string;
  code_hash: string;
  case_id: string;
  meeting_id: string;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  guest_name: string | null;
  used_at: string | null;
  ended_at: string | null;
}

/** A guest's session (cookie iep_guest, stored as its SHA-256), valid while its code is. */
export interface GuestSessionsTable {
  id: string;
  code_id: string;
  csrf_token: string;
  created_at: string;
}

/** The binder's documents: one file of school paper in a case (encrypted in the blob store), read page by page. */
export interface DocumentsTable {
  id: string;
  case_id: string;
  title: string;
  file_name: string;
  format: 'pdf' | 'docx' | 'image' | 'email' | 'text';
  /** The sniffed type (e.g. application/pdf, image/jpeg, message/rfc822, application/vnd.ms-outlook). */
  media_type: string;
  blob_id: string;
  /** SHA-256 (hex) of the file: the same file twice in a case is one document. */
  sha256: string;
  bytes: number;
  kind: string;
  tab: string;
  /** YYYY-MM-DD or null. */
  document_date: string | null;
  date_source: 'given' | 'found' | 'unknown';
  /** Whether the parent chose the kind/tab (then the reading job's guess does not replace them). */
  kind_given: number;
  tab_given: number;
  received_on: string;
  status: 'queued' | 'reading' | 'ready' | 'failed';
  pages_done: number;
  pages_total: number | null;
  ocr_pages: number;
  error: string | null;
  job_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface DocumentPagesTable {
  /** The integer key of the SQLite full-text index; never shown (bigint on PostgreSQL: do not select it). */
  row_no: Generated<number>;
  document_id: string;
  case_id: string;
  page_no: number;
  text: string;
  source: 'text' | 'ocr';
}

export type DocumentRow = Selectable<DocumentsTable>;

/** The parent's "date you knew" of one event of a case (the escalation page's due process window counts from it). */
export interface EscalationKnownDatesTable {
  case_id: string;
  /** The escalation event's id: "meeting:<id>", "document:<id>", "refusal:<id>", "letter:<id>". */
  event_id: string;
  /** YYYY-MM-DD. */
  known_on: string;
  updated_at: string;
}

/** A clip link: one cut of a recording with its words, for a teacher or the child (id = the link's secret). */
export interface ShareLinksTable {
  id: string;
  case_id: string;
  recording_id: string;
  clip_id: string;
  title: string;
  audience: 'teacher' | 'child';
  from_ms: number;
  to_ms: number;
  /** JSON: { startMs, endMs, speaker, text }[] relative to the clip's start. */
  words: string;
  passphrase_hash: string | null;
  plays: Generated<number>;
  expires_at: string;
  revoked_at: string | null;
  created_at: string;
}

/** A student view: the parent's plain notes with clip links, opened by the child with its link or short code. */
export interface StudentViewsTable {
  id: string;
  case_id: string;
  code: string;
  title: string;
  /** JSON: { note, linkId | null }[]. */
  items: string;
  opens: Generated<number>;
  expires_at: string;
  revoked_at: string | null;
  created_at: string;
}

/** An evidence binder built for a case (plan/evidence): the choice, the job's state, its two encrypted files. */
export interface EvidenceBuildsTable {
  id: string;
  case_id: string;
  purpose: string;
  /** JSON array of the chosen materials' ids; null: everything. */
  include: string | null;
  chosen: number;
  status: 'queued' | 'building' | 'ready' | 'failed';
  job_id: string | null;
  pdf_blob_id: string | null;
  zip_blob_id: string | null;
  pdf_sha256: string | null;
  /** bigint: PostgreSQL hands it back as a string; the repository converts. */
  pdf_bytes: number | string | null;
  zip_bytes: number | string | null;
  exhibits: number | null;
  pages: number | null;
  error: string | null;
  created_by: string;
  created_at: string;
  finished_at: string | null;
}
