import { describe, expect, it } from 'vitest';
import { makeZip, xlsxWithRows } from './archive-bombs.test-helper.js';
import { ARCHIVE_LIMITS, ArchiveLimitError, checkArchive, type ArchiveLimits } from './archive-limits.js';

// The one archive guard, on the three shapes the app reads: XLSX (imports), DOCX and whole-case backup ZIPs.

const MB = 1024 * 1024;

async function refusal(source: Buffer, limits: ArchiveLimits): Promise<ArchiveLimitError> {
  try {
    await checkArchive(source, limits);
  } catch (error) {
    if (error instanceof ArchiveLimitError) return error;
    throw error;
  }
  throw new Error('The archive was accepted.');
}

/** Rewrites every central-directory entry's uncompressed size: a zip that lies about what it holds. */
function lieAboutSizes(zip: Buffer, size: number): Buffer {
  const copy = Buffer.from(zip);
  for (let i = copy.indexOf(0x02014b50 & 0xff); i >= 0 && i < copy.length - 46; i++) {
    if (copy.readUInt32LE(i) === 0x02014b50) copy.writeUInt32LE(size, i + 24);
  }
  return copy;
}

const docxParts = (body: string) => [
  { name: '[Content_Types].xml', text: '<?xml version="1.0"?><Types/>' },
  {
    name: 'word/document.xml',
    text: `<w:document><w:body><w:p><w:r><w:t>${body}</w:t></w:r></w:p></w:body></w:document>`,
  },
];

describe('checkArchive', () => {
  it('lets normal files through: a workbook, a document, a backup', async () => {
    expect((await checkArchive(await xlsxWithRows(50), ARCHIVE_LIMITS.xlsx)).entries).toBe(5);
    await checkArchive(await makeZip(docxParts('Please send the records.')), ARCHIVE_LIMITS.docx);
    const backup = await makeZip([
      { name: 'case.json', text: '{"format":"iep-ready/case@1"}' },
      { name: 'recordings/m1/part-1.webm', text: 'x'.repeat(2000), store: true },
    ]);
    expect(await checkArchive(backup, ARCHIVE_LIMITS.backup)).toEqual({ entries: 2, totalBytes: 2029 });
  });

  it('refuses a DOCX-shaped bomb (one paragraph of 300 MB) as too big, with a plain sentence', async () => {
    const bomb = await makeZip([
      docxParts('')[0] ?? { name: 'x' },
      {
        name: 'word/document.xml',
        big: {
          prefix: '<w:document><w:body><w:p><w:r><w:t>',
          fill: 'A',
          bytes: 300 * MB,
          suffix: '</w:t></w:r></w:p></w:body></w:document>',
        },
      },
    ]);
    const error = await refusal(bomb, ARCHIVE_LIMITS.docx);
    expect(error.reason).toBe('too-big');
    expect(error.statusCode).toBe(413);
    expect(error.message).toBe(
      'This document is too big once it is unpacked (more than 200 MB). Save it again from Word or another editor as a smaller file, and try again.',
    );
  });

  it('refuses a ZIP-shaped backup bomb: a high ratio, too many entries, and sizes that lie', async () => {
    const zeros = await makeZip([
      { name: 'recordings/m1/part-1.webm', big: { prefix: '', fill: '\0', bytes: 200 * MB, suffix: '' } },
    ]);
    expect((await refusal(zeros, ARCHIVE_LIMITS.backup)).reason).toBe('too-big');

    const small = { ...ARCHIVE_LIMITS.backup, maxEntries: 50 };
    const many = await makeZip(
      Array.from({ length: 51 }, (_, i) => ({ name: `letters/${i}.txt`, text: 'a' })),
    );
    const tooMany = await refusal(many, small);
    expect([tooMany.reason, tooMany.statusCode]).toEqual(['too-many-entries', 413]);
    expect(tooMany.message).toMatch(/too many files inside it \(more than 50\)/);

    // The directory says 1 KB; the data inflates to 20 MB. What comes out is counted (and yauzl checks it against
    // the declared size), so nothing past the first kilobyte is inflated.
    const liar = lieAboutSizes(
      await makeZip([
        { name: 'case.json', big: { prefix: '', fill: 'abcdefghij', bytes: 20 * MB, suffix: '' } },
      ]),
      1024,
    );
    const lied = await refusal(liar, {
      ...ARCHIVE_LIMITS.backup,
      maxRatio: 1_000_000,
      maxTotalBytes: 5 * MB,
    });
    expect(['too-big', 'unreadable']).toContain(lied.reason);
  });

  it('counts rows across chunk borders and finds an over-long cell', async () => {
    const limits = { ...ARCHIVE_LIMITS.xlsx, counts: [{ ...ARCHIVE_LIMITS.xlsx.counts[0], max: 3000 }] };
    await checkArchive(await xlsxWithRows(2999), limits); // 2,999 rows + the header
    expect((await refusal(await xlsxWithRows(3000), limits)).reason).toBe('count');
    const longCell = await makeZip(docxParts('word '.repeat(30_000)));
    const error = await refusal(longCell, { ...ARCHIVE_LIMITS.docx, maxTextRunBytes: 100_000 });
    expect([error.reason, error.statusCode]).toEqual(['text-run', 422]);
  });

  it('calls a file that is not a zip unreadable', async () => {
    const error = await refusal(Buffer.from('PK\u0003\u0004 not really a zip'), ARCHIVE_LIMITS.xlsx);
    expect([error.reason, error.statusCode]).toEqual(['unreadable', 422]);
    expect(error.message).toMatch(/could not be read as a spreadsheet/);
  });
});
