import type { HomeCase } from '@iep/core/contract';
import { Link } from 'react-router';
import { Card } from '../../../components/Card';
import { ProgressCount } from '../../../components/ProgressCount';
import { StatusChip } from '../../../components/StatusChip';
import { roleName } from '../../sharing/lib/role-words';
import {
  allClearLine,
  dueLine,
  lateLine,
  meetingLine,
  moreWords,
  nextStepLine,
  progressLabel,
} from '../lib/home-text';

const enc = encodeURIComponent;
const withStop = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

interface LateItem {
  key: string;
  href: string;
  title: string;
  when: string;
}

/** A "Late" list (the parent's steps, or what the school owes), with "and N more" under it; nothing when empty. */
function LateBlock(props: {
  Sub: 'h3' | 'h4';
  tone: 'danger' | 'warning';
  heading: string;
  items: LateItem[];
  more: string | null;
}) {
  const { Sub, tone, heading, items, more } = props;
  if (items.length === 0) return null;
  return (
    <div className="home-block">
      <Sub>
        <StatusChip tone={tone}>Late</StatusChip> {heading}
      </Sub>
      <ul className="home-steps">
        {items.map((item) => (
          <li key={item.key}>
            <Link to={item.href}>{item.title}</Link>
            <span className="home-when">{item.when}</span>
          </li>
        ))}
      </ul>
      {more ? <p>{more}</p> : null}
    </div>
  );
}

/**
 * One child on the home page: the next meeting in days, the next three steps, what is late (the parent's steps and
 * the school's answers) and how much of the plan is done. Shared cases also say the role and the family's note.
 */
export function HomeCaseCard({ entry, level }: { entry: HomeCase; level: 2 | 3 }) {
  const { case: c, home } = entry;
  const Sub = level === 2 ? 'h3' : 'h4';
  const caseHref = `/cases/${enc(c.id)}`;
  const planHref = (meetingId: string) => `${caseHref}/meetings/${enc(meetingId)}/plan`;
  const clear = allClearLine(home);
  const moreLate = moreWords(home.overdue.length, home.overdueCount);
  const moreOwed = moreWords(home.late.length, home.lateCount);
  return (
    <Card
      level={level}
      heading={<Link to={caseHref}>{c.studentName}</Link>}
      summary={
        <>
          {c.planType === 'IEP' ? 'IEP' : '504 plan'} in {c.district}.
          {/* A district with the Special School District: its requests go to SSD too (the case page says how). */}
          {c.ssd ? (
            <>
              {' '}
              <span className="badge">SSD</span>
            </>
          ) : null}
        </>
      }
      action={
        home.progress ? (
          <Link className="button secondary" to={planHref(home.progress.meetingId)}>
            Open the plan<span className="visually-hidden"> for {c.studentName}</span>
          </Link>
        ) : (
          <Link className="button secondary" to={caseHref}>
            Add a meeting<span className="visually-hidden"> for {c.studentName}</span>
          </Link>
        )
      }
    >
      {entry.role !== 'owner' ? <p>Your role: {roleName(entry.role)}.</p> : null}
      {entry.note ? <p>They asked you to look at: {withStop(entry.note)}</p> : null}
      <p className="home-meeting">{meetingLine(home)}</p>
      {home.progress ? (
        <ProgressCount label={progressLabel(home)} done={home.progress.done} total={home.progress.total} />
      ) : null}
      {clear ? (
        <p>
          <StatusChip tone="done">{clear}</StatusChip>
        </p>
      ) : null}
      <LateBlock
        Sub={Sub}
        tone="danger"
        heading="Your steps that are late"
        items={home.overdue.map((s) => ({
          key: `${s.meetingId}/${s.taskId}`,
          href: planHref(s.meetingId),
          title: s.title,
          when: `${dueLine(s.due, home.today)}.`,
        }))}
        more={moreLate}
      />
      <LateBlock
        Sub={Sub}
        tone="warning"
        heading="The school is late with"
        items={home.late.map((l) => ({
          key: l.id,
          href: `${caseHref}/answers`,
          title: l.title,
          when: lateLine(l, home.today),
        }))}
        more={moreOwed}
      />
      <div className="home-block">
        <Sub>Next steps</Sub>
        {home.nextSteps.length > 0 ? (
          <ol className="home-steps">
            {home.nextSteps.map((s) => (
              <li key={`${s.meetingId}/${s.taskId}`}>
                <Link to={planHref(s.meetingId)}>{s.title}</Link>
                <span className="home-when">{nextStepLine(s.due, home.today)}.</span>
              </li>
            ))}
          </ol>
        ) : (
          <p>
            {home.progress
              ? 'No steps are coming up. Open the plan to see what is done.'
              : 'Add the next meeting to get a plan with dates.'}
          </p>
        )}
      </div>
    </Card>
  );
}
