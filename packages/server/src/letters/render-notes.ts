import { NOTES_INTRO, notesSections, notesToText, type Letter } from '@iep/core';
import type { NotesFormat } from '@iep/core/contract';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { CONTENT_TYPES, letterFileName } from './letter-layout.js';
import { letterInstant } from '../documents/dates-and-names.js';
import { pdfMake } from '../documents/pdfmake-loader.js';

// The "Notes for you" page, printed only when the parent asks: what is certain and what is not, where the rules
// come from, what to check before sending. It is a separate file with its own name and never part of the letter,
// the email or any file the letter is made into. It is not stored: it is for the parent, not the paper trail.

export interface RenderedNotes {
  filename: string;
  contentType: string;
  bytes: Buffer;
}

export function notesPdfDefinition(letter: Letter): TDocumentDefinitions {
  const content: Content[] = [
    { text: `Notes for you: ${letter.title}`, style: 'title' },
    { text: NOTES_INTRO, bold: true, margin: [0, 0, 0, 12] },
  ];
  for (const section of notesSections(letter)) {
    content.push(
      { text: section.heading, style: 'heading' },
      { ul: [...section.items], margin: [0, 0, 0, 8] },
    );
  }
  const at = letterInstant(letter.date);
  return {
    pageSize: 'LETTER',
    pageMargins: [72, 72, 72, 72],
    info: {
      title: `Notes for you: ${letter.title}`,
      author: letter.sender.name,
      creator: 'IEP Ready',
      producer: 'IEP Ready',
      creationDate: at,
      modDate: at,
    },
    language: 'en-US',
    defaultStyle: { font: 'Roboto', fontSize: 11, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 15, bold: true, margin: [0, 0, 0, 8] },
      heading: { fontSize: 13, bold: true, margin: [0, 8, 0, 4] },
    },
    footer: (currentPage: number, pageCount: number) => ({
      text: `Notes for you, not for the school. Page ${currentPage} of ${pageCount}`,
      alignment: 'center',
      fontSize: 9,
      margin: [0, 24, 0, 0],
    }),
    content,
  };
}

export async function renderNotes(
  letter: Letter,
  format: NotesFormat,
  studentName: string,
): Promise<RenderedNotes> {
  const filename = letterFileName(letter, studentName, format, '-notes-for-you');
  if (format === 'txt') {
    return { filename, contentType: CONTENT_TYPES.txt, bytes: Buffer.from(notesToText(letter), 'utf8') };
  }
  const printer = await pdfMake();
  return {
    filename,
    contentType: CONTENT_TYPES.pdf,
    bytes: await printer.createPdf(notesPdfDefinition(letter)).getBuffer(),
  };
}
