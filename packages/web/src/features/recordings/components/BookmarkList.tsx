import type { Bookmark, BookmarkKind } from '@iep/core/contract';
import { useState } from 'react';
import { CollapsibleList } from '../../../components/CollapsibleList';
import { EmptyState } from '../../../components/EmptyState';
import { bookmarkLabel, clockText } from '../lib/recording-time';
import { BookmarkEditor } from './BookmarkEditor';

interface Props {
  bookmarks: Bookmark[];
  /** Where the player is: "Add a bookmark here" marks this moment. */
  positionMs: number;
  onPlay: (ms: number) => void;
  /** Each of these is absent when the member's role may not do it, and its button is then not shown. */
  onAdd?: (atMs: number, kind: BookmarkKind, note: string) => Promise<void>;
  onSave?: (b: Bookmark, kind: BookmarkKind, note: string) => Promise<void>;
  onDelete?: (b: Bookmark) => Promise<void>;
  onClip?: (b: Bookmark) => void;
}

const ADD_ID = 'bookmark-add';
const editId = (b: Bookmark) => `bookmark-edit-${b.id}`;
/** After a form closes, focus goes back to the button that opened it (after React has drawn the list again). */
const focusLater = (id: string) => window.setTimeout(() => document.getElementById(id)?.focus(), 0);

/**
 * The recording's bookmarks: the first few and "Show all", each with Play, Clip and Change. There is one form,
 * opened on demand: "Add a bookmark here" (at the play position) or a bookmark's "Change".
 */
export function BookmarkList({ bookmarks, positionMs, onPlay, onAdd, onSave, onDelete, onClip }: Props) {
  // 'new', a bookmark's id, or null: which form is open (never more than one).
  const [editing, setEditing] = useState<string | null>(null);
  const [addAt, setAddAt] = useState(0);
  const close = (returnTo: string) => {
    setEditing(null);
    focusLater(returnTo);
  };

  return (
    <section aria-labelledby="bookmarks-heading">
      <h2 id="bookmarks-heading">Bookmarks</h2>
      {onAdd ? (
        editing === 'new' ? (
          <BookmarkEditor
            title={`Add a bookmark at ${clockText(addAt)}`}
            kind="note"
            note=""
            onCancel={() => close(ADD_ID)}
            onSave={async (kind, note) => {
              await onAdd(addAt, kind, note);
              close(ADD_ID);
            }}
          />
        ) : (
          <p>
            <button
              id={ADD_ID}
              type="button"
              className="secondary"
              onClick={() => {
                setAddAt(Math.round(positionMs));
                setEditing('new');
              }}
            >
              Add a bookmark here ({clockText(positionMs)})
            </button>
          </p>
        )
      ) : null}
      {bookmarks.length === 0 ? (
        <EmptyState title="No bookmarks yet">
          <p>Bookmarks mark moments to find again, like when something was agreed.</p>
        </EmptyState>
      ) : (
        <CollapsibleList
          className="card-list bookmark-list"
          items={bookmarks}
          noun="bookmarks"
          itemKey={(b) => `${b.id}-${b.updatedAt}`}
          renderItem={(b) => {
            const name = `${bookmarkLabel(b.kind)} at ${clockText(b.atMs)}`;
            return (
              <div className="card bookmark">
                <h3>{name}</h3>
                {b.note ? <p>{b.note}</p> : null}
                {editing === b.id && onSave ? (
                  <BookmarkEditor
                    title={`Change ${name}`}
                    kind={b.kind}
                    note={b.note}
                    onCancel={() => close(editId(b))}
                    onSave={async (kind, note) => {
                      await onSave(b, kind, note);
                      close(editId(b));
                    }}
                  />
                ) : (
                  <div className="actions">
                    <button type="button" onClick={() => onPlay(b.atMs)}>
                      Play from {clockText(b.atMs)}
                    </button>
                    {onClip ? (
                      <button type="button" className="secondary" onClick={() => onClip(b)}>
                        Clip around this bookmark<span className="visually-hidden"> ({name})</span>
                      </button>
                    ) : null}
                    {onSave ? (
                      <button
                        id={editId(b)}
                        type="button"
                        className="secondary"
                        onClick={() => setEditing(b.id)}
                      >
                        Change<span className="visually-hidden"> {name}</span>
                      </button>
                    ) : null}
                    {onDelete ? (
                      <button type="button" className="danger" onClick={() => void onDelete(b)}>
                        Delete<span className="visually-hidden"> {name}</span>
                      </button>
                    ) : null}
                  </div>
                )}
              </div>
            );
          }}
        />
      )}
    </section>
  );
}
