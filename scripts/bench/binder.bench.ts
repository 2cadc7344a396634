// The binder's reading: text extraction speed (a 100-page PDF text layer with pdf.js, a Word file with mammoth,
// an email with mailparser), OCR speed (pages per minute: pdftoppm at 300 dpi + tesseract eng+spa, one thread), and
// the peak RSS of this process while a 120-page scan is read page by page (with the RSS after page 10, to show it
// stays flat rather than growing with the pages). The files are made here, as the tests make them.
// Run alone: npx tsx scripts/bench/binder.bench.ts
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { emlFile, scanPdf, textPdf, wordFile } from '../../packages/server/src/binder/binder.test-helper.js';
import { openReader } from '../../packages/server/src/binder/readers.js';
import type { BenchResult } from './bench-types.js';

const TEXT_PAGES = 100;
const READ_FLAG = '--read-scan';
const READ_PREFIX = 'SCAN-READING ';

interface ScanReading {
  pages: number;
  ms: number;
  peakMb: number;
  afterTenMb: number;
  endMb: number;
  ocrChildMb: number;
}

/** VmHWM (peak resident memory) of a process, in MB, from /proc (Linux). */
function peakOf(pid: number | 'self'): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** The child: reads every page of the scan, sampling the tesseract children's peak memory as they run. */
async function readScan(file: string, work: string): Promise<ScanReading> {
  let afterTen = 0;
  let ocrChild = 0;
  const sampler = setInterval(() => {
    for (const name of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
        if (stat.includes('(tesseract)') && stat.split(' ')[3] === String(process.pid))
          ocrChild = Math.max(ocrChild, peakOf(Number(name)));
      } catch {
        // gone already
      }
    }
  }, 200);
  const start = performance.now();
  const read = await readAll(file, 'pdf', work, (n) => {
    if (n === 10) afterTen = process.memoryUsage().rss / MB;
  });
  const ms = performance.now() - start;
  clearInterval(sampler);
  return {
    pages: read.pages,
    ms,
    peakMb: peakOf('self'),
    afterTenMb: afterTen,
    endMb: process.memoryUsage().rss / MB,
    ocrChildMb: ocrChild,
  };
}
const SCAN_PAGES = 120;
const MB = 1024 * 1024;

const lines = (page: number) => [
  `Page ${page}. Individualized Education Program, present levels of academic achievement.`,
  `Annual goal ${page}: the student will read ${60 + page} words correct per minute on grade level passages.`,
  'Special education services: 60 minutes weekly of specialized instruction in reading, in the resource room.',
  'Accommodations: extended time, a quiet setting for tests, and directions read aloud when asked.',
];

async function readAll(
  file: string,
  format: 'pdf' | 'docx' | 'email',
  work: string,
  onPage?: (n: number) => void,
) {
  const reader = await openReader(file, format, format === 'email' ? 'message/rfc822' : '', work);
  let chars = 0;
  try {
    for (let n = 1; n <= reader.pages; n++) {
      chars += (await reader.read(n)).text.length;
      onPage?.(n);
    }
  } finally {
    await reader.close();
  }
  return { pages: reader.pages, chars };
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

export async function run(): Promise<BenchResult[]> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-binder-bench-'));
  try {
    const results: BenchResult[] = [];
    const textFile = path.join(work, 'text.pdf');
    fs.writeFileSync(textFile, await textPdf(Array.from({ length: TEXT_PAGES }, (_, i) => lines(i + 1))));
    await readAll(textFile, 'pdf', work); // warm-up (pdf.js loads once)
    const text = await timed(() => readAll(textFile, 'pdf', work));
    if (text.value.pages !== TEXT_PAGES) throw new Error(`read ${text.value.pages} pages`);
    results.push({ name: `PDF text layer (pdf.js), ${TEXT_PAGES} pages`, value: text.ms, unit: 'ms' });
    results.push({
      name: 'PDF text layer pages per second',
      value: (TEXT_PAGES * 1000) / text.ms,
      unit: 'pages/s',
    });

    const docx = path.join(work, 'plan.docx');
    fs.writeFileSync(docx, await wordFile(Array.from({ length: 400 }, (_, i) => lines(i + 1).join(' '))));
    const word = await timed(() => readAll(docx, 'docx', work));
    results.push({
      name: 'Word file (mammoth, after the zip-bomb guard), 400 paragraphs',
      value: word.ms,
      unit: 'ms',
    });

    const eml = path.join(work, 'reply.eml');
    fs.writeFileSync(
      eml,
      emlFile({
        from: 'Ms. Park <park@school.example.org>',
        to: 'parent@example.org',
        date: 'Tue, 10 Mar 2026 09:15:00 -0500',
        subject: 'Reply',
        body: Array.from({ length: 200 }, (_, i) => lines(i + 1).join(' ')).join('\n\n'),
      }),
    );
    const mail = await timed(() => readAll(eml, 'email', work));
    results.push({ name: 'Email (mailparser), 200 paragraphs', value: mail.ms, unit: 'ms' });

    // The scan: every page a picture only, so every page goes through pdftoppm and tesseract.
    const scanFile = path.join(work, 'scan.pdf');
    fs.writeFileSync(scanFile, await scanPdf(Array.from({ length: SCAN_PAGES }, (_, i) => lines(i + 1))));
    const scanBytes = fs.statSync(scanFile).size;
    // Read in a fresh process, so its peak RSS is the reading's alone (not this process's PDF making).
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), READ_FLAG, scanFile, work],
      {
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    const line = child.stdout.split('\n').find((l) => l.startsWith(READ_PREFIX));
    if (!line) throw new Error(`reading the scan failed: ${child.stderr}`);
    const scan = JSON.parse(line.slice(READ_PREFIX.length)) as ScanReading;
    if (scan.pages !== SCAN_PAGES) throw new Error(`read ${scan.pages} pages of the scan`);
    results.push({
      name: `OCR of a ${SCAN_PAGES}-page scan (${(scanBytes / MB).toFixed(1)} MB PDF)`,
      value: scan.ms / 1000,
      unit: 's',
    });
    results.push({
      name: 'OCR pages per minute (pdftoppm 300 dpi + tesseract eng+spa, 1 thread)',
      value: (SCAN_PAGES * 60_000) / scan.ms,
      unit: 'pages/min',
    });
    results.push({
      name: 'peak RSS of the reading process (VmHWM)',
      value: scan.peakMb,
      unit: 'MB',
      target: 'flat: not growing with pages',
    });
    results.push({ name: 'RSS after page 10', value: scan.afterTenMb, unit: 'MB' });
    results.push({ name: `RSS after page ${SCAN_PAGES}`, value: scan.endMb, unit: 'MB' });
    results.push({
      name: 'peak RSS of one tesseract page (VmHWM of the OCR child, sampled)',
      value: scan.ocrChildMb,
      unit: 'MB',
    });
    return results;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

const readFlag = process.argv.indexOf(READ_FLAG);
if (readFlag >= 0) {
  const reading = await readScan(process.argv[readFlag + 1] ?? '', process.argv[readFlag + 2] ?? os.tmpdir());
  console.log(`${READ_PREFIX}${JSON.stringify(reading)}`);
} else if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  for (const r of await run()) console.log(`${r.name}: ${r.value.toFixed(2)} ${r.unit}`);
}
