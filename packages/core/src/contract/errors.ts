import { z } from 'zod';
import { importProblemSchema } from './data.js';

// Every refusal is a JSON body with a plain sentence in `error` (docs/api.md, first lines); some add details.

/** Where a field went wrong, as a JSON path ("$.student.name"), and what to do. */
export const problemSchema = z.strictObject({ path: z.string(), message: z.string() });
export type Problem = z.infer<typeof problemSchema>;

/** The usual refusal: `{error}`, with `problems` when fields were checked. */
export const errorBodySchema = z.strictObject({
  error: z.string().min(1),
  problems: z.array(problemSchema).optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** The 409 when someone else saved the case after it was opened; other 409s refuse the change itself. */
export const STALE_VERSION_MESSAGE =
  'This case was changed somewhere else after you opened it. Reload the case, then make your change again.';

/** A stored file failed its SHA-256 (audio, clip, backup): 500 with `damaged: true`. */
export const damagedErrorSchema = z.strictObject({ error: z.string().min(1), damaged: z.literal(true) });
export type DamagedError = z.infer<typeof damagedErrorSchema>;

/** A recording chunk sent again under its number with other bytes: 409, which no retry fixes. */
export const chunkDiffersErrorSchema = z.strictObject({
  error: z.string().min(1),
  reason: z.literal('chunk-differs'),
});
export type ChunkDiffersError = z.infer<typeof chunkDiffersErrorSchema>;

/** A letter (or its notes) that cannot be made yet: 422 with the facts to add (empty when no fact would help). */
export const missingFactSchema = z.strictObject({
  field: z.string(),
  message: z.string(),
  label: z.string().optional(),
});
export const missingFactsErrorSchema = z.strictObject({
  error: z.string().min(1),
  missing: z.array(missingFactSchema),
});
export type MissingFactsError = z.infer<typeof missingFactsErrorSchema>;

/** An import commit refused for rows with problems: 422 with the import's own problems (row and column). */
export const importProblemsErrorSchema = z.strictObject({
  error: z.string().min(1),
  problems: z.array(importProblemSchema),
});
export type ImportProblemsError = z.infer<typeof importProblemsErrorSchema>;
