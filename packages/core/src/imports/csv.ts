import Papa from 'papaparse';
import type { ImportProblem, ImportTable } from './import-types.js';

// CSV with papaparse (a maintained parser: quotes, embedded commas and line breaks, delimiters). Pure: the caller
// reads the file and passes the text.

/** Parses CSV text into a header row and data rows. Row numbers in problems count the header as row 1. */
export function parseCsv(fileName: string, text: string): { table: ImportTable; problems: ImportProblem[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Blank lines are kept (and skipped later) so that row numbers match the lines a spreadsheet shows.
  const result = Papa.parse<string[]>(body, { skipEmptyLines: false });
  const [header = [], ...rows] = result.data;
  const headers = header.map((h) => h.trim());
  const problems: ImportProblem[] = [];
  if (headers.every((h) => h === '')) {
    problems.push({
      file: fileName,
      row: 1,
      column: '',
      field: '',
      message: 'The file is empty or its first row has no column names. The first row must name the columns.',
    });
  }
  for (const error of result.errors) {
    // Papaparse guesses the delimiter; a one-column file is not an error for us.
    if (error.code === 'UndetectableDelimiter') continue;
    problems.push({
      file: fileName,
      row: (error.row ?? 0) + 1,
      column: '',
      field: '',
      message:
        error.code === 'MissingQuotes'
          ? 'A quote mark (") opens here but never closes. Check this row in the file.'
          : `This row could not be read (${error.message}).`,
    });
  }
  return { table: { fileName, headers, rows }, problems };
}

/** Writes rows as CSV (for templates and downloads), with CRLF line ends as spreadsheets expect. */
export function toCsv(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return `${Papa.unparse([headers as string[], ...(rows as string[][])], { newline: '\r\n' })}\r\n`;
}
