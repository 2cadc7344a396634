import { StatusMessage } from '../../../components/StatusMessage';
import type { CaseEditor } from '../hooks/useCaseEditor';

const CONFLICT = 'This case changed somewhere else. Reload to see the newest version.';

/** What the last change did: the 409 with its Reload button, a failure, or the saved message (a live region). */
export function CaseNotices({ editor }: { editor: CaseEditor }) {
  return (
    <>
      {editor.conflict ? (
        <div className="notice warning" role="alert">
          <p>{CONFLICT}</p>
          {/* The notice goes once the newest version is here, so a save right after it uses that version. */}
          <button type="button" onClick={() => void editor.reload().then(editor.clearConflict)}>
            Reload
          </button>
        </div>
      ) : null}
      {editor.failure ? (
        <p className="notice error" role="alert">
          {editor.failure}
        </p>
      ) : null}
      <StatusMessage message={editor.status} />
    </>
  );
}
