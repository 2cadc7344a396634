import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../api/client';
import { casesApi } from '../api/cases';
import { ErrorSummary, type FieldError } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/Field';
import { PageHeading } from '../../../components/PageHeading';
import { checkStudent } from '../lib/case-people';
import { mapProblems } from '../../../lib/problem-fields';

const STUDENT_FIELDS = ['name', 'dateOfBirth', 'grade', 'school', 'district'] as const;
const PARENT_FIELDS = ['name', 'relationship', 'email', 'phone', 'address'] as const;
type StudentField = (typeof STUDENT_FIELDS)[number];
type ParentField = (typeof PARENT_FIELDS)[number];

const PATH_TO_FIELD: Record<string, string> = {
  ...Object.fromEntries(STUDENT_FIELDS.map((f) => [`$.student.${f}`, `student-${f}`])),
  '$.student.planType': 'student-planType',
  ...Object.fromEntries(PARENT_FIELDS.map((f) => [`$.parents[0].${f}`, `parent-${f}`])),
};

export function NewCasePage() {
  const navigate = useNavigate();
  const [student, setStudent] = useState<Record<StudentField, string>>({
    name: '',
    dateOfBirth: '',
    grade: '',
    school: '',
    district: '',
  });
  const [planType, setPlanType] = useState<'IEP' | '504'>('IEP');
  const [parent, setParent] = useState<Record<ParentField, string>>({
    name: '',
    relationship: '',
    email: '',
    phone: '',
    address: '',
  });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  const fieldError = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  async function submit(event: FormEvent) {
    event.preventDefault();
    // The same checks as the student form: required fields, a real grade, no birth date in the future.
    const found: FieldError[] = checkStudent({ ...student, planType, categories: '' });
    if (!parent.name.trim())
      found.push({ fieldId: 'parent-name', message: "Enter the parent or guardian's name." });
    setErrors(found);
    if (found.length > 0) return;
    const optional = (value: string) => (value.trim() ? value.trim() : undefined);
    setBusy(true);
    try {
      const { id } = await casesApi.createCase({
        student: { ...student, planType },
        parents: [
          {
            name: parent.name.trim(),
            relationship: optional(parent.relationship),
            email: optional(parent.email),
            phone: optional(parent.phone),
            address: optional(parent.address),
          },
        ],
      });
      navigate(`/cases/${encodeURIComponent(id)}`);
    } catch (error) {
      if (error instanceof ApiError) {
        setErrors(
          error.problems.length > 0
            ? mapProblems(error.problems, PATH_TO_FIELD)
            : [{ message: error.message }],
        );
      } else setErrors([{ message: 'Something went wrong. Please try again.' }]);
    } finally {
      setBusy(false);
    }
  }

  const studentInput = (f: StudentField, label: string, type: 'text' | 'date' = 'text', hint?: string) => (
    <TextField
      id={`student-${f}`}
      label={label}
      type={type}
      hint={hint}
      value={student[f]}
      onChange={(v) => setStudent((s) => ({ ...s, [f]: v }))}
      required
      error={fieldError(`student-${f}`)}
    />
  );
  const parentInput = (
    f: ParentField,
    label: string,
    type: 'text' | 'email' | 'tel' = 'text',
    autoComplete?: string,
  ) => (
    <TextField
      id={`parent-${f}`}
      label={label}
      type={type}
      autoComplete={autoComplete}
      value={parent[f]}
      onChange={(v) => setParent((p) => ({ ...p, [f]: v }))}
      required={f === 'name'}
      error={fieldError(`parent-${f}`)}
    />
  );

  return (
    <>
      <PageHeading>New case</PageHeading>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorSummary errors={errors} />
        <fieldset>
          <legend>The student</legend>
          {studentInput('name', "Student's name")}
          {studentInput('dateOfBirth', 'Date of birth', 'date')}
          {studentInput('grade', 'Grade', 'text', 'For example 7, or K for kindergarten.')}
          {studentInput('school', 'School')}
          {studentInput('district', 'School district', 'text', 'For example Hazelwood School District.')}
          <SelectField
            id="student-planType"
            label="Plan type"
            value={planType}
            onChange={(v) => setPlanType(v === '504' ? '504' : 'IEP')}
            required
            options={[
              { value: 'IEP', label: 'IEP (special education)' },
              { value: '504', label: 'Section 504 plan' },
            ]}
            error={fieldError('student-planType')}
          />
        </fieldset>
        <fieldset>
          <legend>Parent or guardian</legend>
          {parentInput('name', 'Name', 'text', 'name')}
          {parentInput('relationship', 'Relationship to the student')}
          {parentInput('email', 'Email', 'email', 'email')}
          {parentInput('phone', 'Phone', 'tel', 'tel')}
          {parentInput('address', 'Mailing address', 'text', 'street-address')}
        </fieldset>
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Create the case'}
        </button>
      </form>
    </>
  );
}
