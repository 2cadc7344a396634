import type { CaseSearchResult, DocumentHit, DocumentKind } from '@iep/core/contract';
import { sql, type RawBuilder } from 'kysely';
import { ownsCase } from '../cases/case-access.js';
import { notFound, ok, type CaseResult } from '../cases/case-results.js';
import type { Storage } from '../db/open-storage.js';
import { ftsMatch, parseTerms, snippet, tsQuery, type SearchTerms } from '../transcripts/search-text.js';
import { searchTranscripts } from '../transcripts/transcripts.search.js';

// One search over a case: the pages of its documents (the same technique as transcript search: SQLite FTS5 with
// porter stemming, PostgreSQL's english tsvector with a GIN index; the same query words and snippets) and the
// moments of its transcripts. Each document hit names its page, each transcript hit its moment.

interface PageHitRow {
  document_id: string;
  title: string;
  kind: string;
  page_no: number;
  text: string;
}

export async function searchDocuments(
  storage: Storage,
  caseId: string,
  terms: SearchTerms,
  limit: number,
): Promise<DocumentHit[]> {
  if (terms.words.length === 0) return [];
  let query: RawBuilder<PageHitRow>;
  if (storage.dialect === 'sqlite') {
    query = sql<PageHitRow>`select p.document_id, d.title, d.kind, p.page_no, p.text
      from document_pages_fts
      join document_pages p on p.row_no = document_pages_fts.rowid
      join documents d on d.id = p.document_id
      where document_pages_fts match ${ftsMatch(terms)} and p.case_id = ${caseId}
      order by bm25(document_pages_fts), d.created_at desc, p.page_no
      limit ${limit}`;
  } else {
    query = sql<PageHitRow>`select p.document_id, d.title, d.kind, p.page_no, p.text
      from document_pages p
      join documents d on d.id = p.document_id
      cross join to_tsquery('english', ${tsQuery(terms)}) as query
      where p.search_tsv @@ query and p.case_id = ${caseId}
      order by ts_rank(p.search_tsv, query) desc, d.created_at desc, p.page_no
      limit ${limit}`;
  }
  const rows = (await query.execute(storage.db)).rows;
  return rows.map((r) => ({
    documentId: r.document_id,
    title: r.title,
    kind: r.kind as DocumentKind,
    page: Number(r.page_no),
    snippet: snippet(r.text, terms),
  }));
}

export async function searchWholeCase(
  storage: Storage,
  ownerId: string,
  caseId: string,
  input: { q: string; limit: number },
): Promise<CaseResult<CaseSearchResult>> {
  if (!(await ownsCase(storage, ownerId, caseId))) return notFound;
  const terms = parseTerms(input.q);
  const limit = Math.max(1, Math.min(100, Math.floor(input.limit)));
  if (terms.words.length === 0) return ok({ documents: [], transcripts: [] });
  const [documents, transcripts] = await Promise.all([
    searchDocuments(storage, caseId, terms, limit),
    searchTranscripts(storage, caseId, { q: input.q, limit }),
  ]);
  return ok({ documents, transcripts });
}
