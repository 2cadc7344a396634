import type { Readable } from 'node:stream';
import type { EvidenceBuild, EvidenceMaterial } from '@iep/core/contract';
import type { z } from 'zod';
import type { evidenceBuildBodySchema } from '@iep/core/contract';
import type { AppContext } from '../../context/app-context.js';
import { getStoredCase } from '../../cases/cases.service.js';
import { notFound, ok, partNotFound, type CaseResult } from '../../cases/case-results.js';
import { newId } from '../../ids.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import { answersOfCase } from '../answers/answers.service.js';
import { BUILD_EVIDENCE_JOB } from './build-evidence.job.js';
import {
  buildView,
  deleteBuildRow,
  findBuild,
  insertBuild,
  listBuilds,
  updateBuild,
  type EvidenceBuildRow,
} from './evidence.repository.js';
import { caseMaterials } from './materials.js';

// The evidence binder of a case: the checklist, starting a build (a job), its state and its two files.

export const BUILD_NOT_FOUND = 'This binder was not found. It may have been deleted. Build it again.';
export const NOT_READY = 'This binder is not ready yet. Wait until it says it is ready, then download it.';
export const NOTHING_CHOSEN = 'Choose at least one thing to put in the binder.';
export const UNKNOWN_CHOICE =
  'Some of what you chose is no longer in the case. Reload the page and choose again.';

async function progressOf(jobs: JobQueue, row: EvidenceBuildRow): Promise<number> {
  if (row.status !== 'building' || row.job_id === null) return 0;
  return (await jobs.get(row.job_id))?.progress ?? 0;
}

export async function materialsOfCase(
  ctx: AppContext,
  ownerId: string,
  caseId: string,
): Promise<CaseResult<{ materials: EvidenceMaterial[] }>> {
  const stored = await getStoredCase(ctx.storage, ownerId, caseId);
  if (!stored) return notFound;
  const answers = await answersOfCase(ctx.storage, ownerId, caseId, ctx.now().toISOString());
  const materials = await caseMaterials(ctx, stored, answers.kind === 'ok' ? answers.value.list.items : []);
  return ok({ materials: materials.map((m) => m.view) });
}

export async function startBuild(
  ctx: AppContext,
  jobs: JobQueue,
  input: { ownerId: string; userId: string; caseId: string; body: z.output<typeof evidenceBuildBodySchema> },
): Promise<CaseResult<EvidenceBuild>> {
  const listed = await materialsOfCase(ctx, input.ownerId, input.caseId);
  if (listed.kind !== 'ok') return listed;
  const known = new Set(listed.value.materials.map((m) => m.id));
  const include = input.body.include === undefined ? null : [...new Set(input.body.include)];
  if (include !== null && include.length === 0) return { kind: 'conflict', message: NOTHING_CHOSEN };
  // Another case's ids (or a paper deleted since) are not found here, like any id that is not this case's.
  if (include !== null && include.some((id) => !known.has(id))) return partNotFound(UNKNOWN_CHOICE);
  if (include === null && known.size === 0) return { kind: 'conflict', message: NOTHING_CHOSEN };
  const row: EvidenceBuildRow = {
    id: newId(),
    case_id: input.caseId,
    purpose: input.body.purpose,
    include: include === null ? null : JSON.stringify(include),
    chosen: include === null ? known.size : include.length,
    status: 'queued',
    job_id: null,
    pdf_blob_id: null,
    zip_blob_id: null,
    pdf_sha256: null,
    pdf_bytes: null,
    zip_bytes: null,
    exhibits: null,
    pages: null,
    error: null,
    created_by: input.userId,
    created_at: ctx.now().toISOString(),
    finished_at: null,
  };
  await insertBuild(ctx.storage.db, row);
  const jobId = await jobs.enqueue(BUILD_EVIDENCE_JOB, { buildId: row.id });
  await updateBuild(ctx.storage.db, row.id, { job_id: jobId });
  return ok(buildView({ ...row, job_id: jobId }, 0));
}

async function ownedBuild(
  ctx: AppContext,
  ownerId: string,
  caseId: string,
  buildId: string,
): Promise<CaseResult<EvidenceBuildRow>> {
  if (!(await getStoredCase(ctx.storage, ownerId, caseId))) return notFound;
  const row = await findBuild(ctx.storage.db, caseId, buildId);
  return row ? ok(row) : partNotFound(BUILD_NOT_FOUND);
}

export async function buildsOfCase(
  ctx: AppContext,
  jobs: JobQueue,
  ownerId: string,
  caseId: string,
): Promise<CaseResult<{ builds: EvidenceBuild[] }>> {
  if (!(await getStoredCase(ctx.storage, ownerId, caseId))) return notFound;
  const rows = await listBuilds(ctx.storage.db, caseId);
  const builds: EvidenceBuild[] = [];
  for (const row of rows) builds.push(buildView(row, await progressOf(jobs, row)));
  return ok({ builds });
}

export async function buildOfCase(
  ctx: AppContext,
  jobs: JobQueue,
  ownerId: string,
  caseId: string,
  buildId: string,
): Promise<CaseResult<EvidenceBuild>> {
  const row = await ownedBuild(ctx, ownerId, caseId, buildId);
  if (row.kind !== 'ok') return row;
  return ok(buildView(row.value, await progressOf(jobs, row.value)));
}

/** The decrypted stream of a ready build's PDF or ZIP, with its size. */
export async function buildFile(
  ctx: AppContext,
  ownerId: string,
  caseId: string,
  buildId: string,
  which: 'pdf' | 'zip',
): Promise<CaseResult<{ stream: Readable; bytes: number; row: EvidenceBuildRow }>> {
  const found = await ownedBuild(ctx, ownerId, caseId, buildId);
  if (found.kind !== 'ok') return found;
  const row = found.value;
  const blob = which === 'pdf' ? row.pdf_blob_id : row.zip_blob_id;
  const bytes = which === 'pdf' ? row.pdf_bytes : row.zip_bytes;
  if (row.status !== 'ready' || blob === null || bytes === null)
    return { kind: 'conflict', message: NOT_READY };
  return ok({ stream: ctx.blobs.openRead(blob), bytes: Number(bytes), row });
}

/** Deletes a build: stops its job when it still runs, then removes the row and both files. */
export async function deleteBuild(
  ctx: AppContext,
  jobs: JobQueue,
  ownerId: string,
  caseId: string,
  buildId: string,
): Promise<CaseResult<null>> {
  const found = await ownedBuild(ctx, ownerId, caseId, buildId);
  if (found.kind !== 'ok') return found;
  const row = found.value;
  if (row.job_id !== null && row.status !== 'ready') await jobs.cancel(row.job_id);
  await deleteBuildRow(ctx.storage.db, caseId, buildId);
  for (const blob of [row.pdf_blob_id, row.zip_blob_id])
    if (blob !== null) await ctx.blobs.delete(blob).catch(() => undefined);
  return ok(null);
}
