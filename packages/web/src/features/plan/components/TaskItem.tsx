import type { PlanTask } from '@iep/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { kindSentence, taskSpeech, whenText } from '../lib/plan-text';
import { DeadlineItem } from './DeadlineItem';
import { FollowUpClock } from './FollowUpClock';
import { ReadAloud } from '../../../components/ReadAloud';
import { WhyDrawer } from '../../../components/WhyDrawer';

interface Props {
  task: PlanTask;
  timeZone: string;
  now: string;
  expanded: boolean;
  onToggle: () => void;
  onSetDone: (done: boolean) => void;
  busy: boolean;
  /** After the task moves to another group, put focus back on it so keyboard users do not lose their place. */
  takeFocus: boolean;
  /** An extra action for this task, e.g. the "Write this letter" link of a task that is a letter. */
  action?: ReactNode;
  /** Whether this member may mark tasks done (the family). */
  mayChange: boolean;
}

export function TaskItem({
  task,
  timeZone,
  now,
  expanded,
  onToggle,
  onSetDone,
  busy,
  takeFocus,
  action,
  mayChange,
}: Props) {
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelId = `task-${task.id}-details`;
  const done = task.status === 'done';

  useEffect(() => {
    if (takeFocus) toggleRef.current?.focus();
  }, [takeFocus]);

  return (
    <li className={`task task-${task.status}`}>
      <h3 className="task-heading">
        <button
          ref={toggleRef}
          type="button"
          className="disclosure"
          aria-expanded={expanded}
          aria-controls={panelId}
          onClick={onToggle}
        >
          <span className="task-title">{task.title}</span>
          <span className="task-due">{done ? 'Done' : `By ${whenText(task.due, timeZone, now)}`}</span>
        </button>
      </h3>
      {task.id === 'follow-up' && !done ? <FollowUpClock due={task.due} /> : null}
      <div id={panelId} className="task-details" hidden={!expanded}>
        <p>{task.explanation}</p>
        <dl className="facts">
          <dt>Do this by</dt>
          <dd>{whenText(task.due, timeZone, now)}</dd>
          {task.latest ? (
            <>
              <dt>Latest</dt>
              <dd>{whenText(task.latest, timeZone, now)}</dd>
            </>
          ) : null}
        </dl>
        {task.warnings.length > 0 ? (
          <ul className="notice warning plain-list">
            {task.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        ) : null}
        {task.checklist.length > 0 ? (
          <>
            <h4>Checklist</h4>
            <ul>
              {task.checklist.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </>
        ) : null}
        {task.deadlines.length > 0 ? (
          <>
            <h4>Deadlines</h4>
            <ul>
              {task.deadlines.map((d) => (
                <DeadlineItem key={d.rule} deadline={d} timeZone={timeZone} now={now} />
              ))}
            </ul>
          </>
        ) : null}
        {task.basis.length > 0 ? (
          <>
            <h4>Why do this</h4>
            <ul>
              {task.basis.map((b) => (
                <li key={`${b.citation}-${b.summary}`}>
                  {b.summary} <strong>{kindSentence(b.kind)}</strong>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <WhyDrawer sources={[...task.deadlines, ...task.basis]} />
        <div className="actions">
          {action}
          <ReadAloud text={taskSpeech(task, timeZone, now)} label={task.title} />
          {mayChange ? (
            <button type="button" disabled={busy} onClick={() => onSetDone(!done)}>
              {done ? 'Mark not done' : 'Mark done'}
              <span className="visually-hidden">: {task.title}</span>
            </button>
          ) : null}
        </div>
      </div>
    </li>
  );
}
