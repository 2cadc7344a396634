import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { SegmentView, SpeakerView } from '@iep/core';
import { clockOf } from '../lib/transcript-time';

export interface SegmentChange {
  text?: string;
  speaker?: string;
}

interface Props {
  seg: SegmentView;
  index: number;
  speakers: SpeakerView[];
  onSave: (change: SegmentChange) => Promise<boolean>;
  onCancel: () => void;
}

/** Fix the words of one part or say someone else said it. Only what changed is sent. */
export function SegmentEditor({ seg, index, speakers, onSave, onCancel }: Props) {
  const [text, setText] = useState(seg.text);
  const [speaker, setSpeaker] = useState(seg.speaker ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  const id = `segment-${index}-edit`;

  useEffect(() => {
    box.current?.focus();
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const change: SegmentChange = {};
    if (text.trim() !== seg.text.trim()) change.text = text.trim();
    if (speaker && speaker !== seg.speaker) change.speaker = speaker;
    if (change.text === '') {
      setError('Type what was said. To hide a part, move it to another speaker instead.');
      return;
    }
    if (change.text === undefined && change.speaker === undefined) {
      onCancel();
      return;
    }
    setBusy(true);
    setError('');
    const ok = await onSave(change);
    setBusy(false);
    if (!ok) setError('This change was not saved. Try again.');
  };

  return (
    <form className="panel segment-editor" onSubmit={(e) => void submit(e)}>
      <div className={error ? 'field has-error' : 'field'}>
        <label htmlFor={`${id}-text`}>What was said at {clockOf(seg.start)}</label>
        {error ? (
          <p id={`${id}-error`} className="field-error">
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        ) : null}
        <textarea
          ref={box}
          id={`${id}-text`}
          value={text}
          rows={3}
          maxLength={5000}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      {speakers.length > 0 ? (
        <div className="field">
          <label htmlFor={`${id}-speaker`}>Who said it</label>
          <select id={`${id}-speaker`} value={speaker} onChange={(e) => setSpeaker(e.target.value)}>
            {seg.speaker === null ? <option value="">Unknown speaker</option> : null}
            {speakers.map((s) => (
              <option key={s.label} value={s.label}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="actions">
        <button type="submit" disabled={busy}>
          Save this part
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
