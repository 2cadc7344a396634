// The server package: HTTP API, auth and storage. The CLI uses these services directly on the same data folder.
export { loadConfig, ConfigError, DEFAULT_WEB_DIST, type Config } from './config.js';
export {
  openStorage,
  migrateToLatest,
  MigrationError,
  type OpenStorageOptions,
  type Storage,
} from './db/open-storage.js';
export { DatabaseKeyError } from './db/sqlite-file.js';
export { DatabaseEncryptionError } from './db/encrypt-plain-database.js';
export { KeyFileError } from './keys/key-file.js';
export { exportKeyFile, KeyExportError, type KeyExportRecord } from './keys/key-export.js';
export { runDoctor, type Check, type CheckLevel } from './doctor/doctor.js';
export { usePrivateUmask } from './files/private-modes.js';
export type { Database, Role } from './db/schema.js';
export {
  createUser,
  findOwner,
  findUserByEmail,
  DuplicateEmailError,
  type NewUser,
} from './accounts/users.service.js';
export {
  createAccountInvitation,
  accountInvitationLink,
  AccountInvitationError,
  type AccountInvitation,
} from './accounts/account-invitations.service.js';
export { passwordProblem } from './accounts/password-strength.js';
export {
  importCaseFile,
  exportCaseFile,
  getStoredCase,
  listCases,
  createCase,
  replaceCaseFile,
  getCaseEvents,
  type StoredCase,
  type CaseSummary,
} from './cases/cases.service.js';
export {
  addMeeting,
  updateMeeting,
  deleteMeeting,
  addClosure,
  deleteClosure,
} from './cases/meetings.service.js';
export { planForMeeting, setTaskDone } from './plan/plan.service.js';
export { getCompanion } from './companion/companion.service.js';
export { settledOfMeeting } from './binder/document-checks.service.js';
export { UnreadableDocumentError } from './binder/readers.js';
export { answersOfCase } from './plan/answers/answers.service.js';
export { buildEvidenceBinderLocally, EvidenceRefused } from './plan/evidence/evidence.local.js';
export type { CaseResult } from './cases/case-results.js';
export { planIcs, type IcsPlan, type PlanIcsOptions } from './plan/plan-ics.js';
export { buildCaseLetter } from './letters/letters.service.js';
export { renderLetter, type RenderedLetter } from './letters/render-letter.js';
export { EmailNotPossibleError } from './letters/letter-layout.js';
export { LETTER_FORMATS, type LetterFormat, type NotesFormat } from '@iep/core/contract';
export { renderNotes } from './letters/render-notes.js';
export { buildApp, type AppOptions } from './app/app.js';
export {
  createAppContext,
  type AppContext,
  type AppContextOptions,
  type WarnLog,
} from './context/app-context.js';
export { startServer, type RunningServer } from './start-server.js';
export {
  caseAnalysis,
  goalChart,
  todayFor,
  addProbe,
  deleteProbe,
  addServiceLogEntry,
} from './data/data.service.js';
export {
  checkImport,
  commitImport,
  previewImport,
  HAS_PROBLEMS_MESSAGE,
  type ImportCommitResult,
  type ImportUpload,
} from './data/imports.service.js';
export type { ImportPreview } from '@iep/core/contract';
export { readImportFile, UploadError, MAX_IMPORT_BYTES } from './data/read-upload.js';
export { svgToPng } from './documents/chart-png.js';
export {
  ffmpegAvailable,
  probeAudio,
  cutClip,
  MediaError,
  NOT_AUDIO_MESSAGE,
  type ClipFormat,
} from './media/index.js';
export { importRecording, ACCEPTED_EXTENSIONS } from './recordings/import.service.js';
export { exportRecordingClip } from './recordings/export-clip.js';
export { listCaseRecordings } from './recordings/recordings.service.js';
export { caseDocuments } from './binder/documents.service.js';
export {
  addDocumentFile,
  checkNoticeFile,
  DocumentRefused,
  readFilePages,
} from './binder/documents.local.js';
export { createClipLinkForRecording, revokeClipLinkById } from './links/links.service.js';
export { prepareCaseBackup, BackupDamagedError, backupFileName } from './backup/case-backup.js';
export * from './transcription/index.js';
export {
  inviteToCase,
  membersOf,
  memberIdByEmail,
  removeCaseMember,
  caseInvitationLink,
  SharingError,
  SHARING_MESSAGES,
  inviteBodySchema,
} from './sharing/case-invitations.service.js';
export { findCaseAccess } from './sharing/members.repository.js';
export { AUDIO_GRANT_MESSAGES, setMemberAudio } from './sharing/audio-grant.service.js';
