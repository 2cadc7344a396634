import { Link } from 'react-router';

// First run: a new parent lands here with no case. Say what the app does, in the order they will use it,
// and give one clear first step.
const PATH: { step: string; what: string }[] = [
  { step: 'Prepare', what: 'Add your child and the meeting. You get a plan with dates.' },
  { step: 'Record', what: 'Record the meeting, or take notes with the meeting helper.' },
  { step: 'Review', what: 'Read what was said and mark what the school agreed to.' },
  { step: 'Follow up', what: 'Send letters and track what the school still owes you.' },
  { step: 'Escalate', what: 'If the school does not follow the plan, see your next steps.' },
];

export function Welcome() {
  return (
    <section aria-labelledby="welcome-heading" className="welcome">
      <h2 id="welcome-heading">Welcome to IEP Ready</h2>
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
          Start your first case
        </Link>
      </p>
    </section>
  );
}
