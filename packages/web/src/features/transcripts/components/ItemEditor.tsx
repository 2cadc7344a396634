import type { ItemPatchBody, TranscriptItem } from '@iep/core/contract';
import { useState, type FormEvent } from 'react';
import { EXTRACT_KINDS, type ExtractKind } from '@iep/core';
import { ITEM_KIND_LABELS } from '../lib/transcript-roster';

interface Props {
  item: TranscriptItem;
  onSave: (patch: ItemPatchBody) => Promise<boolean>;
  onCancel: () => void;
}

/** Fix an item the machine found: what kind it is, the words, who, and by when. Saving also confirms it. */
export function ItemEditor({ item, onSave, onCancel }: Props) {
  const [kind, setKind] = useState<ExtractKind>(item.kind);
  const [text, setText] = useState(item.text);
  const [who, setWho] = useState(item.who ?? '');
  const [due, setDue] = useState(item.due ?? '');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const id = `item-${item.id}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) {
      setError('Write what was said, in a few words.');
      return;
    }
    setError('');
    setBusy(true);
    await onSave({
      kind,
      text: text.trim(),
      who: who.trim() || null,
      due: due || null,
      status: 'confirmed',
    });
    setBusy(false);
  };

  return (
    <form className="panel item-editor" onSubmit={(e) => void submit(e)}>
      <div className="field">
        <label htmlFor={`${id}-kind`}>What it is</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as ExtractKind)}>
          {EXTRACT_KINDS.map((k) => (
            <option key={k} value={k}>
              {ITEM_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      <div className={error ? 'field has-error' : 'field'}>
        <label htmlFor={`${id}-text`}>In a few words</label>
        {error ? (
          <p id={`${id}-error`} className="field-error">
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        ) : null}
        <textarea
          id={`${id}-text`}
          rows={2}
          maxLength={2000}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-who`}>
          Who <span className="optional">(optional)</span>
        </label>
        <input
          id={`${id}-who`}
          type="text"
          list="roster-names"
          autoComplete="off"
          maxLength={200}
          value={who}
          onChange={(e) => setWho(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-due`}>
          By when <span className="optional">(optional)</span>
        </label>
        <p id={`${id}-due-hint`} className="hint">
          A promise with a date goes on your plan.
        </p>
        <input
          id={`${id}-due`}
          type="date"
          className="short-input"
          value={due}
          aria-describedby={`${id}-due-hint`}
          onChange={(e) => setDue(e.target.value)}
        />
      </div>
      <div className="actions">
        <button type="submit" disabled={busy}>
          Save and confirm
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
