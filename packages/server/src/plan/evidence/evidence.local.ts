import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { EvidenceBuild, EvidencePurpose } from '@iep/core/contract';
import type { AppContext } from '../../context/app-context.js';
import { openJobQueue } from '../../jobs/open-job-queue.js';
import { buildEvidenceJob } from './build-evidence.job.js';
import { buildFile, buildOfCase, startBuild } from './evidence.service.js';

// The evidence binder for the CLI: the same build as the server's (a row, the job, the encrypted files, so it shows
// in the app's list too), run here on an in-process queue and waited for, then written out to the paths given.

export class EvidenceRefused extends Error {
  override name = 'EvidenceRefused';
}

export interface LocalEvidenceInput {
  ownerId: string;
  caseId: string;
  purpose: EvidencePurpose;
  include?: string[];
  pdfOut: string;
  zipOut?: string;
}

export async function buildEvidenceBinderLocally(
  ctx: AppContext,
  input: LocalEvidenceInput,
): Promise<EvidenceBuild> {
  const jobs = openJobQueue(ctx.storage, { config: ctx.config, kind: 'local', now: ctx.now, log: ctx.log });
  jobs.register(buildEvidenceJob(ctx));
  const started = await startBuild(ctx, jobs, {
    ownerId: input.ownerId,
    userId: input.ownerId,
    caseId: input.caseId,
    body: { purpose: input.purpose, ...(input.include ? { include: input.include } : {}) },
  });
  if (started.kind === 'not-found')
    throw new EvidenceRefused(`There is no case ${input.caseId} for this account.`);
  if (started.kind !== 'ok')
    throw new EvidenceRefused(
      started.kind === 'conflict' ? started.message : 'The binder could not be started.',
    );
  await jobs.start();
  try {
    for (;;) {
      const now = await buildOfCase(ctx, jobs, input.ownerId, input.caseId, started.value.id);
      if (now.kind !== 'ok') throw new EvidenceRefused('The binder was deleted while it was built.');
      if (now.value.status === 'failed')
        throw new EvidenceRefused(now.value.error ?? 'The binder could not be built.');
      if (now.value.status === 'ready') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await jobs.stop();
  }
  const outputs: ['pdf' | 'zip', string][] = [['pdf', input.pdfOut]];
  if (input.zipOut !== undefined) outputs.push(['zip', input.zipOut]);
  for (const [which, out] of outputs) {
    const file = await buildFile(ctx, input.ownerId, input.caseId, started.value.id, which);
    if (file.kind !== 'ok') throw new EvidenceRefused('The binder is not ready.');
    // The parent asked for this file on disk: written with the owner's mode only, removed when the copy breaks.
    await pipeline(file.value.stream, fs.createWriteStream(out, { mode: 0o600 })).catch(
      async (error: unknown) => {
        await fs.promises.rm(out, { force: true });
        throw error;
      },
    );
  }
  const done = await buildOfCase(ctx, jobs, input.ownerId, input.caseId, started.value.id);
  if (done.kind !== 'ok') throw new EvidenceRefused('The binder was deleted while it was written out.');
  return done.value;
}
