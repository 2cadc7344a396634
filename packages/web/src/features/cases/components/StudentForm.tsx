import type { Student } from '@iep/core';
import { checkStudent, studentDraftOf, studentFromDraft } from '../lib/case-people';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../../components/Field';
import { FormButtons, useCaseForm, type SaveResult, useFocusOnMount } from './CaseFormParts';

const FIELDS = ['name', 'dateOfBirth', 'grade', 'school', 'district', 'planType'] as const;
const PATHS: Record<string, string> = {
  ...Object.fromEntries(FIELDS.map((f) => [`$.student.${f}`, `student-${f}`])),
  '$.student.disabilityCategories': 'student-categories',
};

interface Props {
  student: Student;
  /** Resolves [] when saved; the form stays open with what was typed otherwise. */
  onSave: (student: Student) => Promise<SaveResult>;
  onCancel: () => void;
}

export function StudentForm({ student, onSave, onCancel }: Props) {
  const { draft, set, errors, fieldError, busy, submit } = useCaseForm(studentDraftOf(student), PATHS);
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const text = (key: 'name' | 'grade' | 'school' | 'district', label: string, hint?: string) => (
    <TextField
      id={`student-${key}`}
      label={label}
      hint={hint}
      value={draft[key]}
      onChange={(v) => set(key, v)}
      required
      error={fieldError(`student-${key}`)}
    />
  );
  return (
    <form
      className="panel"
      noValidate
      aria-label="Edit the student"
      onSubmit={(e) => void submit(e, checkStudent, (d) => onSave(studentFromDraft(d)))}
    >
      <h3 ref={headingRef} tabIndex={-1}>
        Edit the student
      </h3>
      <ErrorSummary errors={errors} />
      {text('name', "Student's name")}
      <TextField
        id="student-dateOfBirth"
        label="Date of birth"
        type="date"
        value={draft.dateOfBirth}
        onChange={(v) => set('dateOfBirth', v)}
        required
        error={fieldError('student-dateOfBirth')}
      />
      {text('grade', 'Grade', 'For example 7, or K for kindergarten.')}
      {text('school', 'School')}
      {text('district', 'School district', 'For example Hazelwood School District.')}
      <SelectField
        id="student-planType"
        label="Plan type"
        value={draft.planType}
        onChange={(v) => set('planType', v === '504' ? '504' : 'IEP')}
        required
        options={[
          { value: 'IEP', label: 'IEP (special education)' },
          { value: '504', label: 'Section 504 plan' },
        ]}
        error={fieldError('student-planType')}
      />
      <TextAreaField
        id="student-categories"
        label="Disability categories"
        hint="One on each line, as the school wrote them. For example: Specific Learning Disability."
        value={draft.categories}
        onChange={(v) => set('categories', v)}
        error={fieldError('student-categories')}
      />
      <FormButtons busy={busy} label="Save the student" onCancel={onCancel} />
    </form>
  );
}
