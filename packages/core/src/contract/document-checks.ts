import { z } from 'zod';
import type { IepComparison } from '../binder/checks/iep-compare.js';
import type { ProgressCheck } from '../binder/checks/progress-check.js';
import { coreShape, id, isoDay } from './shape.js';

// Checks of the binder's documents against the case: an IEP or amendment against what a meeting settled, and a
// progress report's marks against the data (core's compareIep and checkProgressReport, sent as they are).

export const iepComparisonSchema = coreShape<IepComparison>('an IEP comparison', {
  missing: 'required',
  differs: 'required',
  new: 'required',
  settledCount: 'required',
});

export const meetingCompareQuerySchema = z.strictObject({ meetingId: z.string().min(1).max(100) });
export type MeetingCompareQuery = z.infer<typeof meetingCompareQuerySchema>;

export const meetingCompareSchema = z.strictObject({
  documentId: id,
  meetingId: id,
  /** The meeting's recording, for the links to the moments; null when the meeting was not recorded here. */
  recordingId: id.nullable(),
  comparison: iepComparisonSchema,
});
export type MeetingCompare = z.infer<typeof meetingCompareSchema>;

export const progressCheckSchema = coreShape<ProgressCheck>('a progress check', {
  marks: 'required',
  unmatched: 'required',
  period: 'required',
  reportDate: 'required',
  findings: 'required',
});

export const documentProgressCheckSchema = z.strictObject({
  documentId: id,
  /** Where the report's date came from: the document's date, else the day it was received. */
  dateFrom: z.enum(['document', 'received']),
  reportDate: isoDay,
  check: progressCheckSchema,
});
export type DocumentProgressCheck = z.infer<typeof documentProgressCheckSchema>;
