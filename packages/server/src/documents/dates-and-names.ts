import { DateTime } from 'luxon';

// The dates and file-name words every generated document (letters, transcript exports) uses.

/**
 * The instant stored as the document's creation date: noon UTC of the letter date, so every viewer between
 * UTC-12 and UTC+11 shows the letter's own date, and the same letter always gives the same metadata.
 */
export function letterInstant(date: string): Date {
  const dt = DateTime.fromISO(`${date}T12:00:00`, { zone: 'UTC' });
  return dt.isValid ? dt.toJSDate() : new Date(0);
}

/** Lowercase words joined by hyphens, only [a-z0-9-]: safe in any file system and in a header. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}
