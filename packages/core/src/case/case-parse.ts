import type { z } from 'zod';
import { caseFileSchema, meetingSchema, type CaseFile, type Meeting } from './case-schema.js';
import { crossCheckCaseFile } from './case-cross-checks.js';
import type { CaseProblem, ParseResult } from './case-problem.js';

/** Formats a zod path as a JSON path: ['meetings', 0, 'end'] -> $.meetings[0].end */
export function toJsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'This is missing.';
  if (issue.code === 'unrecognized_keys')
    return `Unknown field(s): ${issue.keys.join(', ')}. Remove them or check the spelling.`;
  return issue.message;
}

function toProblems(error: z.ZodError): CaseProblem[] {
  return error.issues.map((issue) => ({ path: toJsonPath(issue.path), message: plainMessage(issue) }));
}

/** Checks a whole case file. An invalid file is refused whole: every problem is listed, nothing is taken. */
export function parseCaseFile(input: unknown): ParseResult<CaseFile> {
  const result = caseFileSchema.safeParse(input);
  const problems = [...(result.success ? [] : toProblems(result.error)), ...crossCheckCaseFile(input)];
  if (problems.length > 0 || !result.success) return { ok: false, problems };
  return { ok: true, value: result.data };
}

/** Parses the text of a case file, turning malformed JSON into a plain problem instead of a crash. */
export function parseCaseFileText(text: string): ParseResult<CaseFile> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '$', message: `This file is not valid JSON (${detail}).` }] };
  }
  return parseCaseFile(json);
}

/** Checks one meeting on its own (used when a meeting is added or edited). */
export function parseMeeting(input: unknown): ParseResult<Meeting> {
  const result = meetingSchema.safeParse(input);
  // The cross checks know sessions by their place in a case file; re-root their paths at the meeting.
  const crossed = crossCheckCaseFile({ meetings: [input] }).map((p) => ({
    ...p,
    path: p.path.replace('$.meetings[0]', '$'),
  }));
  const problems = [...(result.success ? [] : toProblems(result.error)), ...crossed];
  if (problems.length > 0 || !result.success) return { ok: false, problems };
  return { ok: true, value: result.data };
}
