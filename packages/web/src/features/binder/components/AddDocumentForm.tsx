import type { DocumentAdded, DocumentKind } from '@iep/core/contract';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/client';
import { binderApi } from '../api/binder';
import { todayLocal } from '../lib/binder-text';
import { DocumentFields } from './DocumentFields';

const FILE_TYPES =
  '.pdf,.docx,.jpg,.jpeg,.png,.tif,.tiff,.webp,.eml,.msg,.txt,application/pdf,image/*,message/rfc822';

/** Add a paper to the binder: a photo taken with the phone's camera, or a file (PDF, Word, email, picture, text). */
export function AddDocumentForm({
  caseId,
  onAdded,
}: {
  caseId: string;
  onAdded: (added: DocumentAdded) => void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState('');
  const [documentDate, setDocumentDate] = useState('');
  const [receivedOn, setReceivedOn] = useState(() => todayLocal(new Date()));
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [inputKey, setInputKey] = useState(0);

  const pick = (files: FileList | null) => {
    setFile(files?.[0] ?? null);
    setError('');
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) {
      setError('Take a photo or choose a file first.');
      return;
    }
    setBusy(true);
    setError('');
    try {
      const added = await binderApi.add(caseId, file, {
        kind: (kind || undefined) as DocumentKind | undefined,
        documentDate: documentDate || undefined,
        receivedOn: receivedOn || undefined,
      });
      setFile(null);
      setKind('');
      setDocumentDate('');
      setInputKey((k) => k + 1);
      onAdded(added);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'The file could not be added. Try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} aria-labelledby="add-document-heading" className="add-document">
      <h2 id="add-document-heading">Add a paper</h2>
      <p>
        Take a photo of a paper, or choose a file: PDF, Word, a photo, an email (.eml or .msg) or a text file.
      </p>
      <div className="field">
        <label htmlFor="document-camera">Take a photo of a paper</label>
        <input
          key={`camera-${inputKey}`}
          id="document-camera"
          type="file"
          accept="image/*"
          capture="environment"
          onChange={(e) => pick(e.target.files)}
        />
      </div>
      <div className="field">
        <label htmlFor="document-file">Or choose a file</label>
        <input
          key={`file-${inputKey}`}
          id="document-file"
          type="file"
          accept={FILE_TYPES}
          onChange={(e) => pick(e.target.files)}
        />
      </div>
      {file ? <p className="help-text">Ready to add: {file.name}</p> : null}
      <DocumentFields
        idPrefix="document"
        guess
        kind={kind}
        onKind={setKind}
        documentDate={documentDate}
        onDocumentDate={setDocumentDate}
        dateHint="Leave it empty and the app looks for it."
        receivedOn={receivedOn}
        onReceivedOn={setReceivedOn}
      />
      {error ? (
        <p className="notice error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" disabled={busy}>
        {busy ? 'Adding…' : 'Add to the binder'}
      </button>
    </form>
  );
}
