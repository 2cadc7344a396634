import { IMPORT_FIELDS, type ImportKind } from './import-fields.js';

// Downloadable templates: the headers our mapping recognizes, and example rows in the shape of the example case
// (goal g1, service s1), so that a parent can see what goes where.

const EXAMPLES: Record<ImportKind, string[][]> = {
  probes: [
    ['g1', '2026-09-14', '71', '', 'Cold read, grade-level passage'],
    ['g1', '9/21/2026', '73', '', ''],
  ],
  'progress-reports': [
    ['g1', 'Quarter 1', '2026-10-23', 'progressing', 'Reading more smoothly in class.'],
    ['g2', 'Quarter 1', '10/23/2026', 'limited progress', ''],
  ],
  'service-log': [
    ['s1', '2026-09-14', '30', 'delivered', ''],
    ['s1', '9/15/2026', '0', 'missed', 'teacher at training'],
    ['s1', '9/16/2026', '0', 'missed', 'student absent'],
  ],
  assessments: [
    ['MAP', '2025-26', 'English Language Arts', '6', 'Below Basic', '287'],
    ['MAP', '2025-26', 'Mathematics', '6', 'Basic', '301'],
  ],
};

/** The template for a kind: one header per field (its label), and example rows. */
export function importTemplate(kind: ImportKind): { headers: string[]; example: string[][] } {
  return {
    headers: IMPORT_FIELDS[kind].map((f) => f.label),
    example: EXAMPLES[kind].map((row) => [...row]),
  };
}
