import { plainDate, type Letter, type LetterBlock } from '@iep/core';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { ccLine, recipientLines, senderLines } from './letter-layout.js';
import { letterInstant } from '../documents/dates-and-names.js';
import { pdfMake } from '../documents/pdfmake-loader.js';

// The letter as a PDF: US Letter, Roboto embedded from pdfmake's own font bundle (so the text is selectable
// and looks the same everywhere), "Page X of Y" at the bottom, and document info dated with the letter date.

const lines = (texts: string[], after = 0): Content[] =>
  texts.map((text, i) => ({ text, margin: [0, 0, 0, i === texts.length - 1 ? after : 0] }));

/** The text width of a US Letter page with one-inch margins, in points. */
const TEXT_WIDTH = 468;

/** The data table under a chart: the first column (dates) left, the numbers in the others. */
function chartTable(block: Extract<LetterBlock, { type: 'chart' }>): Content {
  const { columns, rows } = block.table;
  return {
    table: {
      headerRows: 1,
      widths: columns.map(() => 'auto'),
      body: [
        columns.map((c) => ({ text: c, bold: true })),
        ...rows.map((row) => columns.map((_c, i) => row[i] ?? '')),
      ],
    },
    layout: 'lightHorizontalLines',
    fontSize: 9,
    margin: [0, 0, 0, 10],
  };
}

/**
 * A goal chart: the chart drawn as vector SVG (sharp at any zoom, its title drawn in it as selectable text), the
 * one-sentence summary and the scores. Without a drawing the title is written as a heading instead, so it is
 * never there twice. The chart and summary stay on one page so the summary sits under its picture.
 */
function chartContent(block: Extract<LetterBlock, { type: 'chart' }>): Content[] {
  const picture: Content[] =
    block.svg === undefined
      ? [{ text: block.title, style: 'subheading' }]
      : [{ svg: block.svg, width: TEXT_WIDTH, margin: [0, 2, 0, 4] }];
  return [
    {
      stack: [...picture, { text: block.summary, margin: [0, 0, 0, 6] }],
      unbreakable: true,
    },
    chartTable(block),
  ];
}

function blockContent(block: LetterBlock): Content[] {
  switch (block.type) {
    case 'heading':
      return [{ text: block.text, style: 'heading' }];
    case 'paragraph':
      return [{ text: block.text, margin: [0, 0, 0, 8] }];
    case 'list':
      // Copies: pdfmake rewrites the lists it is given in place, and the letter must stay as it was.
      return block.ordered === true
        ? [{ ol: [...block.items], margin: [0, 0, 0, 8] }]
        : [{ ul: [...block.items], margin: [0, 0, 0, 8] }];
    case 'table':
      return [
        { text: block.caption, bold: true, margin: [0, 4, 0, 4] },
        {
          table: {
            headerRows: 1,
            widths: block.columns.map((_c, i) => (i === 0 ? '*' : 'auto')),
            body: [
              block.columns.map((c) => ({ text: c, bold: true })),
              ...block.rows.map((row) => block.columns.map((_c, i) => row[i] ?? '')),
            ],
          },
          layout: 'lightHorizontalLines',
          margin: [0, 0, 0, 10],
        },
      ];
    case 'chart':
      return chartContent(block);
    case 'quote':
      return [
        { text: `"${block.text}"`, italics: true, margin: [36, 0, 36, 2] },
        { text: `(${block.citation})`, margin: [36, 0, 36, 8] },
      ];
  }
}

export function pdfDefinition(letter: Letter): TDocumentDefinitions {
  const content: Content[] = [
    ...lines(senderLines(letter), 12),
    { text: plainDate(letter.date), margin: [0, 0, 0, 12] },
  ];
  for (const r of letter.to) content.push(...lines(recipientLines(r), 8));
  content.push(
    { text: `Re: ${letter.subject}`, bold: true, margin: [0, 4, 0, 12] },
    { text: letter.greeting, margin: [0, 0, 0, 8] },
    ...letter.body.flatMap(blockContent),
    // The closing and the signature stay on one page: a signature alone on a page reads as an unsigned letter.
    {
      stack: [{ text: letter.closing, margin: [0, 8, 0, 24] }, ...lines(senderLines(letter), 12)],
      unbreakable: true,
    },
  );
  const cc = ccLine(letter);
  if (cc !== null) content.push({ text: cc, margin: [0, 0, 0, 8] });
  if (letter.attachments.length > 0) {
    content.push(
      { text: 'Attached:', bold: true },
      { ul: letter.attachments.map((a) => `${a.name}: ${a.description}`) },
    );
  }
  const at = letterInstant(letter.date);
  return {
    pageSize: 'LETTER',
    pageMargins: [72, 72, 72, 72],
    info: {
      title: letter.title,
      subject: letter.subject,
      author: letter.sender.name,
      creator: 'IEP Ready',
      producer: 'IEP Ready',
      creationDate: at,
      modDate: at,
    },
    language: 'en-US',
    defaultStyle: { font: 'Roboto', fontSize: 11, lineHeight: 1.2 },
    styles: {
      heading: { fontSize: 13, bold: true, margin: [0, 8, 0, 4] },
      subheading: { fontSize: 11, bold: true, margin: [0, 6, 0, 2] },
    },
    footer: (currentPage: number, pageCount: number) => ({
      text: `Page ${currentPage} of ${pageCount}`,
      alignment: 'center',
      fontSize: 9,
      margin: [0, 24, 0, 0],
    }),
    content,
  };
}

/** The letter as PDF bytes. pdfkit's file id is a hash of the document info, which is fixed, so the same
 * letter gives the same bytes. */
export async function renderPdf(letter: Letter): Promise<Buffer> {
  const printer = await pdfMake();
  return printer.createPdf(pdfDefinition(letter)).getBuffer();
}
