import type { Problem } from '@iep/core/contract';

export interface MappedProblem {
  fieldId?: string;
  label?: string;
  message: string;
}

/**
 * Ties server problems (JSON paths) to form inputs: each entry of `fields` maps a path to an input id.
 * Problems with no matching input keep their path as a label, so nothing the server said is hidden.
 */
export function mapProblems(problems: Problem[], fields: Record<string, string>): MappedProblem[] {
  return problems.map((p) => {
    const fieldId = fields[p.path];
    return fieldId ? { fieldId, message: p.message } : { label: p.path, message: p.message };
  });
}
