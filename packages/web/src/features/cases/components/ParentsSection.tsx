import { useState } from 'react';
import type { Parent } from '@iep/core';
import {
  canRemoveParent,
  checkParent,
  EMPTY_PARENT,
  parentDraftOf,
  parentFromDraft,
  type ParentDraft,
} from '../lib/case-people';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/Field';
import { FormButtons, pathsUnder, useCaseForm, type SaveResult, useFocusOnMount } from './CaseFormParts';
import { languageName } from '../../../lib/plain-words';

const FIELDS = ['name', 'relationship', 'email', 'phone', 'address', 'preferredLanguage'] as const;

interface FormProps {
  heading: string;
  submitLabel: string;
  initial: ParentDraft;
  /** Where the parent sits in the case file, so problems the server finds land on the right input. */
  index: number;
  onSave: (parent: Parent) => Promise<SaveResult>;
  onCancel: () => void;
}

function ParentForm({ heading, submitLabel, initial, index, onSave, onCancel }: FormProps) {
  const paths = pathsUnder(`$.parents[${index}]`, Object.fromEntries(FIELDS.map((f) => [f, `parent-${f}`])));
  const { draft, set, errors, fieldError, busy, submit } = useCaseForm(initial, paths);
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const input = (
    key: keyof ParentDraft,
    label: string,
    type: 'text' | 'email' | 'tel' = 'text',
    hint?: string,
  ) => (
    <TextField
      id={`parent-${key}`}
      label={label}
      type={type}
      hint={hint}
      value={draft[key]}
      onChange={(v) => set(key, v)}
      required={key === 'name'}
      error={fieldError(`parent-${key}`)}
    />
  );
  return (
    <form
      className="panel"
      noValidate
      aria-label={heading}
      onSubmit={(e) => void submit(e, checkParent, (d) => onSave(parentFromDraft(d)))}
    >
      <h3 ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      <ErrorSummary errors={errors} />
      {input('name', 'Name')}
      {input(
        'relationship',
        'Relationship to the student',
        'text',
        'For example: mother, grandfather, guardian.',
      )}
      {input('email', 'Email', 'email')}
      {input('phone', 'Phone', 'tel')}
      {input('address', 'Mailing address')}
      {input('preferredLanguage', 'Preferred language', 'text', 'For example: English or Spanish.')}
      <FormButtons busy={busy} label={submitLabel} onCancel={onCancel} />
    </form>
  );
}

interface Props {
  parents: Parent[];
  /** Saves the whole new list of parents. */
  onSave: (parents: Parent[], message: string) => Promise<SaveResult>;
}

export function ParentsSection({ parents, onSave }: Props) {
  // Which form is open: a new parent, or the place in the list of the one being edited.
  const [editing, setEditing] = useState<'new' | number | null>(null);
  const removable = canRemoveParent(parents);

  async function save(parent: Parent): Promise<SaveResult> {
    const next =
      editing === 'new' ? [...parents, parent] : parents.map((p, i) => (i === editing ? parent : p));
    const result = await onSave(next, editing === 'new' ? `Added ${parent.name}.` : `Saved ${parent.name}.`);
    if (result?.length === 0) setEditing(null);
    return result;
  }

  return (
    <section aria-labelledby="parents-heading">
      <h2 id="parents-heading">Parents and guardians</h2>
      <ul className="card-list">
        {parents.map((p, i) => (
          <li key={`${p.name}-${i}`} className="card break parent-card">
            <h3>{p.name}</h3>
            {p.relationship ? <p>Relationship: {p.relationship}</p> : null}
            {p.email ? <p>Email: {p.email}</p> : null}
            {p.phone ? <p>Phone: {p.phone}</p> : null}
            {p.address ? <p>Address: {p.address}</p> : null}
            {p.preferredLanguage ? <p>Preferred language: {languageName(p.preferredLanguage)}</p> : null}
            <div className="actions">
              <button type="button" className="secondary small" onClick={() => setEditing(i)}>
                Edit<span className="visually-hidden"> {p.name}</span>
              </button>
              {removable ? (
                <button
                  type="button"
                  className="danger small"
                  onClick={() =>
                    void onSave(
                      parents.filter((_, j) => j !== i),
                      `Removed ${p.name}.`,
                    )
                  }
                >
                  Remove<span className="visually-hidden"> {p.name}</span>
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      {removable ? null : (
        <p className="small-print">
          A case needs at least one parent or guardian, so you cannot remove the only one. Add another person
          first if you want to take this one off.
        </p>
      )}
      {editing === null ? (
        <button type="button" onClick={() => setEditing('new')}>
          Add a parent or guardian
        </button>
      ) : (
        <ParentForm
          key={String(editing)}
          heading={editing === 'new' ? 'Add a parent or guardian' : `Edit ${parents[editing]?.name ?? ''}`}
          submitLabel={editing === 'new' ? 'Add this person' : 'Save this person'}
          initial={editing === 'new' ? EMPTY_PARENT : parentDraftOf(parents[editing] ?? { name: '' })}
          index={editing === 'new' ? parents.length : editing}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      )}
    </section>
  );
}
