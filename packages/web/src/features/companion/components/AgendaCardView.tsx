import type { CompanionAction, CompanionCard, EntryAuthor, PromiseDue } from '@iep/core/contract';
import { useEffect, useRef, useState } from 'react';
import { dueText, recordingStamp } from '../lib/companion-time';
import { OUTCOME_BUTTONS, cardSummary } from '../lib/companion-words';
import { PromiseForm } from './PromiseForm';
import { addedByWords } from '../../guests/lib/added-by';

interface Props {
  card: CompanionCard;
  roster: readonly { id: string; name: string; role: string }[];
  onTap: (action: CompanionAction) => void;
  /** Who marked the card's outcome, when someone else did (a member, a guest at the table). */
  addedBy?: EntryAuthor | undefined;
  /** False for a member who may only read (a viewer): the card shows what was decided, with no buttons. */
  mayTap?: boolean;
}

const CAN_ASK_PWN = new Set(['refused', 'proposed']);

/** One request of the parent's (or a topic the school raised): one tap marks what the team decided. */
export function AgendaCardView({ card, roster, onTap, addedBy, mayTap = true }: Props) {
  // The promise's choices as tapped here (ids for roster people); the card itself holds the names.
  const [who, setWho] = useState<string | null>(null);
  const [due, setDue] = useState<PromiseDue | null>(null);
  const [changing, setChanging] = useState(false);
  // Once a promise has a name and a "by when", its choices fold away to keep the card short.
  const promiseDone = card.who !== null && (card.due !== null || card.dueWords !== null);
  const headingId = `card-${card.cardId}`;
  // A tap that removes its own button moves focus to the button that takes its place, not to the page's top.
  const [focusTo, setFocusTo] = useState<'pwn' | 'undo' | 'first' | null>(null);
  const pwnRef = useRef<HTMLButtonElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const firstRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const target = { pwn: pwnRef, undo: undoRef, first: firstRef }[focusTo ?? 'first'];
    if (focusTo !== null && target.current) {
      target.current.focus();
      const timer = window.setTimeout(() => setFocusTo(null), 0);
      return () => window.clearTimeout(timer);
    }
  }, [focusTo, card.pwnQueued, card.outcome]);
  const dueLine = dueText(card.due, card.dueWords);
  const stamp = recordingStamp(card.atMs);

  const mark = (outcome: CompanionCard['outcome'] & string) => {
    setChanging(false);
    setWho(null);
    setDue(null);
    onTap({ type: 'outcome', cardId: card.cardId, title: card.title, outcome, who: null, due: null });
  };
  const promise = (chosenWho: string | null, chosenDue: PromiseDue | null) => {
    // A choice made before a reload lives only in the card: keep it when the other half is tapped now.
    const w = chosenWho ?? roster.find((p) => p.name === card.who)?.id ?? card.who;
    const d: PromiseDue | null =
      chosenDue ??
      (card.due !== null
        ? { kind: 'day', day: card.due }
        : card.dueWords !== null
          ? { kind: 'next-meeting' }
          : null);
    setWho(w);
    setDue(d);
    onTap({ type: 'outcome', cardId: card.cardId, title: card.title, outcome: 'promised', who: w, due: d });
  };

  return (
    <li className={`agenda-card${card.outcome ? ` outcome-${card.outcome}` : ''}`}>
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>{card.title}</h3>
        {card.detail ? <p className="card-detail">{card.detail}</p> : null}
        {card.source === 'school' ? <p className="card-detail">A topic the school raised.</p> : null}
        <p className="card-summary">
          {cardSummary(card, dueLine)}
          {stamp ? <span className="stamp"> (at {stamp} in the recording)</span> : null}
          {card.outcome !== null && addedBy ? (
            <span className="added-by">{addedByWords(addedBy)}</span>
          ) : null}
        </p>
        {mayTap ? (
          <>
            <div className="outcome-buttons" role="group" aria-label={`What was decided: ${card.title}`}>
              {OUTCOME_BUTTONS.map((b, i) => (
                <button
                  key={b.outcome}
                  ref={i === 0 ? firstRef : undefined}
                  type="button"
                  className="outcome-button"
                  aria-pressed={card.outcome === b.outcome}
                  aria-label={`${b.label}: ${card.title}`}
                  onClick={() => mark(b.outcome)}
                >
                  {b.label}
                </button>
              ))}
            </div>
            {card.outcome === 'promised' && (changing || !promiseDone) ? (
              <PromiseForm card={card} roster={roster} who={who} dueNow={due} onChoose={promise} />
            ) : null}
            {card.outcome === 'promised' && promiseDone ? (
              <button
                type="button"
                className="secondary"
                aria-expanded={changing}
                aria-label={`${changing ? 'Done changing' : 'Change who or when'}: ${card.title}`}
                onClick={() => setChanging((c) => !c)}
              >
                {changing ? 'Done changing' : 'Change who or when'}
              </button>
            ) : null}
            {card.outcome !== null && CAN_ASK_PWN.has(card.outcome) ? (
              card.pwnQueued ? (
                <div className="pwn-queued">
                  <p>
                    A request for Prior Written Notice (Notice of Action) is ready to go with your follow-up.
                  </p>
                  <button
                    type="button"
                    ref={undoRef}
                    className="secondary"
                    aria-label={`Undo the request: ${card.title}`}
                    onClick={() => {
                      setFocusTo('pwn');
                      onTap({ type: 'pwn', cardId: card.cardId, queued: false });
                    }}
                  >
                    Undo the request
                  </button>
                </div>
              ) : (
                <button
                  type="button"
                  ref={pwnRef}
                  className="pwn-button"
                  aria-label={`Ask for Prior Written Notice (Notice of Action): ${card.title}`}
                  onClick={() => {
                    setFocusTo('undo');
                    onTap({ type: 'pwn', cardId: card.cardId, queued: true });
                  }}
                >
                  Ask for Prior Written Notice (Notice of Action)
                </button>
              )
            ) : null}
            {card.outcome !== null ? (
              <button
                type="button"
                className="clear-outcome"
                aria-label={`Clear what I marked: ${card.title}`}
                onClick={() => {
                  setFocusTo('first');
                  onTap({ type: 'clear-outcome', cardId: card.cardId });
                }}
              >
                Clear what I marked
              </button>
            ) : null}
          </>
        ) : null}
      </article>
    </li>
  );
}
