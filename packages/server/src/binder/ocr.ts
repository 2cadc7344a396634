import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

// OCR with Debian's tesseract (tesseract-ocr, -eng, -spa), and pdftoppm (poppler-utils) to turn one PDF page at a
// time into a picture for it. Both read and write files only in the private temp folder, and each picture is
// removed as soon as its page is read. One thread each: the machine is small and other work shares it.

const run = promisify(execFile);
/** English and Spanish: many Missouri families and schools write in both. */
export const OCR_LANGUAGES = 'eng+spa';
/** A dense page takes a few seconds; a minute is a stuck process. */
const PAGE_TIMEOUT_MS = 120_000;
/** 300 dpi is what tesseract reads best; a letter page is then 2550 x 3300 pixels (about 8 MB gray). */
const RASTER_DPI = 300;

export class OcrUnavailableError extends Error {
  override name = 'OcrUnavailableError';
}

const OCR_ENV = { ...process.env, OMP_THREAD_LIMIT: '1' };

function missingTool(error: unknown, tool: string): never {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT')
    throw new OcrUnavailableError(
      `Reading pictures of text needs ${tool}, which is not installed on this server. Ask whoever runs it to install the Debian packages tesseract-ocr, tesseract-ocr-eng, tesseract-ocr-spa and poppler-utils.`,
    );
  throw error;
}

/** The text tesseract reads in a picture file (PNG, JPEG, TIFF, WebP). */
export async function ocrImage(file: string, signal?: AbortSignal): Promise<string> {
  try {
    const { stdout } = await run('tesseract', [file, 'stdout', '-l', OCR_LANGUAGES, '--psm', '3'], {
      env: OCR_ENV,
      timeout: PAGE_TIMEOUT_MS,
      maxBuffer: 16 * 1024 * 1024,
      ...(signal ? { signal } : {}),
    });
    return tidyOcr(stdout);
  } catch (error) {
    return missingTool(error, 'tesseract');
  }
}

/** One page of a PDF as a gray PNG in `workDir`, then its OCR text; the picture is gone when this returns. */
export async function ocrPdfPage(
  pdf: string,
  page: number,
  workDir: string,
  signal?: AbortSignal,
): Promise<string> {
  const base = path.join(workDir, `page-${process.pid}-${page}-${Date.now()}`);
  const png = `${base}.png`;
  try {
    try {
      await run(
        'pdftoppm',
        [
          '-f',
          String(page),
          '-l',
          String(page),
          '-r',
          String(RASTER_DPI),
          '-gray',
          '-png',
          '-singlefile',
          pdf,
          base,
        ],
        { timeout: PAGE_TIMEOUT_MS, ...(signal ? { signal } : {}) },
      );
    } catch (error) {
      missingTool(error, 'pdftoppm');
    }
    return await ocrImage(png, signal);
  } finally {
    await fs.promises.rm(png, { force: true });
  }
}

/** Tesseract's page breaks and runs of blank lines, made plain. */
export function tidyOcr(text: string): string {
  return text
    .replaceAll('\f', '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
