import { plainDate, type Letter, type LetterBlock } from '@iep/core';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { ccLine, recipientLines, senderLines } from './letter-layout.js';
import { letterInstant } from '../documents/dates-and-names.js';
import { svgToPng } from '../documents/chart-png.js';
import { packDocx, usLetterSection } from '../documents/docx-page.js';

// The letter as a Word document: US Letter, one-inch margins, real headings, lists and tables (so screen readers
// and Word's navigation see the structure), "Page X of Y" in the footer.

const TWIPS_PER_INCH = 1440;
const ORDERED = 'letter-ordered';
const FONT = 'Calibri';

const lines = (texts: string[], spacingAfter = 0): Paragraph[] =>
  texts.map(
    (text, i) => new Paragraph({ text, spacing: { after: i === texts.length - 1 ? spacingAfter : 0 } }),
  );

function tableOf(block: { caption: string; columns: string[]; rows: string[][] }): FileChild[] {
  const cell = (text: string, header: boolean) =>
    new TableCell({
      children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })],
    });
  return [
    new Paragraph({ children: [new TextRun({ text: block.caption, bold: true })], keepNext: true }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        // tableHeader repeats the header row on every page and marks it as a header for assistive technology.
        new TableRow({ tableHeader: true, children: block.columns.map((c) => cell(c, true)) }),
        ...block.rows.map(
          (row) => new TableRow({ children: block.columns.map((_c, i) => cell(row[i] ?? '', false)) }),
        ),
      ],
    }),
    new Paragraph({ text: '' }),
  ];
}

/** The chart's width on the page in pixels (96 per inch): 6.25 of the 6.5 inches between the margins. */
const CHART_WIDTH_PX = 600;

/**
 * A goal chart: its title, the chart as a PNG (Word draws SVG only in recent versions) with the summary as alt
 * text, the summary again as a caption for readers who cannot see the picture, then the scores as a real table.
 * The drawing id is the chart's position in the letter, not docx's process-wide counter, so the same letter gives
 * the same bytes.
 */
function chartChildren(block: Extract<LetterBlock, { type: 'chart' }>, drawingId: number): FileChild[] {
  const picture: FileChild[] = [];
  if (block.svg !== undefined) {
    const png = svgToPng(block.svg);
    // The PNG header holds the width and height (big-endian, bytes 16-23); keep the chart's proportions.
    const height = Math.round((CHART_WIDTH_PX * png.readUInt32BE(20)) / png.readUInt32BE(16));
    picture.push(
      new Paragraph({
        keepNext: true,
        children: [
          new ImageRun({
            type: 'png',
            data: png,
            transformation: { width: CHART_WIDTH_PX, height },
            altText: {
              id: String(drawingId),
              name: `Chart ${drawingId}`,
              title: block.title,
              description: block.summary,
            },
          }),
        ],
      }),
    );
  }
  return [
    new Paragraph({ text: block.title, heading: HeadingLevel.HEADING_3, keepNext: true }),
    ...picture,
    new Paragraph({ text: block.summary, spacing: { after: 120 }, keepNext: true }),
    ...tableOf({ caption: `Scores: ${block.title}`, columns: block.table.columns, rows: block.table.rows }),
  ];
}

function blockChildren(block: LetterBlock, listNumber: () => number, chartNumber: () => number): FileChild[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_2 })];
    case 'paragraph':
      return [new Paragraph({ text: block.text, spacing: { after: 160 } })];
    case 'list': {
      const instance = listNumber();
      return block.items.map(
        (item, i) =>
          new Paragraph({
            text: item,
            spacing: { after: i === block.items.length - 1 ? 160 : 40 },
            ...(block.ordered === true
              ? { numbering: { reference: ORDERED, level: 0, instance } }
              : { bullet: { level: 0 } }),
          }),
      );
    }
    case 'table':
      return tableOf(block);
    case 'chart':
      return chartChildren(block, chartNumber());
    case 'quote':
      return [
        new Paragraph({
          indent: { left: TWIPS_PER_INCH / 2, right: TWIPS_PER_INCH / 2 },
          children: [new TextRun({ text: `"${block.text}"`, italics: true })],
        }),
        new Paragraph({
          indent: { left: TWIPS_PER_INCH / 2 },
          spacing: { after: 160 },
          children: [new TextRun({ text: `(${block.citation})` })],
        }),
      ];
  }
}

/** The letter's body, from the sender block to the attachments list. */
function letterChildren(letter: Letter): FileChild[] {
  let lists = 0;
  let charts = 0;
  const children: FileChild[] = [
    ...lines(senderLines(letter), 240),
    new Paragraph({ text: plainDate(letter.date), spacing: { after: 240 } }),
  ];
  for (const r of letter.to) children.push(...lines(recipientLines(r), 160));
  children.push(
    new Paragraph({
      spacing: { before: 80, after: 240 },
      children: [new TextRun({ text: `Re: ${letter.subject}`, bold: true })],
    }),
    new Paragraph({ text: letter.greeting, spacing: { after: 160 } }),
  );
  for (const block of letter.body)
    children.push(
      ...blockChildren(
        block,
        () => ++lists,
        () => ++charts,
      ),
    );
  children.push(
    new Paragraph({ text: letter.closing, spacing: { before: 160, after: 480 } }),
    ...lines(senderLines(letter), 240),
  );
  const cc = ccLine(letter);
  if (cc !== null) children.push(new Paragraph({ text: cc, spacing: { after: 160 } }));
  if (letter.attachments.length > 0) {
    children.push(new Paragraph({ children: [new TextRun({ text: 'Attached:', bold: true })] }));
    for (const a of letter.attachments)
      children.push(new Paragraph({ text: `${a.name}: ${a.description}`, bullet: { level: 0 } }));
  }
  return children;
}

/** The letter as DOCX bytes. The same letter gives the same bytes. */
export async function renderDocx(letter: Letter): Promise<Buffer> {
  const at = letterInstant(letter.date);
  const doc = new Document({
    title: letter.title,
    subject: letter.subject,
    creator: letter.sender.name,
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [usLetterSection(letterChildren(letter))],
  });
  return packDocx(doc, { title: letter.title, subject: letter.subject, creator: letter.sender.name }, at);
}
