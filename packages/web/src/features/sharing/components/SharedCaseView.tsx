import { roleMay, type CaseRole } from '@iep/core';
import type { StoredCase } from '@iep/core/contract';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { formatLocal } from '../../../lib/format-time';
import { meetingKindLabel, roleLabel } from '../../../lib/labels';
import { READ_ONLY_NOTE } from '../lib/sharing-text';
import { roleName, roleSummary } from '../lib/role-words';

/**
 * The case page for a member whose role may not change the case (advocate, viewer): the case to read, and links
 * to the pages they may use. No edit buttons: the server would refuse them (403).
 */
export function SharedCaseView({ stored, role }: { stored: StoredCase; role: CaseRole }) {
  const { file } = stored;
  const base = `/cases/${encodeURIComponent(stored.id)}`;
  const name = file.student.name;
  return (
    <>
      <PageHeading title={`${name}'s case`}>{name}</PageHeading>
      <p className="notice">
        Your role: {roleName(role)}. {roleSummary(role)} {READ_ONLY_NOTE}
      </p>
      <p>
        {file.student.planType === 'IEP' ? 'IEP' : '504 plan'} · Grade {file.student.grade} ·{' '}
        {file.student.school}, {file.student.district}
      </p>
      <div className="actions">
        <Link className="button secondary" to={`${base}/people`}>
          People on this case
        </Link>
        <Link className="button secondary" to={`${base}/answers`}>
          What the school owes
        </Link>
        <Link className="button secondary" to={`${base}/binder`}>
          The binder
        </Link>
        <Link className="button secondary" to={`${base}/escalation`}>
          Ways to take it further
        </Link>
        {roleMay(role, 'draft-letters') ? (
          <Link className="button secondary" to={`${base}/letters`}>
            Draft letters for the parent
          </Link>
        ) : null}
        <Link className="button secondary" to={`${base}/timeline`}>
          Paper trail
        </Link>
      </div>
      <SharedMeetings stored={stored} />
      <SharedPeople stored={stored} />
      <SharedGoals stored={stored} />
      <SharedServices stored={stored} />
    </>
  );
}

/** The meetings with links to their plans and transcripts, to read. */
export function SharedMeetings({ stored }: { stored: StoredCase }) {
  const { file } = stored;
  const base = `/cases/${encodeURIComponent(stored.id)}`;
  return (
    <section aria-labelledby="shared-meetings-heading">
      <h2 id="shared-meetings-heading">Meetings</h2>
      {file.meetings.length === 0 ? <p>No meetings yet.</p> : null}
      <ul className="card-list">
        {file.meetings.map((m) => (
          <li key={m.id} className="card">
            <h3>{meetingKindLabel(m.kind)}</h3>
            <p>{m.sessions[0] ? formatLocal(m.sessions[0].start, { withYear: true }) : ''}</p>
            <div className="actions">
              <Link to={`${base}/meetings/${encodeURIComponent(m.id)}/plan`}>
                The plan<span className="visually-hidden"> for {meetingKindLabel(m.kind)}</span>
              </Link>
              <Link to={`${base}/meetings/${encodeURIComponent(m.id)}/transcript`}>
                The transcript<span className="visually-hidden"> of {meetingKindLabel(m.kind)}</span>
              </Link>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The family and the school team, to read. */
export function SharedPeople({ stored }: { stored: StoredCase }) {
  const { file } = stored;
  return (
    <section aria-labelledby="shared-people-heading">
      <h2 id="shared-people-heading">Family and school team</h2>
      <ul>
        {file.parents.map((p) => (
          <li key={p.name}>
            {p.name}
            {p.relationship ? ` (${p.relationship})` : ''}
          </li>
        ))}
        {file.team.map((t) => (
          <li key={t.id}>
            {t.name}, {roleLabel(t.role)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The goals, to read. */
export function SharedGoals({ stored }: { stored: StoredCase }) {
  const { file } = stored;
  return (
    <section aria-labelledby="shared-goals-heading">
      <h2 id="shared-goals-heading">Goals</h2>
      {file.goals.length === 0 ? <p>No goals yet.</p> : null}
      <ul>
        {file.goals.map((g) => (
          <li key={g.id}>
            <strong>{g.area}:</strong> {g.text}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The services, to read. */
export function SharedServices({ stored }: { stored: StoredCase }) {
  const { file } = stored;
  return (
    <section aria-labelledby="shared-services-heading">
      <h2 id="shared-services-heading">Services</h2>
      {file.services.length === 0 ? <p>No services yet.</p> : null}
      <ul>
        {file.services.map((s) => (
          <li key={s.id}>
            {s.name}: {s.minutes} minutes a {s.per}
          </li>
        ))}
      </ul>
    </section>
  );
}
