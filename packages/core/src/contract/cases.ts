import { z } from 'zod';
import {
  caseFileSchema,
  closureSchema,
  meetingSchema,
  parentSchema,
  studentSchema,
} from '../case/case-schema.js';
import { CASE_ROLES } from '../sharing/roles.js';
import { PLAN_TYPES } from './enums.js';
import { id, isoText } from './shape.js';

// Cases: the list, one stored case (the case file with its version), and the bodies that change it.

export const caseSummarySchema = z.strictObject({
  id,
  studentName: z.string(),
  planType: z.enum(PLAN_TYPES),
  district: z.string(),
  ssd: z.boolean(),
  nextMeeting: z.strictObject({ id, start: isoText }).nullable(),
  updatedAt: isoText,
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

/** A line of the user's case list: their own cases and those shared with them, with their role on each. */
export const caseListEntrySchema = caseSummarySchema.extend({ role: z.enum(CASE_ROLES) });
export type CaseListEntry = z.infer<typeof caseListEntrySchema>;

export const caseListSchema = z.strictObject({ cases: z.array(caseListEntrySchema) });

/** A case as stored: the case file, its version (for the stale-write check) and the district's SSD status. */
export const storedCaseSchema = z.strictObject({
  id,
  version: z.number().int().min(1),
  ssd: z.strictObject({ partner: z.boolean(), district: z.string().nullable() }),
  file: caseFileSchema,
  createdAt: isoText,
  updatedAt: isoText,
});
export type StoredCase = z.infer<typeof storedCaseSchema>;

export const createdCaseSchema = z.strictObject({ id });

/** A new case: the student and the parents; the other lists start empty. */
export const newCaseBodySchema = z.object({ student: studentSchema, parents: z.array(parentSchema) });
export type NewCaseBody = z.input<typeof newCaseBodySchema>;

export const replaceCaseBodySchema = z.object({ version: z.number().int().min(1), file: caseFileSchema });
export type ReplaceCaseBody = z.input<typeof replaceCaseBodySchema>;

/** A meeting or a closure as a request body: optional lists may be left out, the server fills defaults. */
export const meetingBodySchema = meetingSchema;
export type MeetingBody = z.input<typeof meetingSchema>;
export const closureBodySchema = closureSchema;
export type ClosureBody = z.input<typeof closureSchema>;

/** The case file as the export gives it and the import takes it. */
export const caseFileBodySchema = caseFileSchema;
