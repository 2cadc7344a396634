import type { Recording } from '@iep/core/contract';
import { breakText, clockText } from '../lib/recording-time';

/** The recording's parts in order, with the breaks between them and where each sits on the timeline. */
export function PartsList({ rec }: { rec: Recording }) {
  return (
    <section aria-labelledby="parts-heading">
      <h2 id="parts-heading">Parts</h2>
      <ol className="plain-list parts-list">
        {rec.parts.map((p, i) => {
          const gap = rec.timeline.gaps.find((g) => g.afterPartId === rec.parts[i - 1]?.id);
          const t = rec.timeline.parts.find((x) => x.partId === p.id);
          return (
            <li key={p.id}>
              {gap ? <p className="gap">{breakText(gap.gapMs)}</p> : null}
              <p>
                Part {i + 1}: started {new Date(p.startedAt).toLocaleString('en-US')},{' '}
                {clockText(p.durationMs ?? 0)} long (
                {p.status === 'ready' ? 'ready' : p.status === 'failed' ? 'failed' : 'still being saved'})
                {t ? `, at ${clockText(t.offsetMs)} on the timeline` : ''}.
              </p>
              {p.error ? <p className="notice warning">{p.error}</p> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
