import {
  AlignmentType,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type Document,
  type ISectionOptions,
} from 'docx';
import { setZipTimes } from './zip-times.js';

// What every Word file we make shares (letters, transcripts): a US Letter page with one-inch margins and
// "Page X of Y" at the bottom, and fixed dates inside the file so the same content gives the same bytes.

const TWIPS_PER_INCH = 1440;

/** One section on US Letter with one-inch margins and a centered "Page X of Y" footer. */
export function usLetterSection(children: ISectionOptions['children']): ISectionOptions {
  return {
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
  };
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * docProps/core.xml written here rather than by `docx`, which always stamps the current time: the creation
 * date is the document's own date, so the properties say when it was written and the bytes do not change.
 */
function coreProperties(info: { title: string; subject?: string; creator: string }, at: Date): string {
  const when = at.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(info.title)}</dc:title>` +
    (info.subject === undefined ? '' : `<dc:subject>${escapeXml(info.subject)}</dc:subject>`) +
    `<dc:creator>${escapeXml(info.creator)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(info.creator)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** The document's bytes, with its properties and every ZIP entry dated `at`. */
export async function packDocx(
  document: Document,
  info: { title: string; subject?: string; creator: string },
  at: Date,
): Promise<Buffer> {
  const zip = await Packer.toBuffer(document, false, [
    { path: 'docProps/core.xml', data: coreProperties(info, at) },
  ]);
  return setZipTimes(zip, at);
}
