import { useState } from 'react';
import type { Assessment } from '@iep/core';
import { assessmentFromDraft, checkAssessment, EMPTY_ASSESSMENT } from '../lib/case-goals';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/Field';
import {
  CollapsibleSection,
  FormButtons,
  pathsUnder,
  useCaseForm,
  type SaveResult,
  useFocusOnMount,
} from './CaseFormParts';

const PROGRAMS = [
  { value: 'MAP', label: 'MAP (Missouri Assessment Program)' },
  { value: 'MAP-A', label: 'MAP-A (the alternate test)' },
  { value: 'other', label: 'Another test' },
] as const;

const FIELDS: Record<string, string> = {
  schoolYear: 'test-year',
  subject: 'test-subject',
  grade: 'test-grade',
  level: 'test-level',
  scaleScore: 'test-score',
};

function AssessmentForm({
  index,
  onSave,
  onCancel,
}: {
  index: number;
  onSave: (assessment: Assessment) => Promise<SaveResult>;
  onCancel: () => void;
}) {
  const { draft, set, errors, fieldError, busy, submit } = useCaseForm(
    EMPTY_ASSESSMENT,
    pathsUnder(`$.assessments[${index}]`, FIELDS),
  );
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const text = (
    key: 'schoolYear' | 'subject' | 'grade' | 'level' | 'scaleScore',
    id: string,
    label: string,
    hint?: string,
  ) => (
    <TextField
      id={id}
      label={label}
      hint={hint}
      value={draft[key]}
      onChange={(v) => set(key, v)}
      required={key === 'schoolYear' || key === 'subject'}
      error={fieldError(id)}
    />
  );
  return (
    <form
      className="panel"
      noValidate
      aria-label="Add a test result"
      onSubmit={(e) => void submit(e, checkAssessment, (d) => onSave(assessmentFromDraft(d)))}
    >
      <h3 ref={headingRef} tabIndex={-1}>
        Add a test result
      </h3>
      <ErrorSummary errors={errors} />
      <SelectField
        id="test-program"
        label="Test"
        value={draft.program}
        onChange={(v) => set('program', PROGRAMS.find((p) => p.value === v)?.value ?? 'other')}
        required
        options={PROGRAMS}
      />
      {text('schoolYear', 'test-year', 'School year', 'Write it like 2025-26.')}
      {text('subject', 'test-subject', 'Subject', 'For example: Math or English Language Arts.')}
      {text('grade', 'test-grade', 'Grade when tested')}
      {text('level', 'test-level', 'Level', 'For example: Basic or Proficient.')}
      {text('scaleScore', 'test-score', 'Scale score', 'The number on the score report, like 287.')}
      <FormButtons busy={busy} label="Add the result" onCancel={onCancel} />
    </form>
  );
}

interface Props {
  assessments: Assessment[];
  onSave: (assessments: Assessment[], message: string) => Promise<SaveResult>;
}

const describe = (a: Assessment) => `${a.program} ${a.subject} ${a.schoolYear}`;

export function AssessmentsSection({ assessments, onSave }: Props) {
  const [adding, setAdding] = useState(false);
  const count = assessments.length === 1 ? '1 result' : `${assessments.length} results`;
  return (
    <CollapsibleSection id="tests" title="State test results" summary={count}>
      {assessments.length === 0 ? (
        <p>No test results yet.</p>
      ) : (
        <div className="table-scroll" role="region" aria-label="State test results" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">Test</th>
                <th scope="col">School year</th>
                <th scope="col">Subject</th>
                <th scope="col">Grade</th>
                <th scope="col">Level</th>
                <th scope="col">Scale score</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {assessments.map((a, i) => (
                <tr key={`${describe(a)}-${i}`}>
                  <td>{a.program}</td>
                  <td>{a.schoolYear}</td>
                  <th scope="row">{a.subject}</th>
                  <td>{a.grade ?? ''}</td>
                  <td>{a.level ?? ''}</td>
                  <td>{a.scaleScore ?? ''}</td>
                  <td>
                    <button
                      type="button"
                      className="danger small"
                      onClick={() =>
                        void onSave(
                          assessments.filter((_, j) => j !== i),
                          `Removed the ${describe(a)} result.`,
                        )
                      }
                    >
                      Remove<span className="visually-hidden"> {describe(a)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {adding ? (
        <AssessmentForm
          index={assessments.length}
          onSave={async (assessment) => {
            const result = await onSave(
              [...assessments, assessment],
              `Added the ${describe(assessment)} result.`,
            );
            if (result?.length === 0) setAdding(false);
            return result;
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          Add a test result
        </button>
      )}
    </CollapsibleSection>
  );
}
