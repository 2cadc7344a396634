import type { Problem } from '@iep/core/contract';
import { problemLabel } from './plain-words';

export interface MappedProblem {
  fieldId?: string;
  label?: string;
  message: string;
}

/**
 * Ties server problems (JSON paths) to form inputs: each entry of `fields` maps a path to an input id.
 * Problems with no matching input are labelled with the path in words, so nothing the server said is hidden.
 */
export function mapProblems(problems: Problem[], fields: Record<string, string>): MappedProblem[] {
  return problems.map((p) => {
    const fieldId = fields[p.path];
    return fieldId ? { fieldId, message: p.message } : { label: problemLabel(p.path), message: p.message };
  });
}
