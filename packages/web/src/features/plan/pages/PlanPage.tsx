import type { Plan } from '@iep/core';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { casesApi } from '../../cases/api/cases';
import { planApi } from '../api/plan';
import { PageHeading } from '../../../components/PageHeading';
import { TriggeredDeadlines } from '../components/TriggeredDeadlines';
import { useLetterKinds } from '../../letters/hooks/useLetterKinds';
import { CommitmentsSection } from '../components/CommitmentsSection';
import { TaskItem } from '../components/TaskItem';
import { StatusMessage } from '../../../components/StatusMessage';
import { ProgressCount } from '../../../components/ProgressCount';
import { useLoad } from '../../../hooks/useLoad';
import { formatInZone } from '../../../lib/format-time';
import { GROUP_HEADINGS, GROUP_ORDER, groupTasks } from '../lib/group-tasks';
import { NotFoundPage } from '../../../pages/NotFoundPage';
import { timeZoneLabel } from '../../../lib/plain-words';
import { useCaseAccess } from '../../sharing/hooks/useCaseAccess';
import { RoleNote } from '../../sharing/components/RoleNote';

export function PlanPage() {
  const { caseId = '', meetingId = '' } = useParams();
  const plan = useLoad(() => planApi.plan(caseId, meetingId), `${caseId}/${meetingId}`);
  const stored = useLoad(() => casesApi.getCase(caseId), caseId);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [busyTask, setBusyTask] = useState<string | null>(null);
  const [focusTask, setFocusTask] = useState<string | null>(null);
  const location = useLocation();
  // Arriving right after a new meeting was saved (MeetingsSection): the first task takes focus and a status
  // says the meeting is saved, so the next step is where the parent is.
  const fromNewMeeting = (location.state as { focusFirstTask?: boolean } | null)?.focusFirstTask === true;
  const [arrivalFocus, setArrivalFocus] = useState(fromNewMeeting);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const { kinds: letterKinds } = useLetterKinds();
  const access = useCaseAccess(caseId);
  const mayChange = access.may('write-case');

  if (plan.error?.status === 404 || stored.error?.status === 404) return <NotFoundPage what="meeting plan" />;

  const studentName = stored.data?.file.student.name;
  const heading = studentName ? `Plan for ${studentName}'s meeting` : 'Meeting plan';
  const data: Plan | null = plan.data;

  async function setDone(taskId: string, title: string, done: boolean) {
    setBusyTask(taskId);
    setArrivalFocus(false);
    setFailure('');
    try {
      plan.setData(await planApi.setTaskDone(caseId, meetingId, taskId, done));
      setFocusTask(taskId);
      setStatus(done ? `Marked done: ${title}.` : `Marked not done: ${title}.`);
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : 'Something went wrong. Please try again.');
    } finally {
      setBusyTask(null);
    }
  }

  const toggle = (taskId: string) => {
    setFocusTask(null);
    setArrivalFocus(false);
    setExpanded((set) => {
      const next = new Set(set);
      if (next.has(taskId)) next.delete(taskId);
      else next.add(taskId);
      return next;
    });
  };

  const groups = data ? groupTasks(data) : null;
  const firstTaskId = groups
    ? GROUP_ORDER.map((key) => groups[key][0]).find((task) => task !== undefined)?.id
    : undefined;
  const focusId = focusTask ?? (arrivalFocus ? firstTaskId : undefined);
  const statusText = status || (fromNewMeeting && data ? 'The meeting is saved. Here is its plan.' : '');
  return (
    <>
      <PageHeading>{heading}</PageHeading>
      <p>
        <Link to={`/cases/${encodeURIComponent(caseId)}`}>Back to the case</Link>
      </p>
      {plan.error ? <p className="notice error">{plan.error.message}</p> : null}
      {!data && !plan.error ? <p className="loading">Loading the plan…</p> : null}
      {data ? (
        <>
          {data.warnings.length > 0 ? (
            <section className="notice warning" aria-labelledby="warnings-heading">
              <h2 id="warnings-heading">Please check</h2>
              <ul>
                {data.warnings.map((w) => (
                  <li key={w.code}>{w.message}</li>
                ))}
              </ul>
            </section>
          ) : null}
          <p>
            The meeting starts {formatInZone(data.firstSessionStart, data.timeZone, { withYear: true })}.
            Times are in {timeZoneLabel(data.timeZone)}.
          </p>
          {data.tasks.length > 0 ? (
            <ProgressCount
              label="Steps in this plan"
              done={data.tasks.filter((t) => t.status === 'done').length}
              total={data.tasks.length}
            />
          ) : null}
          <p>
            <a className="button secondary" href={planApi.icsUrl(caseId, meetingId)} download>
              Download calendar (.ics)
            </a>
          </p>
          {failure ? (
            <p className="notice error" role="alert">
              {failure}
            </p>
          ) : null}
          <StatusMessage message={statusText} />
          {access.role && !mayChange ? (
            <RoleNote>Only the family can mark steps done. You can read the plan and its dates.</RoleNote>
          ) : null}
          <TriggeredDeadlines
            mayChange={mayChange}
            plan={data}
            caseId={caseId}
            onChanged={async (message) => {
              await plan.reload();
              setStatus(message);
            }}
          />
          <p>
            <Link className="rec-link" to={`/cases/${encodeURIComponent(caseId)}/answers`}>
              See what the school owes you, for every meeting
            </Link>
          </p>
          <CommitmentsSection
            mayChange={mayChange}
            caseId={caseId}
            meetingId={meetingId}
            commitments={data.commitments}
            onChanged={async (message) => {
              await plan.reload();
              setStatus(message);
            }}
          />
          {groups
            ? GROUP_ORDER.filter((key) => groups[key].length > 0).map((key) => (
                <section key={key} aria-labelledby={`group-${key}`} className={`group group-${key}`}>
                  <h2 id={`group-${key}`}>
                    {GROUP_HEADINGS[key]} <span className="count">({groups[key].length})</span>
                  </h2>
                  <ul className="task-list">
                    {groups[key].map((task) => (
                      <TaskItem
                        key={task.id}
                        task={task}
                        timeZone={data.timeZone}
                        now={data.now}
                        expanded={expanded.has(task.id)}
                        onToggle={() => toggle(task.id)}
                        onSetDone={(done) => void setDone(task.id, task.title, done)}
                        busy={busyTask === task.id}
                        takeFocus={focusId === task.id}
                        mayChange={mayChange}
                        action={(() => {
                          const letter = letterKinds?.find((k) => k.plannerTask === task.id);
                          if (!letter || !access.may('draft-letters')) return null;
                          // Only meeting letters carry the meeting: a records request is one letter for the
                          // case, the same draft whether it is opened from the plan or the letters page.
                          const to =
                            `/cases/${encodeURIComponent(caseId)}/letters/${encodeURIComponent(letter.kind)}` +
                            (letter.needsMeeting ? `?meeting=${encodeURIComponent(meetingId)}` : '');
                          return (
                            <Link className="button" to={to}>
                              Write this letter<span className="visually-hidden">: {letter.title}</span>
                            </Link>
                          );
                        })()}
                      />
                    ))}
                  </ul>
                </section>
              ))
            : null}
        </>
      ) : null}
    </>
  );
}
