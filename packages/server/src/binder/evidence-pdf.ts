import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import {
  TEXT_LINES_PER_PAGE,
  UNREADABLE_NOTE,
  exhibitStamp,
  lintBinder,
  tocLine,
  wrapText,
  type BinderPlan,
  type PlannedExhibit,
} from '@iep/core';

// Draws a planned evidence binder with pdf-lib: our pages (cover, contents, timeline, a title page per exhibit)
// and then each original, page by page, stamped "Exhibit N, page X of Y". Originals are fetched one at a time
// through `openOriginal`, so only the exhibit being copied is held besides the output.

const LETTER: [number, number] = [612, 792];
const MARGIN = 54;
const LINE = 14;

export class BinderTextError extends Error {}

/** Helvetica speaks WinAnsi only: anything else (emoji, other scripts) becomes "?" rather than failing the binder. */
function printable(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[^\x20-\x7E\xA0-\xFF]/g, '?');
}

interface Fonts {
  body: PDFFont;
  bold: PDFFont;
}

function textPages(doc: PDFDocument, fonts: Fonts, title: string, lines: readonly string[]): PDFPage[] {
  const pages: PDFPage[] = [];
  let page: PDFPage | undefined;
  let y = 0;
  const newPage = () => {
    page = doc.addPage(LETTER);
    pages.push(page);
    y = LETTER[1] - MARGIN;
    page.drawText(printable(title), { x: MARGIN, y, size: 16, font: fonts.bold });
    y -= 28;
  };
  newPage();
  for (const line of lines.flatMap((l) => wrapText(l, 80))) {
    if (y < MARGIN + 20) newPage();
    page?.drawText(printable(line), { x: MARGIN, y, size: 11, font: fonts.body });
    y -= LINE + 2;
  }
  return pages;
}

function stamp(page: PDFPage, font: PDFFont, text: string): void {
  const { width } = page.getSize();
  const size = 10;
  const w = font.widthOfTextAtSize(text, size);
  // A white box under the stamp so it reads on a dark scan.
  page.drawRectangle({ x: width - w - 30, y: 14, width: w + 12, height: 16, color: rgb(1, 1, 1) });
  page.drawText(text, { x: width - w - 24, y: 18, size, font, color: rgb(0, 0, 0) });
}

async function exhibitPages(
  doc: PDFDocument,
  fonts: Fonts,
  e: PlannedExhibit,
  original: Uint8Array | undefined,
): Promise<{ pages: PDFPage[]; unreadable: boolean }> {
  const src = e.source;
  if (src.kind === 'text') {
    const lines = wrapText(src.text);
    const pages: PDFPage[] = [];
    for (let i = 0; i < lines.length; i += TEXT_LINES_PER_PAGE) {
      const page = doc.addPage(LETTER);
      let y = LETTER[1] - MARGIN;
      for (const line of lines.slice(i, i + TEXT_LINES_PER_PAGE)) {
        page.drawText(printable(line), { x: MARGIN, y, size: 9, font: fonts.body });
        y -= 13;
      }
      pages.push(page);
    }
    return { pages, unreadable: false };
  }
  if (original === undefined) return { pages: [], unreadable: true };
  if (src.kind === 'image') {
    const image = src.mime === 'image/png' ? await doc.embedPng(original) : await doc.embedJpg(original);
    const page = doc.addPage(LETTER);
    const box = { w: LETTER[0] - 2 * MARGIN, h: LETTER[1] - 2 * MARGIN };
    const scale = Math.min(box.w / image.width, box.h / image.height, 1);
    page.drawImage(image, {
      x: MARGIN,
      y: LETTER[1] - MARGIN - image.height * scale,
      width: image.width * scale,
      height: image.height * scale,
    });
    return { pages: [page], unreadable: false };
  }
  let source: PDFDocument;
  try {
    source = await PDFDocument.load(original, { updateMetadata: false });
  } catch {
    // An encrypted or broken original cannot be copied; the binder lists it with a plain note.
    return { pages: [], unreadable: true };
  }
  const copied = await doc.copyPages(source, source.getPageIndices());
  return { pages: copied.map((p) => doc.addPage(p)), unreadable: false };
}

export interface DrawOptions {
  /** The original bytes of a PDF or image exhibit; undefined when it is gone. Called once per exhibit, in order. */
  openOriginal: (exhibit: PlannedExhibit) => Promise<Uint8Array | undefined>;
  onProgress?: (done: number, total: number) => void;
}

/** The binder as PDF bytes, or BinderTextError when our own words would not pass the outgoing linter. */
export async function drawBinder(plan: BinderPlan, options: DrawOptions): Promise<Uint8Array> {
  const problems = lintBinder(plan);
  if (problems.length > 0) throw new BinderTextError(problems.map((p) => p.message).join('; '));
  const doc = await PDFDocument.create();
  doc.setTitle(plan.cover[0] ?? 'Evidence binder');
  doc.setCreator('IEP Ready');
  const fonts = {
    body: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  textPages(doc, fonts, plan.cover[0] ?? '', plan.cover.slice(1));
  textPages(doc, fonts, 'Table of contents', ['Timeline of events', ...plan.exhibits.map(tocLine)]);
  textPages(
    doc,
    fonts,
    'Timeline of events',
    plan.timeline.length > 0 ? plan.timeline : ['No events were chosen.'],
  );
  let done = 0;
  for (const e of plan.exhibits) {
    const head = [e.title];
    if (e.detail !== undefined) head.push(e.detail);
    if (e.sha256 !== undefined) head.push('SHA-256 of the original:', e.sha256);
    const needsOriginal = e.source.kind !== 'text' && e.unreadable !== true;
    const original = needsOriginal ? await options.openOriginal(e) : undefined;
    const titlePageAt = doc.getPageCount();
    const { pages, unreadable } =
      e.unreadable === true ? { pages: [], unreadable: true } : await exhibitPages(doc, fonts, e, original);
    if (unreadable) head.push(UNREADABLE_NOTE);
    const [titlePage] = textPages(doc, fonts, e.heading, head);
    if (titlePage !== undefined) {
      // The title page goes before the exhibit's own pages.
      doc.removePage(doc.getPageCount() - 1);
      doc.insertPage(titlePageAt, titlePage);
    }
    pages.forEach((p, i) => stamp(p, fonts.body, exhibitStamp(e.number, i + 1, pages.length)));
    done += 1;
    options.onProgress?.(done, plan.exhibits.length);
  }
  return doc.save({ objectsPerTick: 200 });
}
