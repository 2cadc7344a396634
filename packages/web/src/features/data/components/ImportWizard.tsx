import { IMPORT_KINDS } from '@iep/core';
import { Link } from 'react-router';
import { IMPORT_KIND_TEXT } from '../lib/import-kind-text';
import { dataApi } from '../api/data';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { StatusMessage } from '../../../components/StatusMessage';
import { ImportMappingFields } from './ImportMapping';
import { ImportProblems } from './ImportProblems';
import { useImportWizard } from '../hooks/useImportWizard';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The wizard: what to import and which file; then the column match and the problems; then the result. */
export function ImportWizard({ caseId, backTo }: { caseId: string; backTo: string }) {
  const {
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
  } = useImportWizard(caseId);

  const missingRequired = preview?.fields.some((f) => f.required && !mapping[f.id]) ?? false;

  return (
    <div className="import-wizard">
      <StatusMessage message={status} />
      {step === 'choose' ? (
        <form onSubmit={(e) => void check(e)} noValidate aria-labelledby="import-step-heading">
          <h2 id="import-step-heading" ref={stepHeading} tabIndex={-1}>
            Step 1 of 3: Choose a file
          </h2>
          <ErrorSummary errors={errors} />
          <fieldset>
            <legend>What are you importing?</legend>
            {IMPORT_KINDS.map((k) => (
              <div key={k} className="radio">
                <input
                  id={`kind-${k}`}
                  type="radio"
                  name="import-kind"
                  value={k}
                  checked={kind === k}
                  onChange={() => setKind(k)}
                  aria-describedby={`kind-${k}-hint`}
                />
                <label htmlFor={`kind-${k}`}>{IMPORT_KIND_TEXT[k].label}</label>
                <p id={`kind-${k}-hint`} className="hint">
                  {IMPORT_KIND_TEXT[k].hint}
                </p>
              </div>
            ))}
          </fieldset>
          <p>Not sure how to set up the file? Start from a template:</p>
          <div className="actions">
            <a className="button secondary" href={dataApi.importTemplateUrl(kind, 'csv')} download>
              Download the CSV template<span className="visually-hidden"> for {IMPORT_KIND_TEXT[kind].label}</span>
            </a>
            <a className="button secondary" href={dataApi.importTemplateUrl(kind, 'xlsx')} download>
              Download the Excel template
              <span className="visually-hidden"> for {IMPORT_KIND_TEXT[kind].label}</span>
            </a>
          </div>
          <div className={errors.some((e) => e.fieldId === 'import-file') ? 'field has-error' : 'field'}>
            <label htmlFor="import-file">Your file (CSV or Excel .xlsx, up to 10 MB)</label>
            {errors
              .filter((e) => e.fieldId === 'import-file')
              .map((e) => (
                <p key={e.message} id="import-file-error" className="field-error">
                  <span className="visually-hidden">Error: </span>
                  {e.message}
                </p>
              ))}
            <input
              id="import-file"
              type="file"
              accept={ACCEPT}
              aria-invalid={errors.some((e) => e.fieldId === 'import-file') ? true : undefined}
              aria-describedby={errors.some((e) => e.fieldId === 'import-file') ? 'import-file-error' : undefined}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </div>
          <button type="submit" disabled={busy}>
            Next: check the file
          </button>
        </form>
      ) : null}

      {step === 'check' && preview ? (
        <section aria-labelledby="import-check-heading">
          <h2 id="import-check-heading">Step 2 of 3: Match the columns and check the rows</h2>
          <p>
            File: <span className="break">{preview.fileName}</span> ({IMPORT_KIND_TEXT[preview.kind].label})
          </p>
          <ErrorSummary errors={errors} />
          <ImportMappingFields
            fields={preview.fields}
            headers={preview.headers}
            mapping={mapping}
            onChange={(m) => {
              setMapping(m);
              if (file) void runPreview(file, m, false);
            }}
          />
          <ImportProblems
            problems={preview.problems}
            rowsTotal={preview.rowsTotal}
            cleanRows={preview.cleanRows}
            focusKey={focusProblems}
          />
          <div className="actions">
            <button
              type="button"
              disabled={busy || missingRequired || preview.problems.length > 0 || preview.rowsTotal === 0}
              aria-describedby={preview.problems.length > 0 ? 'import-all-hint' : undefined}
              onClick={() => void commit(false)}
            >
              Import all {preview.rowsTotal} rows
            </button>
            {preview.problems.length > 0 && preview.cleanRows > 0 ? (
              <button type="button" className="secondary" disabled={busy} onClick={() => void commit(true)}>
                Import only the {preview.cleanRows} clean rows
              </button>
            ) : null}
            <button type="button" className="secondary" onClick={startOver}>
              Choose another file
            </button>
          </div>
          {preview.problems.length > 0 ? (
            <p id="import-all-hint" className="hint">
              “Import all” works once the file has no problems. Nothing is imported until you choose.
            </p>
          ) : null}
        </section>
      ) : null}

      {step === 'done' && result ? (
        <section aria-labelledby="import-step-heading">
          <h2 id="import-step-heading" ref={stepHeading} tabIndex={-1}>
            Step 3 of 3: Done
          </h2>
          <p className="notice">
            Imported {result.imported} {result.imported === 1 ? 'row' : 'rows'}.
            {result.skipped > 0 ? ` Skipped ${result.skipped} ${result.skipped === 1 ? 'row' : 'rows'} with problems.` : ''}
          </p>
          <div className="actions">
            <Link className="button" to={backTo}>
              See the data check
            </Link>
            <button type="button" className="secondary" onClick={startOver}>
              Import another file
            </button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
