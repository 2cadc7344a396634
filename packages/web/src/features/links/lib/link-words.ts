import type { ClipWords } from '@iep/core/contract';

// Plain words for shared links, shared by the owner's pages and the public ones.

/** "March 3, 2027" in the reader's own time zone. */
export function dayText(iso: string): string {
  return new Date(iso).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' });
}

/** The clip's words as one text to read aloud: who spoke, then what they said. */
export function wordsToRead(title: string, words: readonly ClipWords[]): string {
  return [title, ...words.map((w) => `${w.speaker}: ${w.text}`)].join('\n');
}

export const STATE_WORDS = { active: 'Works', expired: 'Ended', revoked: 'Turned off' } as const;

/** "1 time", "3 times". */
export const timesText = (n: number) => `${n} ${n === 1 ? 'time' : 'times'}`;
