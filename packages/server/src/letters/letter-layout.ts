import type { Letter, LetterBlock, LetterKind, Recipient } from '@iep/core';
import { DateTime } from 'luxon';

// What the DOCX and PDF renderers share: the letterhead, the address block, the signature, the file name.
// Kept here so the two formats say the same thing in the same order.

/**
 * Why an email file cannot be made; the message says what to add. Lives here, not beside the .eml renderer, so
 * that catching it does not load nodemailer when the server starts.
 */
export class EmailNotPossibleError extends Error {
  override name = 'EmailNotPossibleError';
}

export type LetterFormat = 'pdf' | 'docx' | 'txt' | 'eml';
export const LETTER_FORMATS: readonly LetterFormat[] = ['pdf', 'docx', 'txt', 'eml'];

export const CONTENT_TYPES: Record<LetterFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain; charset=utf-8',
  eml: 'message/rfc822',
};

/** "November 23, 2026" for the letter's YYYY-MM-DD date (a calendar date: no zone is involved). */
export function humanLetterDate(date: string): string {
  const dt = DateTime.fromISO(date, { zone: 'UTC' });
  return dt.isValid ? dt.toFormat('LLLL d, yyyy') : date;
}

/**
 * The instant stored as the document's creation date: noon UTC of the letter date, so every viewer between
 * UTC-12 and UTC+11 shows the letter's own date, and the same letter always gives the same metadata.
 */
export function letterInstant(date: string): Date {
  const dt = DateTime.fromISO(`${date}T12:00:00`, { zone: 'UTC' });
  return dt.isValid ? dt.toJSDate() : new Date(0);
}

/** The sender's name, then address, phone and email, each on its own line when given. */
export function senderLines(letter: Letter): string[] {
  const { name, address, phone, email } = letter.sender;
  return [name, address, phone, email].filter((s): s is string => s !== undefined && s.trim() !== '');
}

const NO_EMAIL_NOTE = 'No email on file: deliver by hand or by mail';

/** One recipient as address lines: name, title or role, organization, then email (or how to deliver). */
export function recipientLines(r: Recipient): string[] {
  const lines = [r.name];
  const what = r.title ?? r.role;
  if (what !== undefined && what !== '') lines.push(what);
  if (r.organizationName !== undefined && r.organizationName !== '') lines.push(r.organizationName);
  lines.push(r.email !== undefined && r.email !== '' ? r.email : `(${NO_EMAIL_NOTE})`);
  return lines;
}

export function hasEmail(r: Recipient): boolean {
  return r.email !== undefined && r.email.trim() !== '';
}

/** Everyone the letter goes to (To and Cc) who has no email address. */
export function recipientsWithoutEmail(letter: Letter): Recipient[] {
  return [...letter.to, ...letter.cc].filter((r) => !hasEmail(r));
}

/** The letter's own warnings, plus one when someone on it cannot be reached by email. */
export function previewWarnings(letter: Letter): string[] {
  const missing = recipientsWithoutEmail(letter);
  if (missing.length === 0) return [...letter.warnings];
  const names = missing.map((r) => r.name).join(', ');
  return [
    ...letter.warnings,
    `We have no email address for ${names}. The email file will not reach them: give or mail them a printed copy, and keep a note of how and when you did.`,
  ];
}

/** "Cc: Name, title (org)" lines for the end of the letter. */
export function ccLine(letter: Letter): string | null {
  if (letter.cc.length === 0) return null;
  return `Cc: ${letter.cc
    .map((r) => [r.name, r.title ?? r.role, r.organizationName].filter((s) => s).join(', '))
    .join('; ')}`;
}

export function citationLine(item: Extract<LetterBlock, { type: 'citations' }>['items'][number]): string {
  return `${item.citation} (${item.confidence}; ${item.kind === 'law' ? 'law' : 'good practice, not law'})`;
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

/** "2026-11-23-recording-notice-jordan-rivera.pdf" */
export function letterFileName(
  letter: Pick<Letter, 'date' | 'kind'>,
  studentName: string,
  format: LetterFormat,
): string {
  const who = slug(studentName);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(letter.date) ? letter.date : 'undated';
  return `${date}-${slug(letter.kind satisfies LetterKind)}${who === '' ? '' : `-${who}`}.${format}`;
}
