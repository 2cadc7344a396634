import type { EscalationPage } from '@iep/core/contract';
import { ReadAloud } from '../../../components/ReadAloud';
import { helperSpeech } from '../lib/escalation-text';

/** Who can help: organizations, each with its source and how sure we are of it. */
export function HelpersSection({ helpers }: { helpers: EscalationPage['helpers'] }) {
  return (
    <section aria-labelledby="helpers-heading">
      <h2 id="helpers-heading">Who can help</h2>
      <p>These groups help families in Missouri. They are not the school and not the state.</p>
      <ReadAloud text={helpers.map(helperSpeech).join(' ')} label="who can help" />
      <ul className="card-list">
        {helpers.map((h) => (
          <li key={h.id} className="card">
            <h3>{h.name}</h3>
            <p>{h.about}</p>
            {h.phones.length > 0 ? (
              <p>
                Phone:{' '}
                {h.phones.map((phone, i) => (
                  <span key={phone}>
                    {i > 0 ? ' or ' : ''}
                    <a href={`tel:${phone.replace(/[^0-9]/g, '')}`}>{phone}</a>
                  </span>
                ))}
              </p>
            ) : null}
            {h.caution ? <p className="help-text">{h.caution}</p> : null}
            <p className="citation">
              Source: {h.citation} ({h.confidence}: {h.confidenceText})
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
