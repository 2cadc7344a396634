import { z } from 'zod';
import type { EscalationPage } from '../escalation/index.js';
import { coreShape, isoDay } from './shape.js';

// The escalation page: core computes it (escalation/) and the server sends it as it is.

export const escalationPageSchema = coreShape<EscalationPage>('an escalation page', {
  planType: 'required',
  today: 'required',
  options: 'required',
  helpers: 'required',
  events: 'required',
});

/** The "date you knew" of one event: a day, or null to count from the event's own day again. */
export const knownDateBodySchema = z.strictObject({
  knewOn: isoDay.nullable(),
});
export type KnownDateBody = z.infer<typeof knownDateBodySchema>;

export const escalationQuerySchema = z.object({
  now: z.iso.datetime({ offset: true }).optional(),
});

export type { EscalationPage };
