import {
  EVIDENCE_GROUPS,
  EVIDENCE_GROUP_LABELS,
  EVIDENCE_PURPOSE_LABELS,
  type EvidenceBuild,
  type EvidenceGroup,
  type EvidenceMaterial,
} from '@iep/core/contract';
import { plainDate } from '@iep/core';

// Plain words for the evidence binder page: the checklist grouped, and where a build stands.

export interface MaterialGroup {
  group: EvidenceGroup;
  label: string;
  materials: EvidenceMaterial[];
}

/** The materials under their group's heading, in the checklist's order; empty groups left out. */
export function groupMaterials(materials: readonly EvidenceMaterial[]): MaterialGroup[] {
  return EVIDENCE_GROUPS.map((group) => ({
    group,
    label: EVIDENCE_GROUP_LABELS[group],
    materials: materials.filter((m) => m.group === group),
  })).filter((g) => g.materials.length > 0);
}

export function materialLine(m: EvidenceMaterial): string {
  const parts = [m.date ? plainDate(m.date) : null, m.detail].filter(
    (p): p is string => p !== null && p !== '',
  );
  return parts.join(' · ');
}

const size = (bytes: number | null): string =>
  bytes === null
    ? ''
    : bytes < 1_000_000
      ? `${Math.max(1, Math.round(bytes / 1000))} KB`
      : `${(bytes / 1e6).toFixed(1)} MB`;

/** One sentence on where a build stands. */
export function buildLine(b: EvidenceBuild): string {
  const made = plainDate(b.createdAt.slice(0, 10));
  const what = EVIDENCE_PURPOSE_LABELS[b.purpose];
  switch (b.status) {
    case 'queued':
      return `For ${what}, started ${made}. Waiting to start.`;
    case 'building':
      return `For ${what}, started ${made}. Building: ${Math.round(b.progress * 100)}% done.`;
    case 'ready':
      return `For ${what}, made ${made}: ${b.exhibits ?? 0} exhibits, ${b.pages ?? 0} pages (${size(b.pdfBytes)}).`;
    case 'failed':
      return `For ${what}, started ${made}. ${b.error ?? 'It could not be built. Try again.'}`;
  }
}

export const stillBuilding = (b: EvidenceBuild): boolean => b.status === 'queued' || b.status === 'building';
