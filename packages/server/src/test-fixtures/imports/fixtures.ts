import fs from 'node:fs';
import { writeXlsx } from '../../data/spreadsheet.js';

// Import fixtures: CSV files are kept as text; XLSX files are made here with exceljs (never hand-written bytes).

export const fixturePath = (name: string) => new URL(name, import.meta.url);
export const readFixture = (name: string): Buffer => fs.readFileSync(fixturePath(name));

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Three clean probes for g1 after the example case's last one, dates as real date cells. */
export const probesGoodXlsx = () =>
  writeXlsx(
    'Probes',
    ['Goal ID', 'Date', 'Score'],
    [
      ['g1', day('2026-11-30'), 80],
      ['g1', day('2026-12-07'), 81.5],
      ['g1', '12/14/2026', 83],
    ],
  );

/** Row 2 impossible date (as text), row 3 not a number, row 4 unknown goal, row 5 clean. */
export const probesBrokenXlsx = () =>
  writeXlsx(
    'Probes',
    ['Goal ID', 'Date', 'Score'],
    [
      ['g1', '2026-02-30', 70],
      ['g1', day('2026-11-30'), 'seventy'],
      ['g9', day('2026-11-30'), 70],
      ['g1', day('2026-12-07'), 82],
    ],
  );

/** A file that says it is a workbook but is not: a ZIP header followed by junk. */
export const malformedXlsx = () => Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]);
