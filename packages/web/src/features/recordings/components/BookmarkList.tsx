import { BOOKMARK_KINDS, type Bookmark, type BookmarkKind } from '@iep/core/contract';
import { useState } from 'react';
import { BOOKMARK_LABELS, bookmarkLabel, clockText } from '../lib/recording-time';

interface Props {
  bookmarks: Bookmark[];
  onPlay: (ms: number) => void;
  onSave: (b: Bookmark, kind: BookmarkKind, note: string) => Promise<void>;
  onDelete: (b: Bookmark) => Promise<void>;
  onClip: (b: Bookmark) => void;
}

const KINDS = BOOKMARK_KINDS.map((kind) => ({ kind, label: BOOKMARK_LABELS[kind] }));

function Row({ b, onPlay, onSave, onDelete, onClip }: Omit<Props, 'bookmarks'> & { b: Bookmark }) {
  const [kind, setKind] = useState<BookmarkKind>(b.kind);
  const [note, setNote] = useState(b.note);
  const name = `${bookmarkLabel(b.kind)} at ${clockText(b.atMs)}`;
  return (
    <li className="card bookmark">
      <h3>{name}</h3>
      <div className="actions">
        <button type="button" onClick={() => onPlay(b.atMs)}>
          Play from {clockText(b.atMs)}
        </button>
        <button type="button" className="secondary" onClick={() => onClip(b)}>
          Clip around this bookmark<span className="visually-hidden"> ({name})</span>
        </button>
      </div>
      <div className="field">
        <label htmlFor={`kind-${b.id}`}>Kind</label>
        <select id={`kind-${b.id}`} value={kind} onChange={(e) => setKind(e.target.value as BookmarkKind)}>
          {KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`note-${b.id}`}>Note</label>
        <input
          id={`note-${b.id}`}
          type="text"
          value={note}
          maxLength={2000}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <div className="actions">
        <button type="button" onClick={() => void onSave(b, kind, note)}>
          Save<span className="visually-hidden"> {name}</span>
        </button>
        <button type="button" className="danger" onClick={() => void onDelete(b)}>
          Delete<span className="visually-hidden"> {name}</span>
        </button>
      </div>
    </li>
  );
}

export function BookmarkList(props: Props) {
  return (
    <section aria-labelledby="bookmarks-heading">
      <h2 id="bookmarks-heading">Bookmarks</h2>
      {props.bookmarks.length === 0 ? <p>No bookmarks yet.</p> : null}
      <ul className="card-list bookmark-list">
        {props.bookmarks.map((b) => (
          <Row key={`${b.id}-${b.updatedAt}`} b={b} {...props} />
        ))}
      </ul>
    </section>
  );
}
