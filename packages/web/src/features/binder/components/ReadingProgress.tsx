import type { BinderDocument } from '@iep/core/contract';
import { readingLine } from '../lib/binder-text';

/** Where reading the text stands, with a progress bar (pages done of all pages) while the job works. */
export function ReadingProgress({ doc }: { doc: BinderDocument }) {
  const line = readingLine(doc);
  const working = doc.status === 'queued' || doc.status === 'reading';
  return (
    <div className="reading-progress">
      <p role="status">{line}</p>
      {working ? (
        <progress
          aria-label="Pages read"
          max={doc.pagesTotal ?? 1}
          value={doc.pagesTotal === null ? undefined : doc.pagesDone}
        />
      ) : null}
      {working ? <p className="hint">You can close this page. The reading keeps going.</p> : null}
    </div>
  );
}
