import { createRequire } from 'node:module';
import path from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';

// pdfmake with the Roboto fonts, shared by every PDF the server makes (letters, transcripts).

export interface PdfMakeServer {
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
}

let loading: Promise<PdfMakeServer> | null = null;

/**
 * The folder of the Roboto files that ship with pdfmake. The fonts are registered under their real paths there:
 * pdfmake's own text reads them from its virtual file system (filled below), while the SVG drawing code it uses
 * (svg-to-pdfkit, for the goal charts) opens a font by the name pdfmake gives it, from disk. With the real path
 * both find the same bytes; with a bare name the chart's text would not be drawn.
 */
const FONT_DIR = path.dirname(
  createRequire(import.meta.url).resolve('pdfmake/build/fonts/Roboto/Roboto-Regular.ttf'),
);

/**
 * Loads pdfmake and its fonts once, on the first PDF: the font bundle is over a megabyte of base64 that the
 * server should not decode at start-up. The fonts go into pdfmake's virtual file system; the access policies
 * refuse every URL and local path, so nothing in a letter can make the server read a file or fetch a URL.
 */
export function pdfMake(): Promise<PdfMakeServer> {
  loading ??= (async () => {
    const printer = (await import('pdfmake')).default as unknown as PdfMakeServer;
    const vfs = (await import('pdfmake/build/vfs_fonts.js')).default as unknown as Record<string, string>;
    for (const [name, base64] of Object.entries(vfs))
      printer.virtualfs.writeFileSync(path.join(FONT_DIR, name), Buffer.from(base64, 'base64'));
    const font = (name: string) => path.join(FONT_DIR, name);
    printer.setFonts({
      Roboto: {
        normal: font('Roboto-Regular.ttf'),
        bold: font('Roboto-Medium.ttf'),
        italics: font('Roboto-Italic.ttf'),
        bolditalics: font('Roboto-MediumItalic.ttf'),
      },
    });
    printer.setUrlAccessPolicy(() => false);
    printer.setLocalAccessPolicy(() => false);
    return printer;
  })();
  return loading;
}
