import { Document, Packer, Paragraph } from 'docx';
import { svgToPng } from '../documents/chart-png.js';
import { pdfMake } from '../documents/pdfmake-loader.js';

// Real files for the binder's tests, made here: PDFs with pdfmake (a text layer, a locked one, a scan of pictures
// only), pictures of printed text with resvg, Word files with docx, emails as RFC 5322 text.

const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** A letter-size page of black text on white, as a phone photo of clean paper would be after cropping (PNG). */
export function textPng(lines: readonly string[]): Buffer {
  const rows = lines
    .map((line, i) => `<text x="40" y="${70 + i * 34}" font-size="22" fill="#000">${escapeXml(line)}</text>`)
    .join('');
  const height = 120 + lines.length * 34;
  return svgToPng(
    `<svg xmlns="http://www.w3.org/2000/svg" width="850" height="${height}"><rect width="100%" height="100%" fill="#fff"/>${rows}</svg>`,
    2,
  );
}

/** A PDF with a text layer, one page per entry (each page's lines). */
export async function textPdf(
  pages: readonly (readonly string[])[],
  options: { userPassword?: string } = {},
) {
  const printer = await pdfMake();
  return printer
    .createPdf({
      content: pages.flatMap((lines, i) =>
        lines.map((line, j) => ({
          text: line,
          ...(i > 0 && j === 0 ? { pageBreak: 'before' as const } : {}),
        })),
      ),
      ...(options.userPassword ? { userPassword: options.userPassword, ownerPassword: 'owner-secret' } : {}),
    })
    .getBuffer();
}

/** A scan: each page only a picture of its text (no text layer), as a copier makes. */
export async function scanPdf(pages: readonly (readonly string[])[]): Promise<Buffer> {
  const printer = await pdfMake();
  const images = pages.map((lines) => `data:image/png;base64,${textPng(lines).toString('base64')}`);
  return printer
    .createPdf({
      pageMargins: 20,
      content: images.map((image, i) => ({
        image,
        width: 570,
        ...(i > 0 ? { pageBreak: 'before' as const } : {}),
      })),
    })
    .getBuffer();
}

export function wordFile(paragraphs: readonly string[]): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] });
  return Packer.toBuffer(doc);
}

export function emlFile(input: {
  from: string;
  to: string;
  date: string;
  subject: string;
  body: string;
}): Buffer {
  return Buffer.from(
    [
      `From: ${input.from}`,
      `To: ${input.to}`,
      `Date: ${input.date}`,
      `Subject: ${input.subject}`,
      'Message-ID: <binder-test@example.org>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      '',
      input.body,
      '',
    ].join('\r\n'),
  );
}
