import { LETTER_KINDS, type LetterKind } from '../letters/letter-types.js';
import { SEND_METHODS, type SendMethod } from '../letters/sending.js';
import { PLAN_TYPES, SERVICE_LOG_STATUSES } from '../case/case-schema.js';
import type { PlanType } from '../deadlines/deadline-types.js';

// The small lists the server, the web app and the CLI share, written once. Letter kinds and send methods are
// core's own lists (letters/, case/), re-exported here so the contract is one place to look.

export {
  LETTER_KINDS,
  PLAN_TYPES,
  SEND_METHODS,
  SERVICE_LOG_STATUSES,
  type LetterKind,
  type PlanType,
  type SendMethod,
};

/** What a bookmark marks in a recording (the recorder's buttons, search filters, extraction hints). */
export const BOOKMARK_KINDS = ['agreed', 'refused', 'promised', 'question', 'important', 'note'] as const;
export type BookmarkKind = (typeof BOOKMARK_KINDS)[number];

/** How a send method reads inside a sentence ("Sent by email on ..."). */
export const SEND_METHOD_WORDS: Record<SendMethod, string> = {
  email: 'by email',
  'hand-delivery': 'by hand',
  mail: 'by mail',
  fax: 'by fax',
  portal: 'through the school portal',
};

/** How a send method reads as a choice ("How did you send it?"), in SEND_METHODS order. */
export const SEND_METHOD_LABELS: Record<SendMethod, string> = {
  email: 'Email',
  mail: 'Mail (paper)',
  'hand-delivery': 'Hand delivery (paper)',
  fax: 'Fax',
  portal: 'School portal',
};

/** The files a letter can be made as. */
export const LETTER_FORMATS = ['pdf', 'docx', 'txt', 'eml'] as const;
export type LetterFormat = (typeof LETTER_FORMATS)[number];

/** The "Notes for you" page's formats. */
export const NOTES_FORMATS = ['pdf', 'txt'] as const;
export type NotesFormat = (typeof NOTES_FORMATS)[number];

export const CLIP_FORMATS = ['m4a', 'mp3'] as const;
export type ClipFormat = (typeof CLIP_FORMATS)[number];

export const PART_STATUSES = ['recording', 'processing', 'ready', 'failed'] as const;
export type PartStatus = (typeof PART_STATUSES)[number];

export const PART_SOURCES = ['browser', 'import'] as const;
export type PartSource = (typeof PART_SOURCES)[number];

export const ENGINE_NAMES = ['sherpa', 'pocketsphinx'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];
export const ENGINE_CHOICES = ['auto', ...ENGINE_NAMES] as const;
export type EngineChoice = (typeof ENGINE_CHOICES)[number];

export const TRANSCRIPT_STATUSES = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;
export type TranscriptStatus = (typeof TRANSCRIPT_STATUSES)[number];

export const TRANSCRIPT_EXPORT_FORMATS = ['txt', 'srt', 'vtt', 'docx', 'pdf', 'json'] as const;
export type TranscriptExportFormat = (typeof TRANSCRIPT_EXPORT_FORMATS)[number];

export const ITEM_STATUSES = ['suggested', 'confirmed', 'dropped'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export type ServiceLogStatus = (typeof SERVICE_LOG_STATUSES)[number];

export const ROLES = ['owner', 'member'] as const;
export type Role = (typeof ROLES)[number];

/** An account invitation (and a sign-up link) over its life. */
export const INVITATION_STATUSES = ['pending', 'used', 'revoked', 'expired'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];
