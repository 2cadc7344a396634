import { LINK_AUDIENCE_LABELS, type ClipLink } from '@iep/core/contract';
import { dayText, STATE_WORDS, timesText } from '../lib/link-words';

/** The case's clip links: what each shares, for whom, how often it was played, until when, and "Turn off". */
export function LinkList({ links, onRevoke }: { links: ClipLink[]; onRevoke: (link: ClipLink) => void }) {
  if (links.length === 0) return <p>You have not shared a part of a meeting yet.</p>;
  return (
    <ul className="plain-list link-list" aria-label="Shared clips">
      {links.map((link) => (
        <li key={link.id} className="card">
          <h3>{link.title}</h3>
          <p>
            For: {LINK_AUDIENCE_LABELS[link.audience]}. Played {timesText(link.plays)}.{' '}
            {link.hasPassphrase ? 'Needs a passphrase. ' : ''}
            {link.state === 'active'
              ? `Works until ${dayText(link.expiresAt)}.`
              : `${STATE_WORDS[link.state]}.`}
          </p>
          {link.state === 'active' ? (
            <>
              <p className="link-url">{link.url}</p>
              <button type="button" className="secondary" onClick={() => onRevoke(link)}>
                Turn off<span className="visually-hidden"> the link “{link.title}”</span>
              </button>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
