import { createHash } from 'node:crypto';
import type { Letter, Recipient } from '@iep/core';
import MailComposer from 'nodemailer/lib/mail-composer';
import { EmailNotPossibleError, hasEmail } from './letter-layout.js';
import { letterInstant } from '../documents/dates-and-names.js';

export { EmailNotPossibleError };

// The letter as an email file (.eml, RFC 5322) the parent opens in their mail program and sends. The body is
// the plain-text letter; the letter's PDF is ALWAYS attached (a fixed, printable copy the school can file, and
// the copy whose hash the paper trail keeps), whether or not the letter mentions other attachments.
// "X-Unsent: 1" makes Outlook and others open it as a draft ready to send rather than as a received message.

const address = (r: { name: string; email?: string }) => ({ name: r.name, address: r.email ?? '' });

export interface EmlParts {
  /** The plain-text letter (letterToText). */
  text: string;
  /** The letter as a PDF, attached under `pdfName`. */
  pdf: Buffer;
  pdfName: string;
}

/** The .eml bytes. Message-ID and MIME boundaries come from a hash of the content, so the same letter gives
 * the same bytes. Throws EmailNotPossibleError when the parent or every recipient lacks an email address. */
export async function renderEml(letter: Letter, parts: EmlParts): Promise<Buffer> {
  if (letter.sender.email === undefined || letter.sender.email.trim() === '') {
    throw new EmailNotPossibleError(
      'Add your email address to the case (Parents) to make an email file. You can still download the PDF or Word file.',
    );
  }
  // When no addressee has an email (a DESE child complaint goes by mail or fax) but someone on copy does (the
  // district, who must get a copy at the same time), the email goes to them; the preview warns about the rest.
  const toWithEmail = letter.to.filter(hasEmail);
  const ccWithEmail = letter.cc.filter(hasEmail);
  const to = toWithEmail.length > 0 ? toWithEmail : ccWithEmail;
  const cc = toWithEmail.length > 0 ? ccWithEmail : [];
  if (to.length === 0) {
    throw new EmailNotPossibleError(
      'No one this letter goes to has an email address. Add one to the team member, or send the PDF by hand or mail.',
    );
  }
  const digest = createHash('sha256')
    .update(parts.text)
    .update(parts.pdf)
    .update(JSON.stringify([letter.to, letter.cc, letter.subject, letter.date]))
    .digest('hex');
  const senderDomain = letter.sender.email.split('@')[1] ?? 'iep-ready.invalid';
  const composer = new MailComposer({
    from: address(letter.sender),
    to: to.map((r: Recipient) => address(r)),
    ...(cc.length > 0 ? { cc: cc.map((r: Recipient) => address(r)) } : {}),
    subject: letter.subject,
    date: letterInstant(letter.date),
    messageId: `<${digest.slice(0, 32)}@${senderDomain}>`,
    baseBoundary: digest.slice(32, 48),
    headers: { 'X-Unsent': '1' },
    text: parts.text,
    attachments: [{ filename: parts.pdfName, content: parts.pdf, contentType: 'application/pdf' }],
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return new Promise((resolve, reject) => {
    composer.compile().build((error, message) => (error ? reject(error) : resolve(message)));
  });
}
