import { recipientParts, type Letter, type LetterKind, type Recipient } from '@iep/core';
import type { LetterFormat } from '@iep/core/contract';
import { slug } from '../documents/dates-and-names.js';

// What the DOCX and PDF renderers share: the letterhead, the address block, the signature, the file name.
// Kept here so the two formats say the same thing in the same order.

/**
 * Why an email file cannot be made; the message says what to add. Lives here, not beside the .eml renderer, so
 * that catching it does not load nodemailer when the server starts.
 */
export class EmailNotPossibleError extends Error {
  override name = 'EmailNotPossibleError';
}

export const CONTENT_TYPES: Record<LetterFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain; charset=utf-8',
  eml: 'message/rfc822',
};

/** The sender's name, then address, phone and email, each on its own line when given. */
export function senderLines(letter: Letter): string[] {
  const { name, address, phone, email } = letter.sender;
  return [name, address, phone, email].filter((s): s is string => s !== undefined && s.trim() !== '');
}

/**
 * One recipient as address lines: name, title or role, organization (each said once), then the email when there is
 * one. How to reach someone without an email is for the parent (the notes), never printed in the address block.
 */
export function recipientLines(r: Recipient): string[] {
  const lines = recipientParts(r);
  if (hasEmail(r)) lines.push(r.email ?? '');
  return lines;
}

export function hasEmail(r: Recipient): boolean {
  return r.email !== undefined && r.email.trim() !== '';
}

/** "Cc: Name, title, org" for the end of the letter. */
export function ccLine(letter: Letter): string | null {
  if (letter.cc.length === 0) return null;
  return `Cc: ${letter.cc.map((r) => recipientParts(r).join(', ')).join('; ')}`;
}

/** "2026-11-23-recording-notice-jordan-rivera.pdf"; the notes page adds "-notes-for-you". */
export function letterFileName(
  letter: Pick<Letter, 'date' | 'kind'>,
  studentName: string,
  format: LetterFormat,
  suffix = '',
): string {
  const who = slug(studentName);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(letter.date) ? letter.date : 'undated';
  return `${date}-${slug(letter.kind satisfies LetterKind)}${who === '' ? '' : `-${who}`}${suffix}.${format}`;
}
