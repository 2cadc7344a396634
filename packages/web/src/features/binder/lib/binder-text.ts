import { BINDER_TAB_LABELS, BINDER_TABS, type BinderDocument, type BinderTab } from '@iep/core/contract';

// Plain words for a document's state, and the binder's documents grouped under its tabs.

/** One sentence on where reading the document's text stands. */
export function readingLine(
  doc: Pick<BinderDocument, 'status' | 'pagesDone' | 'pagesTotal' | 'ocrPages'>,
): string {
  switch (doc.status) {
    case 'queued':
      return 'Waiting to read the text.';
    case 'reading':
      return doc.pagesTotal === null
        ? 'Reading the text…'
        : `Reading the text: page ${Math.min(doc.pagesDone + 1, doc.pagesTotal)} of ${doc.pagesTotal}.`;
    case 'failed':
      return 'The text could not be read.';
    case 'ready': {
      const pages = doc.pagesTotal ?? doc.pagesDone;
      const word = pages === 1 ? 'page' : 'pages';
      if (doc.ocrPages === 0) return `Text read: ${pages} ${word}.`;
      return `Text read: ${pages} ${word}, ${doc.ocrPages === pages ? 'all' : doc.ocrPages} from a picture.`;
    }
  }
}

/** Whether the page should ask again soon (the job is still working). */
export const stillReading = (doc: Pick<BinderDocument, 'status'>) =>
  doc.status === 'queued' || doc.status === 'reading';

/** The tabs in order, each with its documents (newest first, as the server lists them). */
export function byTab<T extends { tab: BinderTab }>(
  documents: readonly T[],
): { tab: BinderTab; label: string; documents: T[] }[] {
  return BINDER_TABS.map((tab) => ({
    tab,
    label: BINDER_TAB_LABELS[tab],
    documents: documents.filter((d) => d.tab === tab),
  }));
}

/** Today as YYYY-MM-DD in the browser's own day (the day the parent got the paper). */
export function todayLocal(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
