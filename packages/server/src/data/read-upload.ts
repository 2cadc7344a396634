import { parseCsv, type ImportProblem, type ImportTable } from '@iep/core';
import { ARCHIVE_LIMITS, ArchiveLimitError, checkArchive } from '../documents/archive-limits.js';
import { readXlsx, UnreadableSpreadsheetError } from './spreadsheet.js';

// An uploaded file to a table of text. The type is decided by the bytes as well as the name: a ZIP (PK..) is
// read as XLSX, anything else named .csv or .txt as UTF-8 CSV.

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export const UPLOAD_MESSAGES = {
  tooLarge: 'This file is larger than 10 MB. Split it into smaller files, or export fewer rows at a time.',
  wrongType:
    'This kind of file cannot be imported. Save it as CSV (.csv) or as an Excel workbook (.xlsx), then try again.',
  oldExcel:
    'This looks like an old Excel file (.xls). Open it in Excel or Google Sheets and save it as .xlsx or .csv, then try again.',
  unreadableSpreadsheet:
    'This file could not be read as a spreadsheet. Open it in Excel or Google Sheets, save it again as .xlsx or .csv, and try again.',
  notText: 'This file is not a CSV text file. Save it as CSV (.csv) or as an Excel workbook (.xlsx).',
  noFile: 'Choose a CSV or XLSX file to import.',
} as const;

export class UploadError extends Error {
  override name = 'UploadError';
  constructor(
    readonly statusCode: 413 | 415 | 422,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

const isZip = (data: Buffer) => data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b;
// The OLE2 header of old .xls (and .doc) files.
const isOle = (data: Buffer) => data.length >= 4 && data.readUInt32BE(0) === 0xd0cf11e0;

/** Reads a CSV or XLSX upload; throws UploadError with the status to answer. */
export async function readImportFile(
  fileName: string,
  data: Buffer,
): Promise<{ table: ImportTable; problems: ImportProblem[] }> {
  const lower = fileName.toLowerCase();
  if (data.length > MAX_IMPORT_BYTES) throw new UploadError(413, UPLOAD_MESSAGES.tooLarge);
  if (lower.endsWith('.xls') || isOle(data)) throw new UploadError(415, UPLOAD_MESSAGES.oldExcel);
  if (lower.endsWith('.xlsx') || isZip(data)) {
    if (!isZip(data)) throw new UploadError(422, UPLOAD_MESSAGES.unreadableSpreadsheet);
    try {
      // Before exceljs sees it: a small workbook can unpack to gigabytes (a zip bomb).
      await checkArchive(data, ARCHIVE_LIMITS.xlsx);
    } catch (error) {
      if (!(error instanceof ArchiveLimitError)) throw error;
      const message = error.reason === 'unreadable' ? UPLOAD_MESSAGES.unreadableSpreadsheet : error.message;
      throw new UploadError(error.statusCode, message, { cause: error });
    }
    try {
      return { table: await readXlsx(fileName, data), problems: [] };
    } catch (error) {
      if (error instanceof UnreadableSpreadsheetError)
        throw new UploadError(422, UPLOAD_MESSAGES.unreadableSpreadsheet);
      throw error;
    }
  }
  if (!(lower.endsWith('.csv') || lower.endsWith('.txt') || lower.endsWith('.tsv')))
    throw new UploadError(415, UPLOAD_MESSAGES.wrongType);
  // A NUL byte never appears in a text export; it means a binary file with a .csv name (or UTF-16 text).
  if (data.includes(0)) throw new UploadError(422, UPLOAD_MESSAGES.notText);
  return parseCsv(fileName, data.toString('utf8'));
}
