import type { EvidenceBuild } from '@iep/core/contract';
import { evidenceApi } from '../api/evidence';
import { buildLine, stillBuilding } from '../lib/evidence-text';

/** The binders made for the case: where each stands, a progress bar while it builds, its downloads, delete. */
export function BuildList({
  caseId,
  builds,
  onDelete,
}: {
  caseId: string;
  builds: readonly EvidenceBuild[];
  onDelete: (build: EvidenceBuild) => void;
}) {
  if (builds.length === 0) return <p className="help-text">You have not made a binder yet.</p>;
  return (
    <ul className="card-list">
      {builds.map((b, i) => (
        <li key={b.id} className="card" aria-label={`Binder ${builds.length - i}`}>
          <p>{buildLine(b)}</p>
          {stillBuilding(b) ? (
            <>
              <progress aria-label="Binder built so far" max={1} value={b.progress} />
              <p className="help-text">You can close this page. The binder keeps building.</p>
            </>
          ) : null}
          {b.status === 'ready' ? (
            <div className="actions">
              <a className="button" href={evidenceApi.pdfUrl(caseId, b.id)} download>
                Download the binder (PDF)
              </a>
              <a className="button secondary" href={evidenceApi.zipUrl(caseId, b.id)} download>
                Download the original files (ZIP)
              </a>
            </div>
          ) : null}
          <button type="button" className="secondary" onClick={() => onDelete(b)}>
            Delete this binder
          </button>
        </li>
      ))}
    </ul>
  );
}
