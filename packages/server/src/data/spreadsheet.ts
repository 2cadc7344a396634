import type { ImportTable } from '@iep/core';
import ExcelJS from 'exceljs';

// XLSX with exceljs (a maintained reader): the first worksheet, its first row as the header. Cell values become
// the text a person sees, so the core validation reads CSV and XLSX the same way.

const pad = (n: number) => String(n).padStart(2, '0');

/** A date cell as YYYY-MM-DD. Excel stores a day without a zone; exceljs gives it as midnight UTC. */
function dateText(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text; // hyperlink
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue); // formula: its last result
  if ('error' in value) return '';
  return '';
}

/** Thrown when the bytes are not a spreadsheet exceljs can open. */
export class UnreadableSpreadsheetError extends Error {
  override name = 'UnreadableSpreadsheetError';
}

/** Reads the first worksheet into a table. Empty rows are kept (as blank rows) so row numbers match Excel's. */
export async function readXlsx(fileName: string, data: Buffer): Promise<ImportTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableSpreadsheetError((error as Error).message);
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) return { fileName, headers: [], rows: [] };
  const width = sheet.columnCount;
  const toCells = (row: ExcelJS.Row) =>
    Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value).trim());
  const headers = sheet.rowCount === 0 ? [] : toCells(sheet.getRow(1));
  const rows: string[][] = [];
  for (let r = 2; r <= sheet.rowCount; r++) rows.push(toCells(sheet.getRow(r)));
  return { fileName, headers, rows };
}

/** A workbook with one sheet: a bold header row and the rows as text (used for templates and test fixtures). */
export async function writeXlsx(
  sheetName: string,
  headers: readonly string[],
  rows: readonly (readonly (string | number | Date)[])[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([...headers]).font = { bold: true };
  for (const row of rows) sheet.addRow([...row]);
  sheet.columns.forEach((column) => {
    column.width = 18;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
