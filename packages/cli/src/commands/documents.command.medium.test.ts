import fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanPdf, textPdf } from '../../../server/src/binder/binder.test-helper.js';
import { runCli } from '../run-cli.test-helper.js';
import { useCliCase } from '../test-support/cli-case.js';

// `iep documents add|list` on a SQLite data folder, and `iep check-pwn` on a PDF with a text layer and on a scan
// (pictures only, read by tesseract): real files, the same reading as the server.

const NOTICE = [
  [
    'NOTICE OF ACTION',
    'Date: November 16, 2026',
    'Action proposed: The district proposes to reduce speech services to 30 minutes per week.',
    'Reason: He met his articulation goal.',
    'Data used: The speech progress report of November 2026.',
  ],
];

interface Element {
  n: number;
  name: string;
  found: boolean;
  quote: string | null;
}

describe('iep documents and iep check-pwn', () => {
  let textFile = '';
  let scanFile = '';
  const fx = useCliCase('documents', async ({ dir }) => {
    textFile = join(dir, 'notice.pdf');
    fs.writeFileSync(textFile, await textPdf(NOTICE));
    scanFile = join(dir, 'scanned-notice.pdf');
    fs.writeFileSync(
      scanFile,
      await scanPdf([
        [
          'Notice of Action',
          'The school proposes to add a reading class',
          'because Mia reads below grade level.',
        ],
      ]),
    );
  });

  it('check-pwn on a PDF with a text layer: the seven parts, each found with its words or missing', async () => {
    const run = await runCli(['check-pwn', textFile, '--json'], fx.env);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as {
      elements: Element[];
      missing: number[];
      timing: { waitEnds: string };
    };
    expect(out.elements.map((e) => e.n)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(out.elements[0]).toMatchObject({
      found: true,
      name: 'What the school will do or refuses to do',
      quote: 'The district proposes to reduce speech services to 30 minutes per week.',
    });
    expect(out.elements[3]).toMatchObject({ found: false, quote: null });
    expect(out.missing).toEqual([4, 5, 6, 7]);
    // The date is found on the notice: the 10-day wait runs from it.
    expect(out.timing.waitEnds).toBe('2026-11-26');
  });

  it('check-pwn on a scan without a text layer reads it by OCR', async () => {
    const run = await runCli(['check-pwn', scanFile, '--json', '--date', '2026-12-01'], fx.env);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as { elements: Element[] };
    expect(out.elements[0]?.found).toBe(true);
    expect(out.elements[0]?.quote).toMatch(/proposes to add a reading class/);
    expect(out.elements[1]?.found).toBe(true);
  }, 60_000);

  it('check-pwn: plain refusals for a missing file, a bad date and a file that is not a document', async () => {
    expect((await runCli(['check-pwn', join(fx.dir, 'nope.pdf')], fx.env)).code).toBe(2);
    expect((await runCli(['check-pwn', textFile, '--date', '16/11/2026'], fx.env)).stderr).toMatch(
      /YYYY-MM-DD/,
    );
    const junk = join(fx.dir, 'junk.bin');
    fs.writeFileSync(junk, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]));
    const refused = await runCli(['check-pwn', junk], fx.env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not a kind the binder can read/);
  });

  it('documents add reads the file and prints its id and kind; list shows it; the same file twice is one', async () => {
    const run = await runCli(
      [
        ...['documents', 'add', textFile, '--case', fx.caseId, '--kind', 'pwn', '--date', '2026-11-16'],
        ...['--title', 'Speech notice from Ms. Lee', '--json'],
      ],
      fx.env,
    );
    expect(run.code, run.stderr).toBe(0);
    const added = JSON.parse(run.stdout) as {
      id: string;
      kind: string;
      title: string;
      status: string;
      documentDate: string;
    };
    expect(added).toMatchObject({
      kind: 'pwn',
      title: 'Speech notice from Ms. Lee',
      status: 'ready',
      documentDate: '2026-11-16',
    });
    const again = JSON.parse(
      (await runCli(['documents', 'add', textFile, '--case', fx.caseId, '--json'], fx.env)).stdout,
    ) as {
      id: string;
      duplicate: boolean;
    };
    expect(again).toEqual(expect.objectContaining({ id: added.id, duplicate: true }));
    const listed = JSON.parse(
      (await runCli(['documents', 'list', '--case', fx.caseId, '--json'], fx.env)).stdout,
    ) as {
      documents: { id: string; kind: string }[];
    };
    expect(listed.documents).toEqual([expect.objectContaining({ id: added.id, kind: 'pwn' })]);
    expect(
      (await runCli(['documents', 'add', textFile, '--case', fx.caseId, '--kind', 'memo'], fx.env)).code,
    ).toBe(2);
    expect((await runCli(['documents', 'list', '--case', 'no-such-case'], fx.env)).stderr).toMatch(
      /There is no case/,
    );
  }, 60_000);
});
