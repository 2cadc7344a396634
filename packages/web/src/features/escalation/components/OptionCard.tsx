import type { EscalationPage } from '@iep/core/contract';
import { Link } from 'react-router';
import { ReadAloud } from '../../../components/ReadAloud';
import { inSentence } from '../../../lib/plain-words';
import { optionSpeech } from '../lib/escalation-text';
import { WindowList } from './WindowList';

type Option = EscalationPage['options'][number];

interface Props {
  caseId: string;
  option: Option;
  events: EscalationPage['events'];
  onSaveKnew: (eventId: string, knewOn: string | null) => Promise<string>;
}

const LETTER_LINKS: Partial<Record<string, string>> = {
  'child-complaint': 'Write the child complaint letter',
};

/** One way up: what it is, the steps, the time limits from this case, and why (its legal basis), with read-aloud. */
export function OptionCard({ caseId, option, events, onSaveKnew }: Props) {
  const headingId = `option-${option.id}`;
  return (
    <section aria-labelledby={headingId} className="escalation-option">
      <h2 id={headingId}>{option.title}</h2>
      <p>{option.summary}</p>
      <ol>
        {option.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <ReadAloud text={optionSpeech(option)} label={inSentence(option.title)} />
      {option.letter !== null ? (
        <p>
          <Link
            className="button"
            to={`/cases/${encodeURIComponent(caseId)}/letters/${encodeURIComponent(option.letter)}`}
          >
            {LETTER_LINKS[option.letter] ?? 'Write the letter'}
          </Link>
        </p>
      ) : null}
      {option.limit !== null ? (
        <>
          <h3>Time limits in this case</h3>
          <p>{option.limit.text}</p>
          <WindowList option={option} events={events} onSaveKnew={onSaveKnew} />
        </>
      ) : null}
      <details className="help-text">
        <summary>
          Why<span className="visually-hidden">: the rule behind {inSentence(option.title)}</span>
        </summary>
        <p>{option.why}</p>
        <p>
          <strong>{option.kindText}</strong>{' '}
          <span className="citation">
            Source: {option.citation} ({option.confidence}: {option.confidenceText})
          </span>
        </p>
        {option.limit !== null ? <p className="citation">Time limit: {option.limit.citation}</p> : null}
      </details>
    </section>
  );
}
