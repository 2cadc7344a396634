import type { ImportKind, ImportMapping } from '@iep/core';
import type { ImportCommit, ImportPreview } from '@iep/core/contract';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/client';
import type { FieldError } from '../../../components/ErrorSummary';
import { dataApi } from '../api/data';

export type Step = 'choose' | 'check' | 'done';

const MAX_BYTES = 10 * 1024 * 1024;
const failureText = (e: unknown) =>
  e instanceof ApiError ? e.message : 'Something went wrong. Please try again.';

/**
 * The import wizard's state: the file is checked on the server (preview) before anything is saved, a changed
 * column match checks again, and the import commits only what the parent chose.
 */
export function useImportWizard(caseId: string) {
  const [step, setStep] = useState<Step>('choose');
  const [kind, setKind] = useState<ImportKind>('probes');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [result, setResult] = useState<ImportCommit | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [focusProblems, setFocusProblems] = useState(0);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  // Answers to older checks are dropped: a quick second change of a select must win over the first.
  const latest = useRef(0);

  const shownStep = useRef<Step>(step);
  useEffect(() => {
    // Only a change of step moves focus; on arrival the page heading has it.
    if (shownStep.current === step) return;
    shownStep.current = step;
    if (step !== 'check') stepHeading.current?.focus();
  }, [step]);

  async function check(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!file) found.push({ fieldId: 'import-file', message: 'Choose a CSV or Excel file.' });
    else if (!/\.(csv|xlsx)$/i.test(file.name))
      found.push({ fieldId: 'import-file', message: 'Choose a file that ends in .csv or .xlsx.' });
    else if (file.size > MAX_BYTES)
      found.push({ fieldId: 'import-file', message: 'The file is larger than 10 MB. Split it into smaller files.' });
    setErrors(found);
    if (!file || found.length > 0) return;
    await runPreview(file, undefined, true);
  }

  async function runPreview(f: File, map: ImportMapping | undefined, first: boolean) {
    const ticket = ++latest.current;
    setBusy(true);
    setStatus('Checking the file…');
    try {
      const p = await dataApi.previewImport(caseId, kind, f, map);
      if (ticket !== latest.current) return;
      setPreview(p);
      setMapping(p.mapping);
      setErrors([]);
      setStatus(
        `Checked ${p.fileName}: ${p.cleanRows} of ${p.rowsTotal} rows are ready, ` +
          `${p.problems.length} ${p.problems.length === 1 ? 'problem' : 'problems'}.`,
      );
      setStep('check');
      if (first) setFocusProblems((n) => n + 1);
    } catch (e) {
      if (ticket !== latest.current) return;
      setStatus('');
      setErrors([{ fieldId: first ? 'import-file' : undefined, message: failureText(e) }]);
    } finally {
      if (ticket === latest.current) setBusy(false);
    }
  }

  async function commit(onlyClean: boolean) {
    if (!file || !preview) return;
    setBusy(true);
    setStatus('Importing…');
    try {
      const r = await dataApi.commitImport(caseId, kind, file, mapping, onlyClean);
      setResult(r);
      setStatus('');
      setStep('done');
    } catch (e) {
      setStatus('');
      setErrors([{ message: failureText(e) }]);
    } finally {
      setBusy(false);
    }
  }

  function startOver() {
    setPreview(null);
    setResult(null);
    setFile(null);
    setErrors([]);
    setStatus('');
    setStep('choose');
  }

  return {
    step,
    kind,
    setKind,
    file,
    setFile,
    errors,
    preview,
    mapping,
    setMapping,
    result,
    status,
    busy,
    focusProblems,
    stepHeading,
    check,
    runPreview,
    commit,
    startOver,
  };
}
