import type { EntryAuthor } from '@iep/core/contract';

/** "Added by Aunt Rosa (guest)", "Added by Sam": the mark beside a note or a tap someone else added. */
export function addedByWords(author: EntryAuthor | null | undefined): string {
  if (!author || author.kind === 'owner') return '';
  return `Added by ${author.name}${author.kind === 'guest' ? ' (guest)' : ''}`;
}
