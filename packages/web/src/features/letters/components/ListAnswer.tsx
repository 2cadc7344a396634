import { listItemIsText, type Question } from '@iep/core';
import { useEffect, useRef, type RefObject } from 'react';
import { AnswerControl } from './AnswerControl';

interface Props {
  question: Question;
  inputId: string;
  value: unknown;
  onChange: (value: unknown) => void;
  describedBy?: string;
  invalid: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

type Item = Record<string, unknown>;

// A list without item fields is a list of plain strings (e.g. "other records"): shown as one text field per item.
const PLAIN = 'text';
const PLAIN_FIELD: Question = {
  id: PLAIN,
  section: '',
  prompt: 'Write it here',
  help: '',
  type: 'text',
  allowUnknown: false,
  required: false,
};

/** A list answer (requests, commitments): each item is a small group of fields, with add and remove. */
export function ListAnswer({ question, inputId, value, onChange, describedBy, invalid, headingRef }: Props) {
  const plain = listItemIsText(question);
  const raw: unknown[] = Array.isArray(value) ? value : [];
  const items: Item[] = raw.map((v) => (plain ? { [PLAIN]: v } : ((v ?? {}) as Item)));
  const emit = (next: Item[]) => onChange(plain ? next.map((item) => item[PLAIN] ?? '') : next);
  const addRef = useRef<HTMLButtonElement>(null);
  // After add, focus the new item's first field; after remove, the Add button, so focus never falls to <body>.
  const pendingFocus = useRef<'new-item' | 'add' | null>(null);
  const fields = plain ? [{ ...PLAIN_FIELD, maxLength: question.maxLength }] : (question.itemFields ?? []);
  const firstFieldId = fields[0]?.id;

  useEffect(() => {
    const pending = pendingFocus.current;
    pendingFocus.current = null;
    if (pending === 'new-item' && firstFieldId) {
      document.getElementById(`${inputId}-${items.length - 1}-${firstFieldId}`)?.focus();
    } else if (pending === 'add') addRef.current?.focus();
  }, [items.length, inputId, firstFieldId]);

  const setItem = (index: number, fieldId: string, fieldValue: unknown) =>
    emit(items.map((item, i) => (i === index ? { ...item, [fieldId]: fieldValue } : item)));

  return (
    <fieldset className="answer-group list-answer" aria-describedby={describedBy}>
      <legend>
        <h2 ref={headingRef} tabIndex={-1} className="question-heading">
          {question.prompt}
        </h2>
      </legend>
      {items.length === 0 ? <p>No items yet.</p> : null}
      <ol className="list-items">
        {items.map((item, index) => (
          <li key={index} className="list-item">
            <fieldset>
              <legend>Item {index + 1}</legend>
              {fields.map((field) => {
                const fieldId = `${inputId}-${index}-${field.id}`;
                return (
                  <div className="field" key={field.id}>
                    <AnswerControl
                      question={field}
                      inputId={fieldId}
                      value={item[field.id]}
                      onChange={(v) => setItem(index, field.id, v)}
                      invalid={invalid && field.required && (item[field.id] ?? '') === ''}
                      label={
                        <>
                          {field.prompt}
                          {field.required ? null : <span className="optional"> (optional)</span>}
                        </>
                      }
                      describedBy={field.help ? `${fieldId}-hint` : undefined}
                    />
                    {field.help ? (
                      <p className="hint" id={`${fieldId}-hint`}>
                        {field.help}
                      </p>
                    ) : null}
                  </div>
                );
              })}
              <button
                type="button"
                className="danger small"
                onClick={() => {
                  emit(items.filter((_, i) => i !== index));
                  pendingFocus.current = 'add';
                }}
              >
                Remove item {index + 1}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        ref={addRef}
        id={inputId}
        type="button"
        className="secondary"
        onClick={() => {
          emit([...items, plain ? { [PLAIN]: '' } : {}]);
          pendingFocus.current = 'new-item';
        }}
      >
        {items.length === 0 ? 'Add an item' : 'Add another item'}
      </button>
    </fieldset>
  );
}
