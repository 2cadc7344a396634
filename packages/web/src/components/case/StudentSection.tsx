import type { StoredCase } from '../../api/types';
import { formatLocal } from '../../lib/format-time';

export const SSD_NOTE = 'Requests and notices go to both your district and SSD.';

export function StudentSection({ stored }: { stored: StoredCase }) {
  const { student, parents } = stored.file;
  return (
    <section aria-labelledby="student-heading">
      <h2 id="student-heading">Student</h2>
      <dl className="facts">
        <dt>Plan</dt>
        <dd>{student.planType === 'IEP' ? 'IEP (special education)' : 'Section 504 plan'}</dd>
        <dt>Date of birth</dt>
        <dd>
          {formatLocal(`${student.dateOfBirth}T00:00`, { dateOnly: true, withYear: true, noWeekday: true })}
        </dd>
        <dt>Grade</dt>
        <dd>{student.grade}</dd>
        <dt>School</dt>
        <dd>{student.school}</dd>
        <dt>District</dt>
        <dd>
          {student.district}
          {stored.ssd.partner ? <span className="badge">SSD</span> : null}
        </dd>
      </dl>
      {stored.ssd.partner ? (
        <p className="notice info">
          <strong>{SSD_NOTE}</strong> Your district works with the Special School District of St. Louis County
          (SSD).
        </p>
      ) : null}
      <h3>Parents and guardians</h3>
      <ul className="plain-list">
        {parents.map((p, i) => (
          <li key={`${p.name}-${i}`} className="break">
            <strong>{p.name}</strong>
            {p.relationship ? ` (${p.relationship})` : ''}
            {p.email ? <span className="block">Email: {p.email}</span> : null}
            {p.phone ? <span className="block">Phone: {p.phone}</span> : null}
            {p.address ? <span className="block">Address: {p.address}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
