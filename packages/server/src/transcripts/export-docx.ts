import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { letterInstant } from '../letters/letter-layout.js';
import { setZipTimes } from '../letters/zip-times.js';
import type { TranscriptDocument } from './export-document.js';

// The transcript as a Word document, laid out like the letters: US Letter, one-inch margins, a real heading,
// "Page X of Y". Each segment is one paragraph: the time and speaker in bold, then what was said.

const TWIPS_PER_INCH = 1440;

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** docProps/core.xml with the meeting day as the dates (docx would stamp the current time), as the letters do. */
function coreProperties(doc: TranscriptDocument, at: Date): string {
  const when = at.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(doc.title)}</dc:title>` +
    '<dc:creator>IEP Ready</dc:creator>' +
    '<cp:lastModifiedBy>IEP Ready</cp:lastModifiedBy>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

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
    sections: [
      {
        properties: {
          page: {
            size: { width: 8.5 * TWIPS_PER_INCH, height: 11 * TWIPS_PER_INCH },
            margin: {
              top: TWIPS_PER_INCH,
              bottom: TWIPS_PER_INCH,
              left: TWIPS_PER_INCH,
              right: TWIPS_PER_INCH,
            },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  const zip = await Packer.toBuffer(document, false, [
    { path: 'docProps/core.xml', data: coreProperties(doc, at) },
  ]);
  return setZipTimes(zip, at);
}
