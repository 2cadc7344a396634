import type { ImportField, ImportMapping as Mapping } from '@iep/core';

interface Props {
  fields: ImportField[];
  headers: string[];
  mapping: Mapping;
  onChange: (mapping: Mapping) => void;
}

const NOT_IN_FILE = '';

// One select per field the import understands: which column of the file holds it. The server suggests a match
// from the column names; every change checks the file again. The selects are never disabled while that runs:
// disabling the focused select would throw keyboard focus back to the page.
export function ImportMappingFields({ fields, headers, mapping, onChange }: Props) {
  return (
    <fieldset className="import-mapping">
      <legend>Match the columns</legend>
      <p className="hint">
        For each item, choose the column of your file that holds it. Items marked “required” must have a column.
      </p>
      {fields.map((f) => {
        const id = `map-${f.id}`;
        const value = mapping[f.id] ?? NOT_IN_FILE;
        const missing = f.required && value === NOT_IN_FILE;
        return (
          <div key={f.id} className={missing ? 'field has-error' : 'field'}>
            <label htmlFor={id}>
              {f.label}
              {f.required ? <span className="required"> (required)</span> : <span className="optional"> (optional)</span>}
            </label>
            {missing ? (
              <p id={`${id}-error`} className="field-error">
                <span className="visually-hidden">Error: </span>Choose the column that holds {f.label.toLowerCase()}.
              </p>
            ) : null}
            <select
              id={id}
              value={value}
              required={f.required}
              aria-invalid={missing ? true : undefined}
              aria-describedby={missing ? `${id}-error` : undefined}
              onChange={(e) => onChange({ ...mapping, [f.id]: e.target.value === NOT_IN_FILE ? null : e.target.value })}
            >
              <option value={NOT_IN_FILE}>Not in my file</option>
              {headers.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </fieldset>
  );
}
