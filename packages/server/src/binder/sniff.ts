import type { DocumentFormat } from '@iep/core/contract';

// What a file really is, from its first bytes (its "magic"), never from its name or the browser's word for it,
// and whether its name says the same. A .pdf that is a ZIP, an .exe named .jpg, a HEIC photo named .jpg: each is
// refused with a sentence the parent can act on.

export interface Sniffed {
  format: DocumentFormat;
  mediaType: string;
  /** What the parent calls it, in the refusal when the name says otherwise. */
  noun: string;
  /** File name endings that agree with it. */
  extensions: readonly string[];
}

const PDF: Sniffed = { format: 'pdf', mediaType: 'application/pdf', noun: 'a PDF', extensions: ['pdf'] };
const DOCX: Sniffed = {
  format: 'docx',
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  noun: 'a Word document (DOCX)',
  extensions: ['docx'],
};
const PNG: Sniffed = { format: 'image', mediaType: 'image/png', noun: 'a PNG picture', extensions: ['png'] };
const JPEG: Sniffed = {
  format: 'image',
  mediaType: 'image/jpeg',
  noun: 'a JPEG photo',
  extensions: ['jpg', 'jpeg', 'jfif'],
};
const TIFF: Sniffed = {
  format: 'image',
  mediaType: 'image/tiff',
  noun: 'a TIFF scan',
  extensions: ['tif', 'tiff'],
};
const WEBP: Sniffed = {
  format: 'image',
  mediaType: 'image/webp',
  noun: 'a WebP picture',
  extensions: ['webp'],
};
const MSG: Sniffed = {
  format: 'email',
  mediaType: 'application/vnd.ms-outlook',
  noun: 'an Outlook email (MSG)',
  extensions: ['msg'],
};
const EML: Sniffed = {
  format: 'email',
  mediaType: 'message/rfc822',
  noun: 'an email (EML)',
  extensions: ['eml'],
};
const TEXT: Sniffed = {
  format: 'text',
  mediaType: 'text/plain',
  noun: 'a plain text file',
  extensions: ['txt', 'text', 'md'],
};

/** A file sniffed as something the binder does not read: the refusal names what to do instead. */
export interface Unsupported {
  unsupported: string;
}

const starts = (head: Buffer, bytes: readonly number[], at = 0) =>
  head.length >= at + bytes.length && bytes.every((b, i) => head[at + i] === b);
const ascii = (head: Buffer, text: string, at = 0) => starts(head, [...Buffer.from(text, 'latin1')], at);

// The headers an email file starts with (RFC 5322); an .eml saved by a mail program begins with one of them.
const EMAIL_HEADER =
  /^(return-path|received|from|to|subject|date|message-id|mime-version|delivered-to|x-[\w-]+|reply-to|cc|content-type|dkim-signature|arc-[\w-]+|authentication-results):/im;

/** Text: valid UTF-8 (or UTF-16 with its mark) without control bytes other than tab, newline, form feed. */
function looksLikeText(head: Buffer): boolean {
  if (starts(head, [0xff, 0xfe]) || starts(head, [0xfe, 0xff])) return true;
  // The head may end inside a character: streaming mode keeps an unfinished last character instead of failing.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
  } catch {
    return false;
  }
  for (const byte of head)
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) return false;
  return true;
}

/** What the first bytes (at least 4 KB when the file is that long) say the file is. */
export function sniff(head: Buffer): Sniffed | Unsupported | null {
  if (ascii(head, '%PDF-')) return PDF;
  // Some PDF writers put junk before the header; readers accept it within the first 1 KB.
  if (head.subarray(0, 1024).includes('%PDF-')) return PDF;
  if (starts(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (starts(head, [0xff, 0xd8, 0xff])) return JPEG;
  if (starts(head, [0x49, 0x49, 0x2a, 0x00]) || starts(head, [0x4d, 0x4d, 0x00, 0x2a])) return TIFF;
  if (ascii(head, 'RIFF') && ascii(head, 'WEBP', 8)) return WEBP;
  if (
    ascii(head, 'ftyp', 4) &&
    /^(heic|heix|hevc|heim|heis|mif1|msf1)/.test(head.subarray(8, 12).toString('latin1'))
  )
    return {
      unsupported:
        'This is an iPhone photo in HEIC format, which cannot be read here. On the iPhone, choose Settings, Camera, Formats, "Most Compatible", or take the photo with the camera button on this page, and try again.',
    };
  // A Word DOCX is a ZIP whose first entry is usually [Content_Types].xml; its word/ folder is checked when read.
  if (starts(head, [0x50, 0x4b, 0x03, 0x04])) {
    const names = head.toString('latin1');
    if (names.includes('word/') || names.includes('[Content_Types].xml')) return DOCX;
    return { unsupported: 'This is a ZIP file. Unpack it and add the documents in it one at a time.' };
  }
  // Outlook .msg and old Word .doc share the OLE2 compound file header; the stream names tell them apart.
  if (starts(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    const utf16 = head.toString('utf16le');
    if (utf16.includes('__substg1.0_') || utf16.includes('__properties_version1.0')) return MSG;
    return {
      unsupported:
        'This looks like an old Word (.doc) or Excel file, which cannot be read here. Open it and save it as a PDF or a Word .docx file, and try again.',
    };
  }
  if (looksLikeText(head))
    return EMAIL_HEADER.test(head.toString('utf8').replace(/^\uFEFF/, '')) ? EML : TEXT;
  return null;
}

/** The file name's ending, lower case, or '' when it has none. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

export const NOT_A_DOCUMENT =
  'This file is not a kind the binder can read. Add a PDF, a Word file (.docx), a photo (JPEG or PNG), an email (.eml or .msg) or a text file.';

/**
 * Whether a file's name and bytes agree. A name without an ending is taken at its bytes' word; a plain text file
 * may be named .txt or anything that is text (an .eml that is only a note is read as text).
 */
export function nameMismatch(fileName: string, sniffed: Sniffed): string | null {
  const ext = extensionOf(fileName);
  if (ext === '' || sniffed.extensions.includes(ext)) return null;
  if (sniffed.format === 'text' && ['eml', 'csv', 'log'].includes(ext)) return null;
  if (sniffed.format === 'email' && sniffed.mediaType === 'message/rfc822' && ['txt', 'text'].includes(ext))
    return null;
  return `This file is named "${fileName}", but it is really ${sniffed.noun}. Check that you picked the right file, or rename it to end in .${sniffed.extensions[0] ?? ext}, and try again.`;
}
