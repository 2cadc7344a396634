import type { SaveProblem, SaveState } from '../hooks/useLetterDraft';

const WORDS: Record<SaveState, string> = {
  idle: '',
  waiting: '',
  saving: '',
  saved: 'Saved',
  retrying: 'Not saved yet, will retry. Your answers are kept on this device.',
  refused: '',
};

/**
 * A polite live region: announces "Saved" and save trouble, but not every keystroke's "saving". A refused save
 * says which question and why, in the question's own words, and that the text is kept on this device.
 */
export function SaveStatus({ state, problems }: { state: SaveState; problems: SaveProblem[] }) {
  return (
    <div role="status" className={`save-status save-${state}`}>
      {state === 'refused' ? (
        <>
          <p>
            <strong>Not saved.</strong> Your text is kept on this device. Fix this, and it will be saved:
          </p>
          <ul>
            {problems.map((p) => (
              <li key={`${p.questionId ?? ''}-${p.message}`}>{p.message}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{WORDS[state]}</p>
      )}
    </div>
  );
}
