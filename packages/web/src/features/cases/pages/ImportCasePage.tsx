import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../api/client';
import { casesApi } from '../api/cases';
import { ErrorSummary, type FieldError } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { problemLabel } from '../../../lib/plain-words';

export function ImportCasePage() {
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setErrors([{ fieldId: 'case-file', message: 'Choose a case file first.' }]);
      return;
    }
    setBusy(true);
    try {
      let json: unknown;
      try {
        json = JSON.parse(await file.text());
      } catch {
        setErrors([
          {
            label: '$',
            message: 'This file is not a case file. It should be a .json file saved by IEP Ready.',
          },
        ]);
        return;
      }
      const { id } = await casesApi.importCase(json);
      navigate(`/cases/${encodeURIComponent(id)}`);
    } catch (error) {
      if (error instanceof ApiError && error.problems.length > 0) {
        setErrors(error.problems.map((p) => ({ label: problemLabel(p.path), message: p.message })));
      } else
        setErrors([
          { message: error instanceof ApiError ? error.message : 'Something went wrong. Please try again.' },
        ]);
    } finally {
      setBusy(false);
    }
  }

  const title =
    errors.length > 1 ? `We found ${errors.length} problems in this file. Nothing was saved.` : undefined;
  return (
    <>
      <PageHeading>Import a case file</PageHeading>
      <p>Choose a case file (.json) saved from IEP Ready. We check the whole file before we save anything.</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorSummary errors={errors} title={title} />
        <div className="field">
          <label htmlFor="case-file">Case file</label>
          <input
            id="case-file"
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setErrors([]);
            }}
          />
        </div>
        <button type="submit" disabled={busy}>
          {busy ? 'Checking…' : 'Import the case'}
        </button>
      </form>
    </>
  );
}
