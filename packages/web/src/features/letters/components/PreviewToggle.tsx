import { useState, type ComponentProps } from 'react';
import { PreviewPanel } from './PreviewPanel';

/**
 * "See the letter so far" under each question: closed by default (one question per screen stays short), and
 * the preview is only asked for while it is open.
 */
export function PreviewToggle(props: ComponentProps<typeof PreviewPanel>) {
  const [open, setOpen] = useState(false);
  return (
    <details className="help-text preview-toggle" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>See the letter so far</summary>
      {open ? <PreviewPanel {...props} /> : null}
    </details>
  );
}
