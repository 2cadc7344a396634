import type { NoticeCheckBody } from '@iep/core/contract';

// Words of the "Check this notice" panel, kept out of the component so they are tested.

const enc = encodeURIComponent;

/** "5 of the 7 parts were found. 2 could not be found." */
export function noticeSummary(check: Pick<NoticeCheckBody, 'elements' | 'missing'>): string {
  const found = check.elements.length - check.missing.length;
  if (check.missing.length === 0) return `All ${check.elements.length} parts were found in this notice.`;
  const missing = check.missing.length;
  return `${found} of the ${check.elements.length} parts were found. ${missing} could not be found.`;
}

/** The whole check as one text to read aloud. */
export function noticeReadAloud(check: NoticeCheckBody): string {
  const lines = check.elements.map((e) =>
    e.found
      ? `${e.n}. ${e.name}: found${e.page ? ` on page ${e.page}` : ''}. ${e.quote ?? ''}`
      : `${e.n}. ${e.name}: not found.${e.note ? ` ${e.note}` : ''}`,
  );
  return [noticeSummary(check), ...lines, check.timing.words].join(' ');
}

/** The review step of the letter that asks for the missing parts (no meeting). */
export function noticeLetterHref(caseId: string): string {
  return `/cases/${enc(caseId)}/letters/notice-missing-parts?step=review`;
}
