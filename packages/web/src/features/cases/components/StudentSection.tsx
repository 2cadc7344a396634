import type { StoredCase } from '@iep/core/contract';
import { useEffect, useRef, useState } from 'react';
import type { Student } from '@iep/core';
import { formatLocal } from '../../../lib/format-time';
import type { SaveResult } from './CaseFormParts';
import { StudentForm } from './StudentForm';

const SSD_NOTE = 'Requests and notices go to both your district and SSD.';

interface Props {
  stored: StoredCase;
  onSave: (student: Student) => Promise<SaveResult>;
}

export function StudentSection({ stored, onSave }: Props) {
  const { student } = stored.file;
  const [editing, setEditing] = useState(false);
  // After the form closes (saved or cancelled), give focus back to the button that opened it.
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const categories = student.disabilityCategories ?? [];
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
        {categories.length > 0 ? (
          <>
            <dt>Disability</dt>
            <dd>{categories.join(', ')}</dd>
          </>
        ) : null}
      </dl>
      {stored.ssd.partner ? (
        <p className="notice info">
          <strong>{SSD_NOTE}</strong> Your district works with the Special School District of St. Louis County
          (SSD).
        </p>
      ) : null}
      {editing ? (
        <StudentForm
          student={student}
          onSave={async (next) => {
            const result = await onSave(next);
            if (result?.length === 0) setEditing(false);
            return result;
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <button ref={editButton} type="button" className="secondary" onClick={() => setEditing(true)}>
          Edit the student
        </button>
      )}
    </section>
  );
}
