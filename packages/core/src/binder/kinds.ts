// The binder's tabs and the kinds of school paper, as veteran advocates file them. Plain words for each, written
// once here for the server, the web app and the CLI.

/** The binder's tabs, in the order a parent sees them. */
export const BINDER_TABS = [
  'goals-services',
  'evaluations-reports',
  'communication',
  'meetings',
  'rights-reference',
] as const;
export type BinderTab = (typeof BINDER_TABS)[number];

export const BINDER_TAB_LABELS: Record<BinderTab, string> = {
  'goals-services': 'Goals & services',
  'evaluations-reports': 'Evaluations & reports',
  communication: 'Communication',
  meetings: 'Meetings',
  'rights-reference': 'Rights & reference',
};

/** What a document is. */
export const DOCUMENT_KINDS = [
  'iep',
  'amendment',
  'pwn',
  'evaluation-report',
  'progress-report',
  'email',
  'procedural-safeguards',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  iep: 'IEP',
  amendment: 'IEP amendment',
  // Missouri calls Prior Written Notice "Notice of Action": both names, always.
  pwn: 'Prior Written Notice (Notice of Action)',
  'evaluation-report': 'Evaluation report',
  'progress-report': 'Progress report',
  email: 'Email',
  'procedural-safeguards': 'Procedural safeguards',
  other: 'Other',
};

/** The tab a kind is filed under unless the parent moves it. */
export const TAB_OF_KIND: Record<DocumentKind, BinderTab> = {
  iep: 'goals-services',
  amendment: 'goals-services',
  pwn: 'communication',
  'evaluation-report': 'evaluations-reports',
  'progress-report': 'goals-services',
  email: 'communication',
  'procedural-safeguards': 'rights-reference',
  other: 'communication',
};

/** How a document's file was read. */
export const DOCUMENT_FORMATS = ['pdf', 'docx', 'image', 'email', 'text'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** Reading a document's text: waiting for the job, reading (pages done of total), done, or failed (with why). */
export const DOCUMENT_STATUSES = ['queued', 'reading', 'ready', 'failed'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** Where a page's text came from. */
export const PAGE_SOURCES = ['text', 'ocr'] as const;
export type PageSource = (typeof PAGE_SOURCES)[number];

/** Where the document's date came from: the parent gave it, it was found in the text, or it is not known. */
export const DATE_SOURCES = ['given', 'found', 'unknown'] as const;
export type DateSource = (typeof DATE_SOURCES)[number];
