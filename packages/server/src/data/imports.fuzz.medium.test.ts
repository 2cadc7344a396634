import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import yazl from 'yazl';
import { FUZZ_TIMEOUT, fuzzRuns, hostileValue } from '../../../core/src/test-support/fuzz.js';
import { probesGoodXlsx, readFixture } from '../test-fixtures/imports/fixtures.js';
import { startFuzzApp, type FuzzApp } from '../test-support/fuzz-app.js';
import { multipart } from '../test-support/multipart.js';
import { storageTargets } from '../test-support/storage-targets.js';

// Fuzzing the data check import (preview and commit) with what people upload by mistake or on purpose: random
// bytes named .xlsx or .csv, real workbooks with bytes changed or cut off, ZIP files holding random XML, CSV
// text of any shape, and odd form fields. Every answer is a 2xx or a plain 4xx, never a 5xx, and a refused
// commit changes nothing.

const targets = await storageTargets();

/** A ZIP holding the given files (a workbook is a ZIP of XML files). */
function zipOf(files: [string, string][]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, text] of files) zip.addBuffer(Buffer.from(text), name);
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

const PARTS = [
  '[Content_Types].xml',
  'xl/workbook.xml',
  'xl/worksheets/sheet1.xml',
  'xl/sharedStrings.xml',
  '_rels/.rels',
];
const xmlish = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom(
    '<?xml version="1.0"?><workbook><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>',
    '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>99999</v></c></row></sheetData></worksheet>',
    '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
    '<sst count="1"><si><t>Goal ID</t></si></sst>',
  ),
);

describe.each(targets)('data check import under fuzzing on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let f: FuzzApp;
    let workbook: Buffer;

    beforeAll(async () => {
      f = await startFuzzApp(target);
      workbook = await probesGoodXlsx();
    }, 120_000);
    afterAll(async () => {
      await f?.stillUp();
      await f?.close();
    });

    const names = fc.constantFrom(
      'probes.xlsx',
      'probes.XLSX',
      'probes.csv',
      'probes.xls',
      'notes.txt',
      'probes',
      'p.tsv',
    );
    const file = () =>
      fc.oneof(
        fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b)),
        fc
          .uint8Array({ maxLength: 500 })
          .map((b) => Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from(b)])),
        fc
          .tuple(
            fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
            fc.nat(),
          )
          .map(([flips, cut]) => {
            const bytes = Buffer.from(workbook);
            for (const [at, value] of flips) bytes[at % bytes.length] = value;
            return cut % 3 === 0 ? bytes.subarray(0, cut % bytes.length) : bytes;
          }),
        fc.array(fc.tuple(fc.constantFrom(...PARTS), xmlish), { minLength: 1, maxLength: 5 }),
        fc.string({ maxLength: 400 }).map((text) => Buffer.from(text)),
        fc.constant(readFixture('probes-good.csv')),
      );
    const fields = fc.record(
      {
        kind: fc.oneof(
          fc.constantFrom('probes', 'progress-reports', 'service-log', 'assessments'),
          fc.string({ maxLength: 12 }),
        ),
        mapping: fc.oneof(
          fc.constant('{"goalId":"Goal ID","date":"Date","score":"Score"}'),
          hostileValue().map((v) => JSON.stringify(v) ?? ''),
          fc.string({ maxLength: 30 }),
        ),
        onlyClean: fc.constantFrom('true', 'false', 'yes', ''),
        version: fc.oneof(fc.constantFrom('1', '0', '-1', 'x', '1e9'), fc.nat().map(String)),
      },
      { requiredKeys: [] },
    );

    const sendImport = async (
      step: 'preview' | 'commit',
      form: Record<string, string>,
      name: string,
      data: Buffer | [string, string][],
    ) => {
      const bytes = Buffer.isBuffer(data) ? data : await zipOf(data);
      const body = multipart(form, { name, data: bytes });
      await f.probe({
        method: 'POST',
        url: `/api/cases/${f.world.caseId}/imports/${step}`,
        body: body.payload,
        headers: { 'content-type': body.type },
      });
    };

    it.each(['preview', 'commit'] as const)(
      '%s answers any file and any form fields with a 2xx or a plain 4xx',
      async (step) => {
        await fc.assert(
          fc.asyncProperty(fields, names, file(), async (form, name, data) => {
            await sendImport(step, form as Record<string, string>, name, data);
          }),
          fuzzRuns(step === 'preview' ? 40 : 30),
        );
      },
      FUZZ_TIMEOUT,
    );
  });
});
