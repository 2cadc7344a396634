import { z } from 'zod';

// The evidence binder's wire shapes: what of the case can go in (grouped for the checklist), a build's request and
// its state (a job writes the PDF and the ZIP of originals, both kept encrypted).

export const EVIDENCE_GROUPS = ['letters', 'documents', 'excerpts', 'data', 'answers', 'notes'] as const;
export type EvidenceGroup = (typeof EVIDENCE_GROUPS)[number];

/** Plain words for each group, as the checklist shows them. */
export const EVIDENCE_GROUP_LABELS: Record<EvidenceGroup, string> = {
  letters: 'Letters you sent',
  documents: "The school's papers in your binder",
  excerpts: 'Parts of meeting recordings (clips)',
  data: 'Data check charts and tables',
  answers: 'What the school owes you (answer list)',
  notes: 'Meeting notes and events',
};

export const EVIDENCE_PURPOSES = [
  'state-complaint',
  'mediation',
  'due-process',
  'facilitated-meeting',
  'ocr-complaint',
  'records',
] as const;
export type EvidencePurpose = (typeof EVIDENCE_PURPOSES)[number];

/** What the binder's cover says it was prepared for. */
export const EVIDENCE_PURPOSE_LABELS: Record<EvidencePurpose, string> = {
  'state-complaint': 'State complaint (DESE child complaint)',
  mediation: 'Mediation',
  'due-process': 'Due process hearing',
  'facilitated-meeting': 'Facilitated IEP meeting',
  'ocr-complaint': 'Complaint to the Office for Civil Rights',
  records: "The family's records",
};

export const evidenceMaterialSchema = z.object({
  /** "letter:<sent id>", "document:<id>", "clip:<id>", "goal:<id>", "answers", "notes:<meeting id>". */
  id: z.string(),
  group: z.enum(EVIDENCE_GROUPS),
  title: z.string(),
  /** YYYY-MM-DD, or null when the paper has no date yet (it is placed by the day it was received). */
  date: z.string().nullable(),
  /** A short line: "Sent by email", "3 pages", "00:12:30 to 00:13:05". */
  detail: z.string().nullable(),
});
export type EvidenceMaterial = z.infer<typeof evidenceMaterialSchema>;

export const evidenceMaterialsSchema = z.object({ materials: z.array(evidenceMaterialSchema) });

export const evidenceBuildBodySchema = z.strictObject({
  purpose: z.enum(EVIDENCE_PURPOSES, { error: 'Choose what the binder is for from the list.' }),
  /** The materials' ids to put in; left out: everything. */
  include: z
    .array(z.string().min(1).max(200))
    .max(5000, 'Choose at most 5000 things for one binder.')
    .optional(),
});

export const EVIDENCE_BUILD_STATUSES = ['queued', 'building', 'ready', 'failed'] as const;

export const evidenceBuildSchema = z.object({
  id: z.string(),
  purpose: z.enum(EVIDENCE_PURPOSES),
  status: z.enum(EVIDENCE_BUILD_STATUSES),
  /** 0..1 while it builds. */
  progress: z.number(),
  /** How many things were chosen. */
  chosen: z.number().int(),
  exhibits: z.number().int().nullable(),
  pages: z.number().int().nullable(),
  pdfBytes: z.number().int().nullable(),
  pdfSha256: z.string().nullable(),
  zipBytes: z.number().int().nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type EvidenceBuild = z.infer<typeof evidenceBuildSchema>;

export const evidenceBuildListSchema = z.object({ builds: z.array(evidenceBuildSchema) });
