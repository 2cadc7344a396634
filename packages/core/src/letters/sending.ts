// How a letter was sent, and which of its files that means: an email sends the .eml, the post or a hand delivery
// sends the printed PDF. "Mark as sent" records that file, not whichever file was made last.

export const SEND_METHODS = ['email', 'mail', 'hand-delivery', 'fax', 'portal'] as const;
export type SendMethod = (typeof SEND_METHODS)[number];

export type SentFileFormat = 'eml' | 'pdf' | 'docx' | 'txt';

/** The file a method sends, unless the parent picks another one. */
export const METHOD_FORMAT: Record<SendMethod, SentFileFormat> = {
  email: 'eml',
  mail: 'pdf',
  'hand-delivery': 'pdf',
  fax: 'pdf',
  portal: 'pdf',
};

export function isSendMethod(x: unknown): x is SendMethod {
  return typeof x === 'string' && (SEND_METHODS as readonly string[]).includes(x);
}
