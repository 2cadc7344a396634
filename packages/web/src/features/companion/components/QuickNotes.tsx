import type { CompanionAction, CompanionNote, EntryAuthor } from '@iep/core/contract';
import { useState } from 'react';
import { EmptyState } from '../../../components/EmptyState';
import { durationWords, recordingStamp } from '../lib/companion-time';
import { addedByWords } from '../../guests/lib/added-by';

interface Props {
  notes: CompanionNote[];
  /** Who added the notes someone else added (a member, a guest at the table), by entry id. */
  addedBy?: Record<string, EntryAuthor>;
  /** The recording's position now, or null when nothing is recording (a voice note needs the recording). */
  recordingAt: () => number | null;
  recording: boolean;
  onTap: (action: CompanionAction, atMs?: number | null) => void;
  /** False for a member who may only read (a viewer): the notes, with no form. */
  mayTap?: boolean;
}

/** A typed note and a voice note, each stamped with the recording time; the list of notes so far. */
export function QuickNotes({ notes, addedBy = {}, recordingAt, recording, onTap, mayTap = true }: Props) {
  const [text, setText] = useState('');
  const [voiceFrom, setVoiceFrom] = useState<{ atMs: number; startedMs: number } | null>(null);
  return (
    <section aria-labelledby="notes-heading" className="companion-section">
      <h2 id="notes-heading">Quick notes</h2>
      {mayTap ? (
        <>
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (!text.trim()) return;
              onTap({ type: 'note', text: text.trim().slice(0, 2000) });
              setText('');
            }}
          >
            <label htmlFor="companion-note">Your note</label>
            <textarea
              id="companion-note"
              rows={2}
              value={text}
              maxLength={2000}
              onChange={(e) => setText(e.target.value)}
            />
            <button type="submit">Save the note</button>
          </form>
          {recording ? (
            <div className="voice-note">
              {voiceFrom === null ? (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => {
                    const atMs = recordingAt();
                    if (atMs !== null) setVoiceFrom({ atMs, startedMs: Date.now() });
                  }}
                >
                  Start a voice note
                </button>
              ) : (
                <button
                  type="button"
                  onClick={() => {
                    onTap(
                      { type: 'voice-note', durationMs: Math.min(600_000, Date.now() - voiceFrom.startedMs) },
                      voiceFrom.atMs,
                    );
                    setVoiceFrom(null);
                  }}
                >
                  End the voice note
                </button>
              )}
              <p className="hint">
                Say your note out loud near the phone. It marks that part of the recording. Its words come
                from the transcript later.
              </p>
            </div>
          ) : null}
        </>
      ) : null}
      {notes.length > 0 ? (
        <ul className="note-list">
          {notes.map((n) => (
            <li key={n.entryId}>
              {n.voice ? `Voice note, ${durationWords(n.durationMs ?? 0)}` : n.text}
              {n.atMs !== null ? (
                <span className="stamp"> (at {recordingStamp(n.atMs)} in the recording)</span>
              ) : null}
              {addedBy[n.entryId] ? (
                <span className="added-by">{addedByWords(addedBy[n.entryId])}</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title="No notes yet" />
      )}
    </section>
  );
}
