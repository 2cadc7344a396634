import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { exampleCaseFor } from '@iep/core';
import { ApiError } from '../../../api/client';
import { deviceToday } from '../../../lib/format-time';
import { casesApi } from '../../cases/api/cases';

// First run: a new parent lands here with no case. Say what the app does, in the order they will use it, and give
// one clear first step, with an example case one click away for those who want to look around first.
const PATH: { step: string; what: string }[] = [
  { step: 'Prepare', what: 'Add your child and the meeting. You get a plan with dates.' },
  { step: 'Record', what: 'Record the meeting, or take notes with the meeting helper.' },
  { step: 'Review', what: 'Read what was said and mark what the school agreed to.' },
  { step: 'Follow up', what: 'Send letters and track what the school still owes you.' },
  { step: 'Escalate', what: 'If the school does not follow the plan, see your next steps.' },
];

export function Welcome() {
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function openExample() {
    setBusy(true);
    setProblem(null);
    try {
      // The example file is its own chunk: only those who ask for it download it.
      const example = (await import('../../../../../../examples/case.example.json')).default;
      const { id } = await casesApi.importCase(exampleCaseFor(example, deviceToday()));
      await navigate(`/cases/${encodeURIComponent(id)}`);
    } catch (error) {
      setProblem(
        error instanceof ApiError ? error.message : 'We could not open the example. Please try again.',
      );
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="welcome-heading" className="welcome">
      <h2 id="welcome-heading">Welcome to IEP Ready</h2>
      <p>You have no cases yet.</p>
      <p>IEP Ready helps you get ready for your child’s IEP or 504 meeting and follow up after it.</p>
      <ol className="welcome-path">
        {PATH.map((p) => (
          <li key={p.step}>
            <strong>{p.step}.</strong> {p.what}
          </li>
        ))}
      </ol>
      <p className="actions">
        <Link className="button" to="/cases/new">
          Start my child’s case
        </Link>
        <button type="button" className="secondary" disabled={busy} onClick={() => void openExample()}>
          {busy ? 'Opening the example…' : 'Explore an example case'}
        </button>
      </p>
      <p>The example is a made-up child, so you can try every step without worry.</p>
      {problem ? (
        <p className="notice error" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
