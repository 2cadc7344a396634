import type { BinderDocument, BinderTab, DocumentKind } from '@iep/core/contract';
import type { DocumentRow } from '../db/schema.js';

// A document row as the contract's BinderDocument.

export function documentView(row: DocumentRow): BinderDocument {
  return {
    id: row.id,
    title: row.title,
    fileName: row.file_name,
    format: row.format,
    mediaType: row.media_type,
    bytes: Number(row.bytes),
    sha256: row.sha256,
    kind: row.kind as DocumentKind,
    tab: row.tab as BinderTab,
    documentDate: row.document_date,
    dateSource: row.date_source,
    receivedOn: row.received_on,
    status: row.status,
    pagesDone: Number(row.pages_done),
    pagesTotal: row.pages_total === null ? null : Number(row.pages_total),
    ocrPages: Number(row.ocr_pages),
    error: row.error,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
