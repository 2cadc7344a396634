import { Readable } from 'node:stream';
import yazl from 'yazl';

// Zip files for the archive guard tests, made by yazl (a real zip writer). A big entry is streamed through the
// compressor, so a 300 MB cell costs the test a few hundred KB of memory, not 300 MB.

export interface TestEntry {
  name: string;
  /** Small content, as is. */
  text?: string;
  /** Big content: prefix, then `bytes` copies of `fill`'s bytes (repeated), then suffix. */
  big?: { prefix: string; fill: string; bytes: number; suffix: string };
  /** Stored without compression (a declared size the tests can trust or not). */
  store?: boolean;
}

function bigStream(prefix: string, fill: string, bytes: number, suffix: string): Readable {
  const unit = Buffer.byteLength(fill);
  const block = Buffer.alloc(unit * Math.max(1, Math.floor((1024 * 1024) / unit)), fill);
  let left = bytes;
  let started = false;
  return new Readable({
    read() {
      if (!started) {
        started = true;
        this.push(prefix);
        return;
      }
      if (left > 0) {
        const n = Math.min(left, block.length);
        left -= n;
        this.push(block.subarray(0, n));
        return;
      }
      this.push(suffix);
      this.push(null);
    },
  });
}

export function makeZip(entries: readonly TestEntry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const entry of entries) {
    const options = { compress: entry.store !== true, mtime: new Date('2026-11-23T12:00:00Z') };
    if (entry.big) {
      const { prefix, fill, bytes, suffix } = entry.big;
      zip.addReadStream(bigStream(prefix, fill, bytes, suffix), entry.name, options);
    } else zip.addBuffer(Buffer.from(entry.text ?? ''), entry.name, options);
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

const XLSX_PARTS: TestEntry[] = [
  {
    name: '[Content_Types].xml',
    text:
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '</Types>',
  },
  {
    name: '_rels/.rels',
    text:
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
      '</Relationships>',
  },
  {
    name: 'xl/workbook.xml',
    text:
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<sheets><sheet name="Probes" sheetId="1" r:id="rId1"/></sheets></workbook>',
  },
  {
    name: 'xl/_rels/workbook.xml.rels',
    text:
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
      '</Relationships>',
  },
];

const SHEET_START =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Goal ID</t></is></c><c r="B1" t="inlineStr"><is><t>Date</t></is></c><c r="C1" t="inlineStr"><is><t>Score</t></is></c></row>';
const SHEET_END = '</sheetData></worksheet>';

/** A workbook whose row 2 has one cell of `bytes` letters (the 300 MB cell of issue 10). */
export function xlsxWithHugeCell(bytes: number): Promise<Buffer> {
  return makeZip([
    ...XLSX_PARTS,
    {
      name: 'xl/worksheets/sheet1.xml',
      big: {
        prefix: `${SHEET_START}<row r="2"><c r="A2" t="inlineStr"><is><t>`,
        fill: 'A',
        bytes,
        suffix: `</t></is></c></row>${SHEET_END}`,
      },
    },
  ]);
}

/** A workbook with `count` rows after the header, each with its own values (compresses like a real sheet). */
export function xlsxWithRows(count: number): Promise<Buffer> {
  const rows: string[] = [];
  for (let r = 2; r <= count + 1; r++)
    rows.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>g${r % 7}</t></is></c><c r="C${r}"><v>${(r * 7919) % 1000}</v></c></row>`,
    );
  return makeZip([
    ...XLSX_PARTS,
    { name: 'xl/worksheets/sheet1.xml', text: SHEET_START + rows.join('') + SHEET_END },
  ]);
}
