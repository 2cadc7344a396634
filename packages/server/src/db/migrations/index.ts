import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './2026-11-23T1300-initial.js';
import * as letters from './2026-11-23T1330-letters.js';
import * as recordings from './2026-11-23T1410-recordings.js';
import * as jobs from './2026-11-23T1420-jobs.js';
import * as transcripts from './2026-11-23T1500-transcripts.js';
import * as transcriptItems from './2026-11-23T1510-transcript-items.js';
import * as signInLimits from './2026-12-04T0600-sign-in-limits.js';
import * as accountInvitations from './2026-12-04T0610-account-invitations.js';
import * as lettersReceived from './2026-12-04T0700-letters-received.js';
import * as liveTranscripts from './2026-12-04T0800-live-transcripts.js';
import * as companion from './2026-12-04T1300-companion.js';
import * as companionBookmarks from './2026-12-04T1400-companion-bookmarks.js';
import * as binderDocuments from './2026-12-04T1500-binder-documents.js';
import * as escalationKnownDates from './2026-12-04T1640-escalation-known-dates.js';
import * as shareLinks from './2026-12-04T1710-share-links.js';
import * as answerMarks from './2026-12-04T1720-answer-marks.js';
import * as caseMembers from './2026-12-04T1730-case-members.js';
import * as evidenceBuilds from './2026-12-04T1800-evidence-builds.js';
import * as guestCodes from './2026-12-04T1810-guest-codes.js';
import * as memberAudioGrant from './2026-12-04T2200-member-audio-grant.js';
import * as draftChangedBy from './2026-12-05T1200-draft-changed-by.js';

// Listed by hand rather than found by scanning a folder, so the compiled build and the tests see the same set.
// Names sort by time: add new ones at the end with a later timestamp.
const MIGRATIONS: Record<string, Migration> = {
  '2026-11-23T1300-initial': initial,
  '2026-11-23T1330-letters': letters,
  '2026-11-23T1410-recordings': recordings,
  '2026-11-23T1420-jobs': jobs,
  '2026-11-23T1500-transcripts': transcripts,
  '2026-11-23T1510-transcript-items': transcriptItems,
  '2026-12-04T0600-sign-in-limits': signInLimits,
  '2026-12-04T0610-account-invitations': accountInvitations,
  '2026-12-04T0700-letters-received': lettersReceived,
  '2026-12-04T0800-live-transcripts': liveTranscripts,
  '2026-12-04T1300-companion': companion,
  '2026-12-04T1400-companion-bookmarks': companionBookmarks,
  '2026-12-04T1500-binder-documents': binderDocuments,
  '2026-12-04T1640-escalation-known-dates': escalationKnownDates,
  '2026-12-04T1710-share-links': shareLinks,
  '2026-12-04T1720-answer-marks': answerMarks,
  '2026-12-04T1730-case-members': caseMembers,
  '2026-12-04T1800-evidence-builds': evidenceBuilds,
  '2026-12-04T1810-guest-codes': guestCodes,
  '2026-12-04T2200-member-audio-grant': memberAudioGrant,
  '2026-12-05T1200-draft-changed-by': draftChangedBy,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
};
