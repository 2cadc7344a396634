import type { EvidenceBuild, EvidenceMaterial } from '@iep/core/contract';
import { describe, expect, it } from 'vitest';
import { buildLine, groupMaterials, materialLine, stillBuilding } from './evidence-text';

const m = (id: string, group: EvidenceMaterial['group'], date: string | null = null): EvidenceMaterial => ({
  id,
  group,
  title: id,
  date,
  detail: null,
});

const build = (patch: Partial<EvidenceBuild>): EvidenceBuild => ({
  id: 'b1',
  purpose: 'mediation',
  status: 'ready',
  progress: 1,
  chosen: 3,
  exhibits: 4,
  pages: 12,
  pdfBytes: 2_400_000,
  pdfSha256: 'a'.repeat(64),
  zipBytes: 10,
  error: null,
  createdAt: '2026-12-04T18:00:00Z',
  finishedAt: '2026-12-04T18:01:00Z',
  ...patch,
});

describe('evidence binder words', () => {
  it('groups the checklist in the fixed order and leaves out empty groups', () => {
    const groups = groupMaterials([m('answers', 'answers'), m('d1', 'documents'), m('l1', 'letters')]);
    expect(groups.map((g) => g.group)).toEqual(['letters', 'documents', 'answers']);
    expect(groups[0]?.label).toBe('Letters you sent');
  });

  it('says the date and the detail of a material', () => {
    expect(materialLine({ ...m('l1', 'letters', '2026-11-30'), detail: 'Sent by email' })).toBe(
      'November 30, 2026 · Sent by email',
    );
    expect(materialLine(m('answers', 'answers'))).toBe('');
  });

  it('says where a build stands in plain words', () => {
    expect(buildLine(build({}))).toBe('For Mediation, made December 4, 2026: 4 exhibits, 12 pages (2.4 MB).');
    expect(buildLine(build({ status: 'building', progress: 0.42 }))).toContain('42% done');
    expect(buildLine(build({ status: 'failed', error: 'Try again.' }))).toContain('Try again.');
    expect(stillBuilding(build({ status: 'queued' }))).toBe(true);
    expect(stillBuilding(build({}))).toBe(false);
  });
});
