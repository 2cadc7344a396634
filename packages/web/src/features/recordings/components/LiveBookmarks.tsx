import type { BookmarkKind } from '@iep/core/contract';
import { useState } from 'react';
import { BOOKMARK_BUTTONS } from '../lib/recording-time';

interface Props {
  onMark: (kind: BookmarkKind, note: string) => void;
}

/** Big buttons that stamp a moment of the meeting, and a typed note. */
export function LiveBookmarks({ onMark }: Props) {
  const [note, setNote] = useState('');
  return (
    <section aria-labelledby="live-bookmarks-heading">
      <h2 id="live-bookmarks-heading">Mark this moment</h2>
      <div className="bookmark-buttons">
        {BOOKMARK_BUTTONS.map((k) => (
          <button key={k.kind} type="button" className="big-button" onClick={() => onMark(k.kind, '')}>
            {k.label}
          </button>
        ))}
      </div>
      <form
        className="note-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!note.trim()) return;
          onMark('note', note.trim());
          setNote('');
        }}
      >
        <label htmlFor="live-note">Note about this moment</label>
        <input
          id="live-note"
          type="text"
          value={note}
          maxLength={2000}
          onChange={(e) => setNote(e.target.value)}
        />
        <button type="submit">Add the note</button>
      </form>
    </section>
  );
}
