import { useState } from 'react';

/** A new card for a topic the school raised. */
export function AddTopic({ onAdd }: { onAdd: (title: string) => void }) {
  const [title, setTitle] = useState('');
  return (
    <form
      className="inline-form add-topic"
      onSubmit={(e) => {
        e.preventDefault();
        if (!title.trim()) return;
        onAdd(title.trim().slice(0, 300));
        setTitle('');
      }}
    >
      <label htmlFor="new-topic">A topic the school raised</label>
      <input
        id="new-topic"
        type="text"
        value={title}
        maxLength={300}
        autoComplete="off"
        onChange={(e) => setTitle(e.target.value)}
      />
      <button type="submit" className="secondary">
        Add a card
      </button>
    </form>
  );
}
