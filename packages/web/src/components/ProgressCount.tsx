import { useId } from 'react';

/** "3 of 8 done" with a bar: a count a parent can read and a progress element screen readers announce. */
export function ProgressCount({ done, total, label }: { done: number; total: number; label: string }) {
  const id = useId();
  return (
    <div className="progress-count">
      <p id={id}>
        {label}: {done} of {total} done
      </p>
      <progress aria-labelledby={id} value={done} max={Math.max(total, 1)} />
    </div>
  );
}
