import { Document, HeadingLevel, Paragraph, TextRun } from 'docx';
import { letterInstant } from '../documents/dates-and-names.js';
import { packDocx, usLetterSection } from '../documents/docx-page.js';
import type { TranscriptDocument } from './export-document.js';

// The transcript as a Word document, laid out like the letters: US Letter, one-inch margins, a real heading,
// "Page X of Y". Each segment is one paragraph: the time and speaker in bold, then what was said.

/** The transcript as DOCX bytes. The same transcript gives the same bytes. */
export async function transcriptDocx(doc: TranscriptDocument): Promise<Buffer> {
  const at = letterInstant(doc.date);
  const children = [
    new Paragraph({ text: doc.title, heading: HeadingLevel.HEADING_1, spacing: { after: 160 } }),
    ...doc.facts.map((text) => new Paragraph({ text })),
    new Paragraph({
      spacing: { before: 160, after: 240 },
      children: [new TextRun({ text: doc.note, italics: true })],
    }),
    ...doc.lines.map(
      (line) =>
        new Paragraph({
          spacing: { after: 120 },
          children: [
            new TextRun({ text: `${line.clock} ${line.speaker}:`, bold: true }),
            new TextRun({ text: ` ${line.text}` }),
          ],
        }),
    ),
  ];
  const document = new Document({
    title: doc.title,
    creator: 'IEP Ready',
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [usLetterSection(children)],
  });
  return packDocx(document, { title: doc.title, creator: 'IEP Ready' }, at);
}
