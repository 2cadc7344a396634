import type { Problem } from '@iep/core/contract';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { DraftError } from '../lib/case-people';
import { mapProblems } from '../../../lib/problem-fields';
import type { FieldError } from '../../../components/ErrorSummary';

/** What a save resolves to: [] saved, problems the server found in the input, or null (shown above the page). */
export type SaveResult = Problem[] | null;

/**
 * State shared by the case forms: the draft as typed, errors and a busy flag. A save that fails keeps the draft,
 * so nothing the user typed is lost (a 409 shows "Reload" at the top and the form stays open).
 */
export function useCaseForm<T extends object>(initial: T, fieldsByPath: Record<string, string>) {
  const [draft, setDraft] = useState<T>(initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof T>(key: K, value: T[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const fieldError = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  async function submit(
    event: FormEvent,
    check: (draft: T) => DraftError[],
    save: (draft: T) => Promise<SaveResult>,
  ) {
    event.preventDefault();
    const found = check(draft);
    setErrors(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      const result = await save(draft);
      if (result && result.length > 0) setErrors(mapProblems(result, fieldsByPath));
    } finally {
      setBusy(false);
    }
  }
  return { draft, set, errors, fieldError, busy, submit };
}

/**
 * Put on a form's heading (with tabIndex -1): the button that opened the form is gone once it opens, so focus
 * moves to the heading instead of dropping to the page, and keyboard users continue from the form.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}

/** Maps sub-paths of one item (like "area") to input ids, under the item's place in the case file. */
export function pathsUnder(base: string, fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([sub, id]) => [`${base}.${sub}`, id]));
}

export function FormButtons({
  busy,
  label,
  onCancel,
}: {
  busy: boolean;
  label: string;
  onCancel: () => void;
}) {
  return (
    <div className="actions">
      <button type="submit" disabled={busy}>
        {busy ? 'Saving…' : label}
      </button>
      <button type="button" className="secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

interface CollapsibleProps {
  id: string;
  title: string;
  /** Shown beside the title while closed, e.g. "2 goals". */
  summary: string;
  /** Open at first (a section on its own page); closed by default where it shares a page. */
  defaultOpen?: boolean;
  children: ReactNode;
}

/**
 * A section whose body opens from its heading, so a long case page stays short. The body is only rendered
 * when open: closed sections add nothing to the page for screen readers or tab order.
 */
export function CollapsibleSection({ id, title, summary, defaultOpen = false, children }: CollapsibleProps) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <section aria-labelledby={`${id}-heading`} className="collapsible">
      <h2 id={`${id}-heading`} className="collapsible-heading">
        <button
          type="button"
          className="disclosure"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen((o) => !o)}
        >
          <span>{title}</span>
          {/* The comma only separates title and count for screen readers ("Goals, 2 goals"). */}
          <span className="count">
            <span className="visually-hidden">, </span>
            {summary}
          </span>
        </button>
      </h2>
      <div id={`${id}-body`} hidden={!open}>
        {open ? children : null}
      </div>
    </section>
  );
}

interface RemoveProps {
  /** Read by screen readers after "Remove", e.g. "the Reading fluency goal". */
  what: string;
  /** What goes with the item, e.g. "14 scores, 1 progress report"; empty when nothing does. */
  lost: string;
  onRemove: () => void;
}

/** A remove button that asks first when the item carries data the parent entered (scores, logged sessions). */
export function RemoveButton({ what, lost, onRemove }: RemoveProps) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" className="danger small" onClick={() => (lost ? setAsking(true) : onRemove())}>
        Remove<span className="visually-hidden"> {what}</span>
      </button>
    );
  return (
    <div className="notice warning" role="alert">
      <p>
        This also removes its data: {lost}. Remove {what}?
      </p>
      <div className="actions">
        <button type="button" className="danger small" onClick={onRemove}>
          Yes, remove it
        </button>
        <button type="button" className="secondary small" onClick={() => setAsking(false)}>
          Keep it
        </button>
      </div>
    </div>
  );
}
