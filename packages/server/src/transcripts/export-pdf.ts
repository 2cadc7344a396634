import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { letterInstant } from '../documents/dates-and-names.js';
import { pdfMake } from '../documents/pdfmake-loader.js';
import type { TranscriptDocument } from './export-document.js';

// The transcript as a PDF, laid out like the letters: US Letter, Roboto embedded from pdfmake's font bundle,
// "Page X of Y", document info dated with the meeting day so the same transcript gives the same bytes.

export function transcriptPdfDefinition(doc: TranscriptDocument): TDocumentDefinitions {
  const content: Content[] = [
    { text: doc.title, style: 'title' },
    ...doc.facts.map((text): Content => ({ text })),
    { text: doc.note, italics: true, margin: [0, 8, 0, 12] },
    ...doc.lines.map((line): Content => ({
      text: [{ text: `${line.clock} ${line.speaker}:`, bold: true }, ` ${line.text}`],
      margin: [0, 0, 0, 6],
    })),
  ];
  const at = letterInstant(doc.date);
  return {
    pageSize: 'LETTER',
    pageMargins: [72, 72, 72, 72],
    info: {
      title: doc.title,
      author: 'IEP Ready',
      creator: 'IEP Ready',
      producer: 'IEP Ready',
      creationDate: at,
      modDate: at,
    },
    language: 'en-US',
    defaultStyle: { font: 'Roboto', fontSize: 11, lineHeight: 1.2 },
    styles: { title: { fontSize: 15, bold: true, margin: [0, 0, 0, 8] } },
    footer: (currentPage: number, pageCount: number) => ({
      text: `Page ${currentPage} of ${pageCount}`,
      alignment: 'center',
      fontSize: 9,
      margin: [0, 24, 0, 0],
    }),
    content,
  };
}

/** The transcript as PDF bytes; pdfkit's file id hashes the fixed document info, so the bytes repeat. */
export async function transcriptPdf(doc: TranscriptDocument): Promise<Buffer> {
  const printer = await pdfMake();
  return printer.createPdf(transcriptPdfDefinition(doc)).getBuffer();
}
