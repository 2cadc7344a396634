import type { EscalationPage } from '@iep/core/contract';
import { splitWindows } from '../lib/escalation-text';
import { KnewDateForm } from './KnewDateForm';
import { inSentence } from '../../../lib/plain-words';

type Option = EscalationPage['options'][number];
type Window = Option['windows'][number];
type Event = EscalationPage['events'][number];

interface Props {
  option: Option;
  events: readonly Event[];
  onSaveKnew: (eventId: string, knewOn: string | null) => Promise<string>;
}

function WindowItem({
  w,
  event,
  onSaveKnew,
}: {
  w: Window;
  event: Event | undefined;
  onSaveKnew: Props['onSaveKnew'];
}) {
  return (
    <li className={w.open ? 'card escalation-window' : 'card escalation-window closed'}>
      <p>
        <strong>{w.eventLabel}</strong>
      </p>
      <p>{w.closesText}</p>
      <p>
        <strong>{w.leftText}.</strong> {w.fromText}
      </p>
      {w.knewChangeable && event !== undefined ? <KnewDateForm event={event} onSave={onSaveKnew} /> : null}
    </li>
  );
}

/** The time limits of one option, one per event of the case: the open ones, then the closed ones folded away. */
export function WindowList({ option, events, onSaveKnew }: Props) {
  const { open, closed } = splitWindows(option.windows);
  const eventOf = (id: string) => events.find((e) => e.id === id);
  return (
    <>
      {open.length === 0 ? (
        <p>No time limit for this is still open in this case.</p>
      ) : (
        <ul className="card-list" aria-label={`Time limits for ${inSentence(option.title)}`}>
          {open.map((w) => (
            <WindowItem key={w.eventId} w={w} event={eventOf(w.eventId)} onSaveKnew={onSaveKnew} />
          ))}
        </ul>
      )}
      {closed.length > 0 ? (
        <details className="help-text">
          <summary>Closed time limits ({closed.length})</summary>
          <ul className="card-list">
            {closed.map((w) => (
              <WindowItem key={w.eventId} w={w} event={eventOf(w.eventId)} onSaveKnew={onSaveKnew} />
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
