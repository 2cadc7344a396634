import { EVIDENCE_PURPOSES, EVIDENCE_PURPOSE_LABELS, type EvidencePurpose } from '@iep/core/contract';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { PageHeading } from '../../../components/PageHeading';
import { StatusMessage } from '../../../components/StatusMessage';
import { useLoad } from '../../../hooks/useLoad';
import { NotFoundPage } from '../../../pages/NotFoundPage';
import { casesApi } from '../../cases/api/cases';
import { evidenceApi } from '../api/evidence';
import { BuildList } from '../components/BuildList';
import { MaterialChecklist } from '../components/MaterialChecklist';
import { usePolling } from '../hooks/usePolling';
import { stillBuilding } from '../lib/evidence-text';

const enc = encodeURIComponent;

/** /cases/:caseId/evidence-binder: choose what goes in, build one PDF and a ZIP of the originals, download them. */
export function EvidenceBinderPage() {
  const { caseId = '' } = useParams();
  const stored = useLoad(() => casesApi.getCase(caseId), caseId);
  const materials = useLoad(() => evidenceApi.materials(caseId), caseId);
  const builds = useLoad(() => evidenceApi.builds(caseId), caseId);
  // What the parent took out: everything else goes in (so a paper added meanwhile is in by default).
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const [purpose, setPurpose] = useState<EvidencePurpose>('state-complaint');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const list = builds.data?.builds ?? [];
  usePolling(list.some(stillBuilding), builds.reload);

  if (stored.error?.status === 404 || materials.error?.status === 404) return <NotFoundPage what="case" />;
  const name = stored.data?.file.student.name;
  const all = materials.data?.materials ?? [];
  const picked = new Set(all.map((m) => m.id).filter((id) => !left.has(id)));

  async function build(event: FormEvent) {
    event.preventDefault();
    setError('');
    if (picked.size === 0) {
      setError('Choose at least one thing to put in the binder.');
      return;
    }
    setBusy(true);
    try {
      const include = all.filter((m) => picked.has(m.id)).map((m) => m.id);
      await evidenceApi.start(caseId, { purpose, include });
      setStatus('The binder is being built. You can close this page. The binder keeps building.');
      await builds.reload();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'The binder could not be started. Try again.');
    } finally {
      setBusy(false);
    }
  }

  async function remove(id: string) {
    try {
      await evidenceApi.remove(caseId, id);
      setStatus('The binder was deleted.');
      await builds.reload();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'The binder could not be deleted. Try again.');
    }
  }

  return (
    <>
      <PageHeading title={name ? `Evidence binder for ${name}` : undefined}>Evidence binder</PageHeading>
      <p>
        <Link className="rec-link" to={`/cases/${enc(caseId)}`}>
          Back to the case
        </Link>
      </p>
      <p>
        Put your papers together for a complaint, mediation or hearing. You get one PDF with a cover, a list
        of what is in it, a timeline, and a number stamped on every page. You also get a ZIP file with the
        original files.
      </p>
      <StatusMessage message={status} />
      {error ? (
        <p className="notice error" role="alert">
          {error}
        </p>
      ) : null}
      <form onSubmit={(e) => void build(e)} aria-labelledby="choose-heading">
        <h2 id="choose-heading">What goes in</h2>
        <div className="field">
          <label htmlFor="evidence-purpose">What is it for?</label>
          <select
            id="evidence-purpose"
            value={purpose}
            onChange={(e) => setPurpose(e.target.value as EvidencePurpose)}
          >
            {EVIDENCE_PURPOSES.map((p) => (
              <option key={p} value={p}>
                {EVIDENCE_PURPOSE_LABELS[p]}
              </option>
            ))}
          </select>
        </div>
        {materials.error ? <p className="notice error">{materials.error.message}</p> : null}
        {materials.data && all.length === 0 ? (
          <p>There is nothing to put in yet. Add the school’s papers to the binder or send a letter first.</p>
        ) : null}
        <MaterialChecklist
          materials={all}
          chosen={picked}
          onChange={(next) => setLeft(new Set(all.map((m) => m.id).filter((id) => !next.has(id))))}
        />
        <button type="submit" disabled={busy || all.length === 0}>
          {busy ? 'Starting…' : 'Build the binder'}
        </button>
      </form>
      <section aria-labelledby="builds-heading">
        <h2 id="builds-heading">Your binders</h2>
        {builds.error ? <p className="notice error">{builds.error.message}</p> : null}
        <BuildList caseId={caseId} builds={list} onDelete={(b) => void remove(b.id)} />
      </section>
    </>
  );
}
