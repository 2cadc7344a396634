// The evidence binder: a year of a case (200 exhibits, about 1,000 pages of originals, 120 transcript excerpts
// from 20 hours of audio) drawn into one stamped PDF. Targets: under 60 s, memory under 500 MB.
// Run alone with `npm run bench -- evidence` or `npx tsx scripts/bench/evidence-binder.bench.ts`.
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { planBinder, type ExhibitInput } from '@iep/core';
import { drawBinder } from '../../packages/server/src/binder/evidence-pdf.js';
import type { BenchResult } from './bench-types.js';
import { rssNow } from './rss.js';

const PDF_EXHIBITS = 125;
const PAGES_EACH = 8;
const EXCERPTS = 75;

async function originalPdf(seed: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < PAGES_EACH; p++) {
    const page = doc.addPage([612, 792]);
    for (let l = 0; l < 40; l++)
      page.drawText(`Document ${seed} page ${p + 1} line ${l + 1}: services, minutes and goals as written.`, {
        x: 54,
        y: 740 - l * 17,
        size: 10,
        font,
      });
  }
  return doc.save();
}

export async function run(): Promise<BenchResult[]> {
  const originals = await Promise.all([0, 1, 2, 3].map(originalPdf));
  const exhibits: ExhibitInput[] = [];
  for (let i = 0; i < PDF_EXHIBITS; i++)
    exhibits.push({
      title: `School document ${i + 1}`,
      date: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
      sha256: 'c'.repeat(64),
      source: { kind: 'pdf', pageCount: PAGES_EACH },
    });
  // 20 hours of audio referenced by 75 excerpts (a minute of transcript each) from meetings across the year.
  for (let i = 0; i < EXCERPTS; i++)
    exhibits.push({
      title: `Transcript excerpt ${i + 1}`,
      date: `2026-${String((i % 12) + 1).padStart(2, '0')}-15`,
      detail: `Recording ${Math.floor((i * 16) / 60)} hours ${(i * 16) % 60} minutes in, one minute long.`,
      sha256: 'd'.repeat(64),
      source: {
        kind: 'text',
        text: 'Teacher: We will give speech twice a week for thirty minutes.\n'.repeat(30),
      },
    });
  const plan = planBinder({
    childName: 'Sam Lee',
    purpose: 'Due process hearing',
    preparedBy: 'Ana Lee',
    preparedOn: '2026-12-04',
    exhibits,
    timeline: exhibits.map((e) => ({ date: e.date, what: `${e.title} dated.` })),
  });
  let peak = rssNow().totalMb;
  const sampler = setInterval(() => (peak = Math.max(peak, rssNow().totalMb)), 100);
  const start = performance.now();
  const bytes = await drawBinder(plan, {
    openOriginal: (e) => Promise.resolve(originals[e.number % originals.length]),
  });
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, rssNow().totalMb);
  const pages = (await PDFDocument.load(bytes)).getPageCount();
  return [
    {
      name: `binder of ${exhibits.length} exhibits, ${pages} pages: time`,
      value: seconds,
      unit: 's',
      target: '< 60 s',
    },
    { name: 'binder: peak RSS (sampled every 100 ms)', value: peak, unit: 'MB', target: '< 500 MB' },
    { name: 'binder: output size', value: bytes.length / 1e6, unit: 'MB' },
  ];
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  for (const r of await run()) console.log(`${r.name}: ${r.value.toFixed(2)} ${r.unit}`);
}
