import type { SentLetter } from '@iep/core/contract';
import { planApi } from '../../plan/api/plan';
import { whenText } from '../../plan/lib/plan-text';
import { useLoad } from '../../../hooks/useLoad';

/**
 * What happens next after a letter is marked sent: the clocks it started, each with its last day in words, read
 * from the meeting's plan (the same dates the plan shows, from core's rule table).
 */
export function SentNextSteps({
  caseId,
  planMeetingId,
  sent,
}: {
  caseId: string;
  planMeetingId: string | null;
  sent: SentLetter;
}) {
  const plan = useLoad(
    () => (planMeetingId ? planApi.plan(caseId, planMeetingId) : Promise.resolve(null)),
    `${caseId}/${planMeetingId ?? ''}/${sent.id}`,
  );
  if (!plan.data) return null;
  const { timeZone, now } = plan.data;
  const clocks = plan.data.triggered.filter((d) => d.sentLetterId === sent.id);
  if (clocks.length === 0) return null;
  return (
    <>
      <p>
        <strong>What happens next:</strong>
      </p>
      <ul>
        {clocks.map((d) => (
          <li key={d.rule}>
            {d.title}: {d.due === null ? d.waiting : `by ${whenText(d.due, timeZone, now)}.`}
          </li>
        ))}
      </ul>
      <p>
        The plan counts these days for you and shows them under &quot;Deadlines from letters you sent&quot;.
      </p>
    </>
  );
}
