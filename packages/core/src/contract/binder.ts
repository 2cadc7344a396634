import { z } from 'zod';
import {
  BINDER_TABS,
  DATE_SOURCES,
  DOCUMENT_FORMATS,
  DOCUMENT_KINDS,
  DOCUMENT_STATUSES,
  PAGE_SOURCES,
} from '../binder/kinds.js';
import { id, isoDay, isoText } from './shape.js';
import { searchHitSchema, snippetPieceSchema } from './transcripts.js';

// The binder: the school's paper in the case (documents with their text by page), and the one search over
// documents and transcripts.

export {
  BINDER_TABS,
  BINDER_TAB_LABELS,
  DATE_SOURCES,
  DOCUMENT_FORMATS,
  DOCUMENT_KINDS,
  DOCUMENT_KIND_LABELS,
  DOCUMENT_STATUSES,
  PAGE_SOURCES,
  type BinderTab,
  type DateSource,
  type DocumentFormat,
  type DocumentKind,
  type DocumentStatus,
  type PageSource,
} from '../binder/kinds.js';

export const binderDocumentSchema = z.strictObject({
  id,
  title: z.string(),
  fileName: z.string(),
  format: z.enum(DOCUMENT_FORMATS),
  mediaType: z.string(),
  bytes: z.number().int(),
  sha256: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  tab: z.enum(BINDER_TABS),
  /** The date printed on the document (or given by the parent); null when not known. */
  documentDate: isoDay.nullable(),
  dateSource: z.enum(DATE_SOURCES),
  /** The day the parent got it. */
  receivedOn: isoDay,
  status: z.enum(DOCUMENT_STATUSES),
  pagesDone: z.number().int(),
  /** Null until the reading job has counted the pages. */
  pagesTotal: z.number().int().nullable(),
  /** Pages read from a picture of text (OCR). */
  ocrPages: z.number().int(),
  /** Why reading failed, in plain words. */
  error: z.string().nullable(),
  createdAt: isoText,
  updatedAt: isoText,
});
export type BinderDocument = z.infer<typeof binderDocumentSchema>;

export const documentListSchema = z.strictObject({ documents: z.array(binderDocumentSchema) });

export const documentAddedSchema = z.strictObject({
  document: binderDocumentSchema,
  /** True when the same file was already in the case: nothing new was stored. */
  duplicate: z.boolean(),
  message: z.string(),
});
export type DocumentAdded = z.infer<typeof documentAddedSchema>;

export const documentPageSchema = z.strictObject({
  n: z.number().int().min(1),
  text: z.string(),
  source: z.enum(PAGE_SOURCES),
});
export type DocumentPage = z.infer<typeof documentPageSchema>;

export const documentBodySchema = z.strictObject({
  document: binderDocumentSchema,
  pages: z.array(documentPageSchema),
});
export type DocumentBody = z.infer<typeof documentBodySchema>;

/** What the parent may change; the file and its text stay as they came. */
export const documentPatchBodySchema = z.strictObject({
  title: z.string().trim().min(1, 'Give the document a name.').max(200).optional(),
  kind: z.enum(DOCUMENT_KINDS).optional(),
  tab: z.enum(BINDER_TABS).optional(),
  documentDate: isoDay.nullable().optional(),
  receivedOn: isoDay.optional(),
});
export type DocumentPatchBody = z.infer<typeof documentPatchBodySchema>;

export const documentHitSchema = z.strictObject({
  documentId: id,
  title: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  page: z.number().int().min(1),
  snippet: z.array(snippetPieceSchema),
});
export type DocumentHit = z.infer<typeof documentHitSchema>;

/** One search over the case: document pages and transcript moments. */
export const caseSearchResultSchema = z.strictObject({
  documents: z.array(documentHitSchema),
  transcripts: z.array(searchHitSchema),
});
export type CaseSearchResult = z.infer<typeof caseSearchResultSchema>;

export const caseSearchQuerySchema = z.object({
  q: z.string().max(200).default(''),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
