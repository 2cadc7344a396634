import fs from 'node:fs';
import { createRequire } from 'node:module';
import { simpleParser, type AddressObject } from 'mailparser';
import mammoth from 'mammoth';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { DocumentFormat, PageSource } from '@iep/core/contract';
import { ARCHIVE_LIMITS, ArchiveLimitError, checkArchive } from '../documents/archive-limits.js';
import { ocrImage, ocrPdfPage } from './ocr.js';

// Reading a document's text, a page at a time: the PDF text layer with pdf.js (a page without one is drawn and
// read by OCR), Word files with mammoth (after the zip-bomb guard), emails with mailparser (EML) or msgreader
// (Outlook MSG), photos and scans with tesseract. Every reader works on a plaintext file in the private temp
// folder that the job removes when it ends.

export interface PageText {
  n: number;
  text: string;
  source: PageSource;
}

export interface DocumentReader {
  pages: number;
  /** A date the file itself carries (an email's Date header), YYYY-MM-DD; found dates come from the text otherwise. */
  sentAt: Date | null;
  read(n: number, signal?: AbortSignal): Promise<PageText>;
  close(): Promise<void>;
}

/** The file cannot be read as what it is; the message is a plain sentence for the parent. Retrying cannot help. */
export class UnreadableDocumentError extends Error {
  override name = 'UnreadableDocumentError';
  constructor(
    message: string,
    /** 413 when the file is too big once unpacked, 422 otherwise. */
    readonly statusCode: 413 | 422 = 422,
  ) {
    super(message);
  }
}

export const LOCKED_PDF =
  'This PDF is locked with a password, so it cannot be read. Open it with its password, save or print it as a new PDF, and add that one. You can also take photos of the pages.';
export const DAMAGED_PDF =
  'This PDF is damaged and cannot be read. Ask the school to send it again, or take photos of the pages.';
const DAMAGED_EMAIL =
  'This email file is damaged and cannot be read. Save the email again from your mail program.';
/** A text layer with fewer letters and digits than this is taken as a scan: the page is read by OCR. */
const MIN_TEXT_LAYER_CHARS = 20;
/** Plain text files and email bodies longer than this are not what a school sends. */
const MAX_TEXT_BYTES = 20 * 1024 * 1024;

// msgreader is a CommonJS package whose class is its `default` property; loaded with require so the same line works
// under Node and the bundler-style test build. Only the fields read here are typed.
interface MsgFields {
  error?: string;
  subject?: string;
  senderName?: string;
  senderEmail?: string;
  senderSmtpAddress?: string;
  body?: string;
  clientSubmitTime?: string;
  messageDeliveryTime?: string;
  creationTime?: string;
  recipients?: { name?: string; email?: string; smtpAddress?: string }[];
  attachments?: { fileName?: string }[];
}
const MsgReader = (
  createRequire(import.meta.url)('@kenjiuno/msgreader') as {
    default: new (data: ArrayBuffer) => { getFileData(): MsgFields };
  }
).default;

const single = (text: string, source: PageSource, sentAt: Date | null = null): DocumentReader => ({
  pages: 1,
  sentAt,
  read: () => Promise.resolve({ n: 1, text, source }),
  close: () => Promise.resolve(),
});

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | null = null;
const loadPdfJs = () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

/** The text of a pdf.js text content, lines kept. */
function textOfContent(items: readonly unknown[]): string {
  let text = '';
  for (const item of items) {
    if (typeof item !== 'object' || item === null || !('str' in item)) continue;
    const { str, hasEOL } = item as { str: string; hasEOL?: boolean };
    text += str + (hasEOL ? '\n' : '');
  }
  return text.replace(/[ \t]+\n/g, '\n').trim();
}

async function pdfReader(file: string, workDir: string): Promise<DocumentReader> {
  const { getDocument } = await loadPdfJs();
  // pdf.js reads the whole file into memory; pages are then drawn and read one at a time and let go.
  const data = new Uint8Array(await fs.promises.readFile(file));
  const task = getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') throw new UnreadableDocumentError(LOCKED_PDF);
    throw new UnreadableDocumentError(DAMAGED_PDF);
  }
  return {
    pages: doc.numPages,
    sentAt: null,
    async read(n, signal) {
      let text: string;
      try {
        const page = await doc.getPage(n);
        text = textOfContent((await page.getTextContent()).items);
        page.cleanup();
      } catch {
        throw new UnreadableDocumentError(DAMAGED_PDF);
      }
      const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '').length;
      if (letters(text) >= MIN_TEXT_LAYER_CHARS) return { n, text, source: 'text' };
      const read = await ocrPdfPage(file, n, workDir, signal);
      // A nearly empty page with a few real words keeps them when the picture holds no more.
      return letters(read) > letters(text) ? { n, text: read, source: 'ocr' } : { n, text, source: 'text' };
    },
    close: () => doc.destroy(),
  };
}

async function docxReader(file: string): Promise<DocumentReader> {
  try {
    await checkArchive({ path: file }, ARCHIVE_LIMITS.docx);
  } catch (error) {
    if (error instanceof ArchiveLimitError)
      throw new UnreadableDocumentError(error.message, error.statusCode);
    throw error;
  }
  try {
    const { value } = await mammoth.extractRawText({ path: file });
    return single(value.replace(/\n{3,}/g, '\n\n').trim(), 'text');
  } catch {
    throw new UnreadableDocumentError(
      'This Word file is damaged and cannot be read. Open it in Word, save it again, and try again.',
    );
  }
}

function addresses(value: AddressObject | AddressObject[] | undefined): string {
  if (!value) return '';
  return [value]
    .flat()
    .map((a) => a.text)
    .join(', ');
}

async function emlReader(file: string): Promise<DocumentReader> {
  const { size } = await fs.promises.stat(file);
  if (size > MAX_TEXT_BYTES)
    throw new UnreadableDocumentError(
      'This email is too big to read. Save it without its attachments and try again.',
      413,
    );
  let mail;
  try {
    mail = await simpleParser(fs.createReadStream(file), { skipImageLinks: true });
  } catch {
    throw new UnreadableDocumentError(DAMAGED_EMAIL);
  }
  const head = [
    ['From', addresses(mail.from)],
    ['To', addresses(mail.to)],
    ['Cc', addresses(mail.cc)],
    ['Date', mail.date ? mail.date.toUTCString() : ''],
    ['Subject', mail.subject ?? ''],
  ]
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}: ${v}`);
  const attached = mail.attachments.map((a) => a.filename).filter((n): n is string => Boolean(n));
  const body = (mail.text ?? '').trim();
  const text = [head.join('\n'), body, attached.length > 0 ? `Attached: ${attached.join(', ')}` : '']
    .filter((s) => s !== '')
    .join('\n\n');
  return single(text, 'text', mail.date ?? null);
}

async function msgReader(file: string): Promise<DocumentReader> {
  const { size } = await fs.promises.stat(file);
  if (size > MAX_TEXT_BYTES)
    throw new UnreadableDocumentError(
      'This email is too big to read. Save it without its attachments and try again.',
      413,
    );
  const bytes = await fs.promises.readFile(file);
  let data;
  try {
    data = new MsgReader(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    ).getFileData();
  } catch {
    throw new UnreadableDocumentError(DAMAGED_EMAIL);
  }
  if (data.error) throw new UnreadableDocumentError(DAMAGED_EMAIL);
  const sent = data.clientSubmitTime ?? data.messageDeliveryTime ?? data.creationTime;
  const sentAt = sent ? new Date(sent) : null;
  const to = (data.recipients ?? [])
    .map((r) => r.smtpAddress ?? r.email ?? r.name ?? '')
    .filter((s) => s !== '');
  const head = [
    ['From', [data.senderName, data.senderSmtpAddress ?? data.senderEmail].filter(Boolean).join(' ')],
    ['To', to.join(', ')],
    ['Date', sentAt && !Number.isNaN(sentAt.getTime()) ? sentAt.toUTCString() : ''],
    ['Subject', data.subject ?? ''],
  ]
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}: ${v ?? ''}`);
  const attached = (data.attachments ?? []).map((a) => a.fileName).filter((n): n is string => Boolean(n));
  const text = [
    head.join('\n'),
    (data.body ?? '').trim(),
    attached.length > 0 ? `Attached: ${attached.join(', ')}` : '',
  ]
    .filter((s) => s !== '')
    .join('\n\n');
  return single(text, 'text', sentAt && !Number.isNaN(sentAt.getTime()) ? sentAt : null);
}

async function textReader(file: string): Promise<DocumentReader> {
  const { size } = await fs.promises.stat(file);
  if (size > MAX_TEXT_BYTES)
    throw new UnreadableDocumentError(
      'This text file is too big. Split it into smaller files and try again.',
      413,
    );
  const bytes = await fs.promises.readFile(file);
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  const text = le
    ? new TextDecoder('utf-16le').decode(bytes)
    : be
      ? new TextDecoder('utf-16be').decode(bytes)
      : bytes.toString('utf8');
  return single(
    text
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .trim(),
    'text',
  );
}

function imageReader(file: string): DocumentReader {
  return {
    pages: 1,
    sentAt: null,
    read: async (n, signal) => ({ n, text: await ocrImage(file, signal), source: 'ocr' }),
    close: () => Promise.resolve(),
  };
}

/** Opens a plaintext file of this format; throws UnreadableDocumentError for a locked, damaged or bomb file. */
export async function openReader(
  file: string,
  format: DocumentFormat,
  mediaType: string,
  workDir: string,
): Promise<DocumentReader> {
  switch (format) {
    case 'pdf':
      return pdfReader(file, workDir);
    case 'docx':
      return docxReader(file);
    case 'email':
      return mediaType === 'application/vnd.ms-outlook' ? msgReader(file) : emlReader(file);
    case 'text':
      return textReader(file);
    case 'image':
      return imageReader(file);
    default:
      throw new UnreadableDocumentError('This file is not a kind the binder can read.');
  }
}
