import type { DeadlineResult } from '@iep/core';
import { districtMayCountText, kindSentence, partySentence, whenText } from '../lib/plan-text';

interface Props {
  deadline: DeadlineResult;
  timeZone: string;
  now: string;
}

/**
 * One deadline of a task: the date, who must meet it, what kind of rule it is and its source. A parent's deadline
 * also says the business day to act by; a district deadline may show the later date the district may count over
 * its closed days, labelled as what it is (missouri-rules.md §16.2). Its source is in the task's one Why drawer.
 */
export function DeadlineItem({ deadline: d, timeZone, now }: Props) {
  const actBy = d.actBy !== null && d.actBy !== d.due ? d.actBy : null;
  return (
    <li>
      <strong>{d.title}:</strong> {whenText(d.due, timeZone, now)}. {d.explanation} {partySentence(d)}{' '}
      {actBy ? <>Offices are closed that day, so act by {whenText(actBy, timeZone, now)}. </> : null}
      {d.receipt?.moved ? <>{d.receipt.moved} </> : null}
      <strong>{kindSentence(d.kind)}</strong>
      {d.districtMayCount ? (
        <p className="small-print">{districtMayCountText(d.districtMayCount, timeZone, now)}</p>
      ) : null}
    </li>
  );
}
