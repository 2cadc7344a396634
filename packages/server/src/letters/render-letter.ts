import { letterToText, type Letter } from '@iep/core';
import type { LetterFormat } from '@iep/core/contract';
import { CONTENT_TYPES, letterFileName } from './letter-layout.js';

// One entry point for every format. The renderers are loaded on first use: docx, pdfmake and nodemailer are
// large, and a server or CLI run that makes no letter should not pay for loading them.

export interface RenderedLetter {
  format: LetterFormat;
  filename: string;
  contentType: string;
  bytes: Buffer;
}

/** The letter in one format, named like 2026-11-23-recording-notice-jordan-rivera.pdf. */
export async function renderLetter(
  letter: Letter,
  format: LetterFormat,
  studentName: string,
): Promise<RenderedLetter> {
  const filename = letterFileName(letter, studentName, format);
  const done = (bytes: Buffer): RenderedLetter => ({
    format,
    filename,
    contentType: CONTENT_TYPES[format],
    bytes,
  });
  switch (format) {
    case 'txt':
      return done(Buffer.from(letterToText(letter), 'utf8'));
    case 'docx': {
      const { renderDocx } = await import('./render-docx.js');
      return done(await renderDocx(letter));
    }
    case 'pdf': {
      const { renderPdf } = await import('./render-pdf.js');
      return done(await renderPdf(letter));
    }
    case 'eml': {
      const [{ renderPdf }, { renderEml }] = await Promise.all([
        import('./render-pdf.js'),
        import('./render-eml.js'),
      ]);
      const pdf = await renderPdf(letter);
      return done(
        await renderEml(letter, {
          text: letterToText(letter),
          pdf,
          pdfName: letterFileName(letter, studentName, 'pdf'),
        }),
      );
    }
  }
}
