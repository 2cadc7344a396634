import { z } from 'zod';
import type { DeadlineResult } from '../deadlines/index.js';
import type { Plan } from '../planner/plan-types.js';
import { coreShape } from './shape.js';

// A meeting's plan and a deadline: core computes both (planner/, deadlines/) and the server sends them as they are.

export const planSchema = coreShape<Plan>('a plan', {
  meetingId: 'required',
  timeZone: 'required',
  now: 'required',
  firstSessionStart: 'required',
  lastSessionEnd: 'required',
  tasks: 'required',
  warnings: 'required',
  triggered: 'required',
  commitments: 'required',
});

export const deadlineResultSchema = coreShape<DeadlineResult>('a deadline', {
  rule: 'required',
  title: 'required',
  from: 'required',
  due: 'required',
  direction: 'required',
  count: 'required',
  unit: 'required',
  explanation: 'required',
  startsWhen: 'required',
  dueMeans: 'required',
  party: 'required',
  planTypes: 'required',
  citation: 'required',
  confidence: 'required',
  kind: 'required',
  source: 'required',
  byDate: 'required',
  actBy: 'required',
  receipt: 'required',
  notes: 'required',
  skipped: 'required',
  districtMayCount: 'required',
});

/** Ticking a plan task. */
export const taskDoneBodySchema = z.object({ done: z.boolean() });
export type TaskDoneBody = z.infer<typeof taskDoneBodySchema>;

export type { Plan, DeadlineResult };
