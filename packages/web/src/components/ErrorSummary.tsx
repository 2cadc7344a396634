import { useEffect, useId, useRef, type MouseEvent } from 'react';

export interface FieldError {
  /** The id of the input the error belongs to; the summary links to it. */
  fieldId?: string;
  /** Shown in front of the message, e.g. a JSON path like $.student.name. */
  label?: string;
  message: string;
}

// A fragment link only scrolls; move focus into the field so the user can type the fix right away.
function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string | undefined) {
  const field = fieldId ? document.getElementById(fieldId) : null;
  if (!field) return;
  event.preventDefault();
  field.focus();
}

/** Lists every error at the top of a form and takes focus, so keyboard and screen reader users hear them. */
export function ErrorSummary({ errors, title }: { errors: FieldError[]; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  const heading =
    title ?? (errors.length === 1 ? 'There is a problem' : `There are ${errors.length} problems`);
  return (
    <div ref={ref} className="error-summary" tabIndex={-1} role="group" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ul>
        {errors.map((error, index) => (
          <li key={`${error.fieldId ?? error.label ?? ''}-${index}`}>
            {error.label ? <code className="problem-path">{error.label}</code> : null}{' '}
            {error.fieldId ? (
              <a href={`#${error.fieldId}`} onClick={(event) => focusField(event, error.fieldId)}>
                {error.message}
              </a>
            ) : (
              <span>{error.message}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
