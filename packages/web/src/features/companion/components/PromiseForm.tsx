import type { CompanionCard, PromiseDue } from '@iep/core/contract';
import { useId, useState } from 'react';
import { DUE_CHOICES } from '../lib/companion-time';

interface Props {
  card: CompanionCard;
  roster: readonly { id: string; name: string; role: string }[];
  /** The roster id or typed name chosen so far (the fold holds names; the tap sends ids). */
  who: string | null;
  onChoose: (who: string | null, due: PromiseDue | null) => void;
  dueNow: PromiseDue | null;
}

/** "Who?" (the roster, one tap, or a typed name) and "By when?" (today + N days, a date, the next meeting). */
export function PromiseForm({ card, roster, who, dueNow, onChoose }: Props) {
  const base = useId();
  const [name, setName] = useState('');
  const [day, setDay] = useState('');
  const chosenName = roster.find((p) => p.id === who)?.name ?? who;
  const sameDue = (d: PromiseDue) => JSON.stringify(d) === JSON.stringify(dueNow);
  return (
    <div className="promise-form">
      <div role="group" aria-labelledby={`${base}-who`}>
        <h4 id={`${base}-who`}>Who?</h4>
        <div className="chips">
          {roster.map((p) => (
            <button
              key={p.id}
              type="button"
              className="chip"
              aria-pressed={who === p.id || card.who === p.name}
              onClick={() => onChoose(p.id, dueNow)}
            >
              <span>{p.name}</span>
              <span className="chip-role">{p.role}</span>
            </button>
          ))}
        </div>
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!name.trim()) return;
            onChoose(name.trim(), dueNow);
            setName('');
          }}
        >
          <label htmlFor={`${base}-name`}>Someone else</label>
          <input
            id={`${base}-name`}
            type="text"
            value={name}
            maxLength={200}
            autoComplete="off"
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="secondary">
            Use this name
          </button>
        </form>
        {chosenName ? <p className="chosen">Who: {chosenName}</p> : null}
      </div>
      <div role="group" aria-labelledby={`${base}-when`}>
        <h4 id={`${base}-when`}>By when?</h4>
        <div className="chips">
          {DUE_CHOICES.map((c) => (
            <button
              key={c.label}
              type="button"
              className="chip"
              aria-pressed={sameDue(c.due)}
              onClick={() => onChoose(who, c.due)}
            >
              {c.label}
            </button>
          ))}
        </div>
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return;
            onChoose(who, { kind: 'day', day });
          }}
        >
          <label htmlFor={`${base}-day`}>A date</label>
          <input id={`${base}-day`} type="date" value={day} onChange={(e) => setDay(e.target.value)} />
          <button type="submit" className="secondary">
            Use this date
          </button>
        </form>
      </div>
    </div>
  );
}
