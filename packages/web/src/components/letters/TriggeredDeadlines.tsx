import type { Plan, TriggeredDeadline } from '../../api/types';
import { confidenceWords, districtMayCountText, kindSentence, whenText } from '../../lib/plan-text';

const STATUS_WORDS: Record<TriggeredDeadline['status'], string> = {
  upcoming: 'Coming up',
  'due-soon': 'Due soon',
  overdue: 'Overdue',
};

/** Deadlines that started when the parent sent a letter (Plan.triggered, present once letters exist). */
export function TriggeredDeadlines({ plan }: { plan: Plan }) {
  const triggered = plan.triggered;
  if (triggered.length === 0) return null;
  return (
    <section aria-labelledby="triggered-heading" className="triggered">
      <h2 id="triggered-heading">Deadlines from letters you sent</h2>
      <ul className="plain-list">
        {triggered.map((d) => (
          <li key={`${d.letterKind}-${d.rule}`} className={`triggered-item triggered-${d.status}`}>
            <div className="triggered-body">
              <h3 className="task-heading">{d.title}</h3>
              <p>
                <strong className={`deadline-status status-${d.status}`}>{STATUS_WORDS[d.status]}:</strong>{' '}
                due {whenText(d.due, plan.timeZone, plan.now)}
              </p>
              {d.receiptNote ? <p>{d.receiptNote}</p> : null}
              {d.districtMayCount ? (
                <p className="small-print">
                  {districtMayCountText(d.districtMayCount, plan.timeZone, plan.now)}
                </p>
              ) : null}
              <p className="citation">
                {kindSentence(d.kind)} Why: {d.citation} ({d.confidence}: {confidenceWords(d.confidence)})
              </p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
