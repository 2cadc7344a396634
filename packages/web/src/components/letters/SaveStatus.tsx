import type { SaveState } from './useLetterDraft';

const WORDS: Record<SaveState, string> = {
  idle: '',
  waiting: '',
  saving: '',
  saved: 'Saved',
  retrying: 'Not saved yet, will retry. Your answers are kept on this device.',
  refused: '',
};

/** A polite live region: announces "Saved" and save trouble, but not every keystroke's "saving". */
export function SaveStatus({ state, error }: { state: SaveState; error: string }) {
  const text = state === 'refused' ? `Not saved: ${error}` : WORDS[state];
  return (
    <p role="status" className={`save-status save-${state}`}>
      {text}
    </p>
  );
}
