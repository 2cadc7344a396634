import type { CompanionOutcome, GuestCompanion } from '@iep/core/contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../api/client';
import { PageHeading } from '../../../components/PageHeading';
import { StatusMessage } from '../../../components/StatusMessage';
import { OUTCOME_WORDS } from '../../../lib/labels';
import { guestsApi } from '../api/guests';
import { addedByWords } from '../lib/added-by';
import '../guests.css';

// The page a support person at the table opens: type the code and a name, then add notes and mark what the team
// decided, in big buttons. Everything they add goes into the parent's meeting notes with their name.

const BUTTONS: { outcome: CompanionOutcome; label: string }[] = [
  { outcome: 'agreed', label: 'Agreed' },
  { outcome: 'refused', label: 'Said no' },
  { outcome: 'proposed', label: 'School suggested' },
  { outcome: 'tabled', label: 'Put off' },
];

const failed = (e: unknown) =>
  e instanceof ApiError ? e.message : 'That did not work. Check your connection and try again.';

const newEntry = (action: GuestEntryAction) => ({
  id: crypto.randomUUID(),
  seq: 0,
  at: new Date().toISOString(),
  atMs: null,
  session: 0,
  action,
});
type GuestEntryAction =
  | { type: 'note'; text: string }
  | { type: 'outcome'; cardId: string; title: string; outcome: CompanionOutcome; who: null; due: null };

export function GuestPage() {
  const [view, setView] = useState<GuestCompanion | null>(null);
  const [checked, setChecked] = useState(false);
  const [ended, setEnded] = useState('');
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  // Whether this page had a working guest session: a 401 then means "your access ended", said in plain words.
  const joined = useRef(false);

  const refresh = useCallback(async () => {
    try {
      const fresh = await guestsApi.companion();
      joined.current = true;
      setView(fresh);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) {
        if (joined.current) setEnded(e.message);
        joined.current = false;
        setView(null);
      }
    } finally {
      setChecked(true);
    }
  }, []);

  useEffect(() => {
    const timer = window.setTimeout(() => void refresh(), 0);
    return () => window.clearTimeout(timer);
  }, [refresh]);

  useEffect(() => {
    if (view === null) return;
    // The parent's own notes show up here too, a few seconds later.
    const every = window.setInterval(() => void refresh(), 10_000);
    return () => window.clearInterval(every);
  }, [view, refresh]);

  const add = async (action: GuestEntryAction, said: string) => {
    if (!view) return;
    setBusy(true);
    setError('');
    try {
      await guestsApi.add(view.csrfToken, { entries: [newEntry(action)] });
      setMessage(said);
      await refresh();
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) {
        joined.current = false;
        setEnded(e.message);
        setView(null);
      } else setError(failed(e));
      return false;
    } finally {
      setBusy(false);
    }
  };

  if (!checked) return <p className="loading">Loading…</p>;

  if (view === null) {
    return (
      <div className="guest-page">
        <PageHeading>Add notes to a meeting</PageHeading>
        {ended ? (
          <p className="notice" role="alert">
            {ended}
          </p>
        ) : (
          <p>The parent gave you a code. Type it here with your name. You do not need an account.</p>
        )}
        {error ? (
          <p className="notice error" role="alert">
            {error}
          </p>
        ) : null}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!code.trim() || !name.trim()) {
              setError('Type the code and your name.');
              return;
            }
            setBusy(true);
            setError('');
            guestsApi.join({ code: code.trim(), name: name.trim() }).then(
              (answer) => {
                joined.current = true;
                setEnded('');
                setView(answer);
                setMessage(`Welcome, ${answer.guestName}. You can add notes now.`);
                setBusy(false);
              },
              (err: unknown) => {
                setError(failed(err));
                setBusy(false);
              },
            );
          }}
        >
          <div className="field">
            <label htmlFor="guest-code">The code</label>
            <input
              id="guest-code"
              type="text"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              placeholder="ABCD-2345"
              value={code}
              onChange={(e) => setCode(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="guest-name">Your name (the parent sees it beside your notes)</label>
            <input
              id="guest-name"
              type="text"
              autoComplete="name"
              maxLength={60}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </div>
          <button type="submit" disabled={busy}>
            Start adding notes
          </button>
        </form>
      </div>
    );
  }

  return (
    <div className="guest-page">
      <PageHeading>Meeting notes</PageHeading>
      <p>
        You are adding notes as <strong>{view.guestName}</strong>. The parent sees everything you add, with
        your name.
      </p>
      <StatusMessage message={message} />
      {error ? (
        <p className="notice error" role="alert">
          {error}
        </p>
      ) : null}
      <section aria-labelledby="guest-note-heading">
        <h2 id="guest-note-heading">Add a note</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const text = note.trim();
            if (!text) return;
            void add({ type: 'note', text: text.slice(0, 2000) }, 'Your note was added.').then((ok) => {
              if (ok) setNote('');
            });
          }}
        >
          <label htmlFor="guest-note">Your note</label>
          <textarea
            id="guest-note"
            rows={3}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <button type="submit" disabled={busy}>
            Add the note
          </button>
        </form>
      </section>
      {view.cards.length > 0 ? (
        <section aria-labelledby="guest-cards-heading">
          <h2 id="guest-cards-heading">What did the team decide?</h2>
          <ul className="guest-cards">
            {view.cards.map((card) => (
              <li key={card.cardId}>
                <h3>{card.title}</h3>
                <p>
                  {card.outcome === null ? 'Nothing marked yet.' : `${OUTCOME_WORDS[card.outcome]}.`}
                  {card.addedBy ? <span className="added-by">{addedByWords(card.addedBy)}</span> : null}
                </p>
                <div
                  className="guest-buttons"
                  role="group"
                  aria-label={`What the team decided about ${card.title}`}
                >
                  {BUTTONS.map((b) => (
                    <button
                      key={b.outcome}
                      type="button"
                      className={card.outcome === b.outcome ? '' : 'secondary'}
                      aria-pressed={card.outcome === b.outcome}
                      disabled={busy}
                      onClick={() =>
                        void add(
                          {
                            type: 'outcome',
                            cardId: card.cardId,
                            title: card.title,
                            outcome: b.outcome,
                            who: null,
                            due: null,
                          },
                          `Marked "${b.label}" for ${card.title}.`,
                        )
                      }
                    >
                      {b.label}
                    </button>
                  ))}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="guest-notes-heading">
        <h2 id="guest-notes-heading">Notes so far</h2>
        {view.notes.length === 0 ? (
          <p>No notes yet.</p>
        ) : (
          <ul className="note-list">
            {view.notes.map((n) => (
              <li key={n.entryId}>
                {n.text}
                {n.addedBy ? <span className="added-by">{addedByWords(n.addedBy)}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
