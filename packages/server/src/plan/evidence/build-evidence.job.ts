import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { PassThrough, type Readable } from 'node:stream';
import { planBinder, type ExhibitInput, type TimelineEvent } from '@iep/core';
import { EVIDENCE_PURPOSE_LABELS, type EvidencePurpose } from '@iep/core/contract';
import yazl from 'yazl';
import { z } from 'zod';
import type { AppContext } from '../../context/app-context.js';
import { BinderTextError, drawBinder } from '../../binder/evidence-pdf.js';
import { toStoredCase, type StoredCase } from '../../cases/cases.service.js';
import type { JobContext, JobDefinition, JobOutcome } from '../../jobs/job-queue.js';
import { answersOfCase } from '../answers/answers.service.js';
import { caseMaterials, type MaterialExhibit, type MaterialOriginal } from './materials.js';
import { findBuildById, updateBuild, type EvidenceBuildRow } from './evidence.repository.js';

// The `evidence.build` job: reads the chosen materials, draws the binder PDF (pdf-lib, originals copied and
// stamped one at a time) and zips the originals, both straight into the encrypted blob store: no plaintext file is
// ever written. Each blob id is recorded on the row as soon as the blob exists, and the row says 'ready' only when
// both are whole, so a build that dies half-way offers nothing; its next run (or its deletion, or the orphan sweep)
// removes what the earlier run left.

export const BUILD_EVIDENCE_JOB = 'evidence.build';
const payload = z.object({ buildId: z.string().min(1).max(100) });
const MAX_ATTEMPTS = 2;
export const BUILD_FAILED =
  'The binder could not be built. Try again. If it keeps failing, leave out the newest papers and build it again.';

class BuildGone extends Error {
  override name = 'BuildGone';
}

/** Safe in a zip path: letters, digits, spaces, - _ and dots. */
function safeName(name: string): string {
  const safe = name
    .normalize('NFKD')
    .replace(/[^\w\s.-]/g, '')
    .replace(/^\.+/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .slice(0, 120);
  return safe === '' ? 'file' : safe;
}

function uniquePath(used: Set<string>, path: string): string {
  const slash = path.indexOf('/');
  const folder = path.slice(0, slash + 1);
  const name = safeName(path.slice(slash + 1));
  const dot = name.lastIndexOf('.');
  const [base, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  let candidate = `${folder}${name}`;
  for (let n = 2; used.has(candidate); n++) candidate = `${folder}${base} ${n}${ext}`;
  used.add(candidate);
  return candidate;
}

/** Passes bytes through; fails at the end when their SHA-256 is not the one on record. */
function checked(expected: string, what: string): PassThrough {
  const hash = createHash('sha256');
  const copy = new PassThrough();
  copy.on('data', (chunk: Buffer) => hash.update(chunk));
  const end = copy._flush?.bind(copy);
  copy._flush = (done) => {
    const got = hash.digest('hex');
    if (got !== expected) done(new Error(`${what}: the stored copy does not match its SHA-256.`));
    else if (end) end(done);
    else done();
  };
  return copy;
}

function zipOriginals(
  ctx: AppContext,
  originals: readonly MaterialOriginal[],
  manifest: string,
): { stream: Readable; fail: (e: unknown) => void } {
  const zip = new yazl.ZipFile();
  const out = zip.outputStream as Readable;
  const fail = (error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error)));
  zip.on('error', fail);
  const mtime = ctx.now();
  const used = new Set<string>();
  zip.addBuffer(Buffer.from(manifest), 'SHA-256.txt', { mtime, compress: true });
  for (const original of originals) {
    const path = uniquePath(used, original.name);
    zip.addReadStreamLazy(path, { mtime, compress: false }, (done) => {
      Promise.resolve(original.open()).then(
        (source) => {
          const copy = checked(original.sha256, path);
          copy.on('error', fail);
          if (Buffer.isBuffer(source)) copy.end(source);
          else {
            source.on('error', fail);
            source.pipe(copy);
          }
          done(null, copy);
        },
        (error: unknown) => done(error, new PassThrough()),
      );
    });
  }
  zip.end();
  return { stream: out, fail };
}

async function storedCaseOf(
  ctx: AppContext,
  caseId: string,
): Promise<{ stored: StoredCase; ownerId: string } | null> {
  const row = await ctx.storage.db
    .selectFrom('cases')
    .selectAll()
    .where('id', '=', caseId)
    .executeTakeFirst();
  return row ? { stored: toStoredCase(row), ownerId: row.owner_id } : null;
}

/** Deletes what an earlier run (or this one) stored and clears it from the row. */
async function dropFiles(ctx: AppContext, row: Pick<EvidenceBuildRow, 'id' | 'pdf_blob_id' | 'zip_blob_id'>) {
  for (const blob of [row.pdf_blob_id, row.zip_blob_id])
    if (blob !== null) await ctx.blobs.delete(blob).catch(() => undefined);
  await updateBuild(ctx.storage.db, row.id, {
    pdf_blob_id: null,
    zip_blob_id: null,
    pdf_sha256: null,
    pdf_bytes: null,
    zip_bytes: null,
  });
}

export function buildEvidenceJob(ctx: AppContext): JobDefinition<typeof payload> {
  const db = ctx.storage.db;

  async function run(buildId: string, job: JobContext): Promise<JobOutcome> {
    const row = await findBuildById(db, buildId);
    if (!row || row.status === 'ready') return { status: 'skipped' };
    await dropFiles(ctx, row);
    await updateBuild(db, buildId, { status: 'building', job_id: job.jobId, error: null });
    const found = await storedCaseOf(ctx, row.case_id);
    if (!found) return { status: 'skipped' };
    const { stored, ownerId } = found;
    const answers = await answersOfCase(ctx.storage, ownerId, stored.id, ctx.now().toISOString());
    const all = await caseMaterials(ctx, stored, answers.kind === 'ok' ? answers.value.list.items : []);
    const include = row.include === null ? null : new Set(JSON.parse(row.include) as string[]);
    const chosen = include === null ? all : all.filter((m) => include.has(m.view.id));

    const exhibits: MaterialExhibit[] = [];
    const timeline: TimelineEvent[] = [];
    const originals: MaterialOriginal[] = [];
    for (const [i, material] of chosen.entries()) {
      if (job.signal.aborted) throw new Error('The work was stopped.');
      exhibits.push(...(await material.exhibits()));
      timeline.push(...material.timeline);
      originals.push(...material.originals);
      job.progress((0.1 * (i + 1)) / Math.max(1, chosen.length));
    }
    // planBinder sorts by date (stable); sorting the same way here keeps exhibit N at index N-1.
    exhibits.sort((a, b) => a.input.date.localeCompare(b.input.date));
    const inputs: ExhibitInput[] = exhibits.map((e) => e.input);
    const plan = planBinder({
      childName: stored.file.student.name,
      purpose: EVIDENCE_PURPOSE_LABELS[row.purpose as EvidencePurpose] ?? 'Records',
      preparedBy: stored.file.parents.map((p) => p.name).join(' and '),
      preparedOn: new Date(ctx.now()).toISOString().slice(0, 10),
      exhibits: inputs,
      timeline,
    });
    const pdf = await drawBinder(plan, {
      openOriginal: async (e) => {
        if (job.signal.aborted) throw new Error('The work was stopped.');
        return exhibits[e.number - 1]?.bytes?.();
      },
      onProgress: (done, total) => job.progress(0.1 + (0.7 * done) / Math.max(1, total)),
    });
    const pdfBlob = await ctx.blobs.put(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
    if (!(await updateBuild(db, buildId, { pdf_blob_id: pdfBlob.id }))) {
      await ctx.blobs.delete(pdfBlob.id);
      throw new BuildGone();
    }
    job.progress(0.85);
    const manifest = [
      'The originals of the evidence binder, as they were kept, with the SHA-256 of each.',
      'Check a file with: sha256sum FILE',
      '',
      ...originals.map((o) => `${o.sha256}  ${o.name}`),
      '',
    ].join('\n');
    const zip = zipOriginals(ctx, originals, manifest);
    const abort = () => zip.fail(new Error('The work was stopped.'));
    job.signal.addEventListener('abort', abort);
    const zipBlob = await ctx.blobs
      .put(zip.stream)
      .finally(() => job.signal.removeEventListener('abort', abort));
    if (!(await updateBuild(db, buildId, { zip_blob_id: zipBlob.id }))) {
      await ctx.blobs.delete(zipBlob.id);
      await ctx.blobs.delete(pdfBlob.id);
      throw new BuildGone();
    }
    await updateBuild(db, buildId, {
      status: 'ready',
      pdf_sha256: pdfBlob.sha256,
      pdf_bytes: pdfBlob.bytes,
      zip_bytes: zipBlob.bytes,
      exhibits: plan.exhibits.length,
      pages: await countPages(pdf),
      finished_at: ctx.now().toISOString(),
    });
    return { status: 'done' };
  }

  return {
    name: BUILD_EVIDENCE_JOB,
    payload,
    maxAttempts: MAX_ATTEMPTS,
    backoffMs: () => 1000,
    handler: async ({ buildId }, job) => {
      try {
        return await run(buildId, job);
      } catch (error) {
        if (error instanceof BuildGone) return { status: 'skipped' };
        const row = await findBuildById(db, buildId);
        if (!row) return { status: 'skipped' };
        // Nothing half-written stays: whatever this run stored goes, and the row is back to no files.
        await dropFiles(ctx, row);
        const cause = error instanceof Error ? error.message : String(error);
        if (error instanceof BinderTextError) {
          await updateBuild(db, buildId, {
            status: 'failed',
            error: `Some words of the binder need fixing: ${cause}`,
          });
          return { status: 'failed', error: cause };
        }
        if (job.signal.aborted || job.attempt < MAX_ATTEMPTS) {
          await updateBuild(db, buildId, { status: 'queued' });
          throw error;
        }
        ctx.log('Building an evidence binder failed', cause);
        await updateBuild(db, buildId, { status: 'failed', error: BUILD_FAILED });
        return { status: 'failed', error: cause };
      }
    },
  };
}

async function countPages(pdf: Uint8Array): Promise<number> {
  return (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
}
