import { CollapsibleList } from '../../../components/CollapsibleList';
import { EmptyState } from '../../../components/EmptyState';
import type { ItemPatchBody, TranscriptItem } from '@iep/core/contract';
import { plainDate } from '@iep/core';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { groupItems, ITEM_KIND_HEADINGS } from '../lib/transcript-roster';
import { clockOf } from '../lib/transcript-time';
import { ItemEditor } from './ItemEditor';
import { OUTCOME_WORDS } from '../../../lib/labels';

interface Props {
  items: TranscriptItem[] | null;
  error: string;
  busy: boolean;
  letterHref: string;
  planHref: string;
  onPlay: (sec: number) => void;
  /** Absent when the member's role may not change the items: they are shown to read, with no buttons. */
  onUpdate?: ((item: TranscriptItem, patch: ItemPatchBody) => Promise<boolean>) | undefined;
  onExtract?: (() => void) | undefined;
}

const STATUS_WORDS: Record<TranscriptItem['status'], string> = {
  suggested: 'Found by the program. Please check it.',
  confirmed: 'You confirmed this.',
  dropped: 'You dropped this. It stays out of letters and the plan.',
};

function ItemRow({ item, onPlay, onUpdate }: Pick<Props, 'onPlay' | 'onUpdate'> & { item: TranscriptItem }) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const short = item.text.length > 60 ? `${item.text.slice(0, 57)}…` : item.text;
  const close = () => {
    setEditing(false);
    editButton.current?.focus();
  };
  // Confirm and Drop remove their own button: keep keyboard focus in the item, on its Edit button.
  const [failed, setFailed] = useState(false);
  const act = async (patch: ItemPatchBody) => {
    const ok = (await onUpdate?.(item, patch)) ?? false;
    setFailed(!ok);
    if (ok) editButton.current?.focus();
  };
  return (
    <div className={`card item item-${item.status}`}>
      <p className="item-text">{item.text}</p>
      {item.tap ? (
        <p className="item-tap">
          Matches your tap: {OUTCOME_WORDS[item.tap.outcome]}, {item.tap.title}
        </p>
      ) : null}
      <dl className="facts">
        {item.who ? (
          <>
            <dt>Who</dt>
            <dd>{item.who}</dd>
          </>
        ) : null}
        {item.due ? (
          <>
            <dt>By when</dt>
            <dd>{plainDate(item.due)}</dd>
          </>
        ) : null}
        <dt>Status</dt>
        <dd>{STATUS_WORDS[item.status]}</dd>
      </dl>
      {item.kind === 'refusal' ? (
        <p className="notice">
          When the school says no, you can ask for the reason in writing. This is called Prior Written Notice.
          In Missouri it is called a Notice of Action.
        </p>
      ) : null}
      <div className="actions">
        {item.start !== null ? (
          <button
            type="button"
            className="secondary"
            onClick={() => item.start !== null && onPlay(item.start)}
          >
            Hear it at {clockOf(item.start)}
          </button>
        ) : null}
        {onUpdate && item.status !== 'confirmed' ? (
          <button type="button" onClick={() => void act({ status: 'confirmed' })}>
            Confirm<span className="visually-hidden">: {short}</span>
          </button>
        ) : null}
        {onUpdate ? (
          <>
            <button
              ref={editButton}
              type="button"
              className="secondary"
              aria-expanded={editing}
              onClick={() => setEditing(!editing)}
            >
              Edit<span className="visually-hidden">: {short}</span>
            </button>
            {item.status !== 'dropped' ? (
              <button type="button" className="danger" onClick={() => void act({ status: 'dropped' })}>
                Drop<span className="visually-hidden">: {short}</span>
              </button>
            ) : (
              <button type="button" className="secondary" onClick={() => void act({ status: 'suggested' })}>
                Bring back<span className="visually-hidden">: {short}</span>
              </button>
            )}
          </>
        ) : null}
      </div>
      {failed ? <p className="field-error">This was not saved. Try again.</p> : null}
      {editing && onUpdate ? (
        <ItemEditor
          item={item}
          onCancel={close}
          onSave={async (patch) => {
            const ok = await onUpdate(item, patch);
            if (ok) close();
            return ok;
          }}
        />
      ) : null}
    </div>
  );
}

/** What was promised, refused, agreed and left open: found by the program, checked by the parent. */
export function ItemsPanel({ items, error, busy, letterHref, planHref, onPlay, onUpdate, onExtract }: Props) {
  const groups = items ? groupItems(items) : [];
  return (
    <section aria-labelledby="items-heading" id="items">
      <h2 id="items-heading">What was promised, refused, agreed, and left open</h2>
      <p>
        The program looked through the transcript and your bookmarks for these. Confirm the ones that are
        right, fix or drop the rest. Confirmed items go into your{' '}
        <Link className="rec-link" to={letterHref}>
          follow-up letter
        </Link>
        , and promises with a date go on your{' '}
        <Link className="rec-link" to={planHref}>
          plan
        </Link>
        .
      </p>
      {error ? <p className="notice error">{error}</p> : null}
      {items === null && !error ? <p className="loading">Loading the items…</p> : null}
      {items?.length === 0 ? <EmptyState title="Nothing found yet" /> : null}
      {groups.map((g) => (
        <section key={g.kind} aria-labelledby={`items-${g.kind}`}>
          <h3 id={`items-${g.kind}`}>
            {ITEM_KIND_HEADINGS[g.kind]} <span className="count">({g.items.length})</span>
          </h3>
          <CollapsibleList
            className="card-list"
            items={g.items}
            noun="items"
            itemKey={(item) => item.id}
            renderItem={(item) => <ItemRow item={item} onPlay={onPlay} onUpdate={onUpdate} />}
          />
        </section>
      ))}
      {onExtract ? (
        <button type="button" className="secondary" disabled={busy} onClick={onExtract}>
          Look through the transcript again
        </button>
      ) : null}
    </section>
  );
}
