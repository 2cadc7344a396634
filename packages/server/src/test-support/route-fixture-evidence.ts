import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from './test-app.js';

// The evidence binders of one world (route-fixture.ts), built through the API and waited for: one to download,
// a spare to delete, each of one small paper (the full build is evidence.medium.test.ts's). Both jobs are done before the matrix takes its "before" picture of the tables.

export interface EvidenceWorld {
  evidenceBuildId: string;
  spareEvidenceBuildId: string;
}

type As = (c: { method: 'POST' | 'GET'; url: string; body?: unknown }) => Promise<LightMyRequestResponse>;

export async function buildEvidenceWorld(
  t: TestApp,
  as: As,
  caseId: string,
  documentId: string,
): Promise<EvidenceWorld> {
  const base = `/api/cases/${caseId}/evidence-binders`;
  const start = async () => {
    const response = await as({
      method: 'POST',
      url: base,
      body: { purpose: 'state-complaint', include: [`document:${documentId}`] },
    });
    if (response.statusCode !== 202) throw new Error(`The fixture binder did not start: ${response.body}`);
    return response.json<{ id: string }>().id;
  };
  const ids = [await start(), await start()];
  for (const deadline = Date.now() + 60_000; ;) {
    const rows = await t.storage.db
      .selectFrom('evidence_builds')
      .select(['status', 'job_id'])
      .where('id', 'in', ids)
      .execute();
    const jobs = await t.storage.db
      .selectFrom('jobs')
      .select('status')
      .where(
        'id',
        'in',
        rows.map((r) => r.job_id ?? ''),
      )
      .execute();
    if (rows.some((r) => r.status === 'failed')) throw new Error('A fixture binder failed to build.');
    if (rows.every((r) => r.status === 'ready') && jobs.every((j) => j.status === 'done')) break;
    if (Date.now() > deadline) throw new Error('The fixture binders were not built.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const [evidenceBuildId = '', spareEvidenceBuildId = ''] = ids;
  return { evidenceBuildId, spareEvidenceBuildId };
}
