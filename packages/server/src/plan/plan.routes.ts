import type { ResponseOf, taskDoneBodySchema } from '@iep/core/contract';
import { computeDeadline, findSsdPartner, isDeadlineRuleId, type Closure } from '@iep/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { planIcs } from './plan-ics.js';
import { getStoredCase } from '../cases/cases.service.js';
import { planForMeeting, setTaskDone } from './plan.service.js';
import { answersOfCase } from './answers/answers.service.js';
import { sendResult, unwrap } from '../cases/case-reply.js';
import { HttpError, MESSAGES } from '../http/errors.js';
import { actingOwnerId, type SessionDeps } from '../accounts/session.js';
import { caseParams } from '../cases/cases.routes.js';

const meetingParams = caseParams.extend({ meetingId: z.string().min(1).max(100) });
const taskParams = meetingParams.extend({ taskId: z.string().min(1).max(100) });
const planQuery = z.object({
  now: z.iso
    .datetime({
      offset: true,
      error: 'Write now as an ISO date and time with a zone, like 2026-11-23T15:00:00Z.',
    })
    .optional(),
});
const taskBody = z.object({ done: z.boolean({ error: 'Send done as true or false.' }) }) satisfies z.ZodType<
  z.output<typeof taskDoneBodySchema>
>;
const isoDay = z.iso.date({ error: 'Use a real date written as YYYY-MM-DD.' });
const deadlineQuery = z.object({
  from: z.string().min(1, 'Give the start date as from=YYYY-MM-DD.').max(40).optional(),
  sentAt: z.string().min(1, 'Give the moment it was sent as sentAt=2026-12-07T17:30.').max(40).optional(),
  caseId: z.string().min(1).max(100).optional(),
  before: isoDay.optional(),
  timeZone: z.string().max(100).optional(),
  planType: z.enum(['IEP', '504'], { error: 'Write planType as IEP or 504.' }).optional(),
  ssd: z.enum(['true', 'false'], { error: 'Write ssd as true or false.' }).optional(),
});

/** Plan, task ticks, calendar export and deadline math. Registered behind requireSession. */
export function planRoutes(app: FastifyInstance, deps: SessionDeps): void {
  const { storage } = deps;
  // The server clock in whole seconds: plans for the same second are the same, so they can be reused.
  const serverNow = () => new Date(Math.floor(deps.now().getTime() / 1000) * 1000).toISOString();
  const nowFrom = (query: unknown) => planQuery.parse(query).now ?? serverNow();

  app.get('/api/cases/:id/meetings/:meetingId/plan', async (request, reply) => {
    const { id, meetingId } = meetingParams.parse(request.params);
    const result = await planForMeeting(
      storage,
      actingOwnerId(request),
      id,
      meetingId,
      nowFrom(request.query),
    );
    return reply.type('application/json; charset=utf-8').send(unwrap(result).json());
  });

  app.put('/api/cases/:id/meetings/:meetingId/tasks/:taskId', async (request, reply) => {
    const { id, meetingId, taskId } = taskParams.parse(request.params);
    const { done } = taskBody.parse(request.body);
    const now = serverNow();
    await sendResult<ResponseOf<'PUT /api/cases/:id/meetings/:meetingId/tasks/:taskId'>>(
      reply,
      await setTaskDone(storage, {
        ownerId: actingOwnerId(request),
        caseId: id,
        meetingId,
        taskId,
        done,
        now,
      }),
    );
  });

  app.get('/api/cases/:id/meetings/:meetingId/plan.ics', async (request, reply) => {
    const { id, meetingId } = meetingParams.parse(request.params);
    const userId = actingOwnerId(request);
    const now = nowFrom(request.query);
    const { plan, stored, meeting } = unwrap(await planForMeeting(storage, userId, id, meetingId, now));
    // What the school owes for this meeting (its letters' deadlines and its promises) rides along as reminders.
    const { list } = unwrap(await answersOfCase(storage, userId, id, now));
    const ics = planIcs(plan, {
      studentName: stored.file.student.name,
      caseId: stored.id,
      ...(meeting.location ? { location: meeting.location } : {}),
      answers: list.items.filter((item) => item.meetingId === meetingId),
    });
    return reply
      .type('text/calendar; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="meeting-${meetingId.replace(/[^\w.-]/g, '')}-plan.ics"`,
      )
      .send(ics);
  });

  app.get('/api/deadlines/:rule', async (request) => {
    const { rule } = z.object({ rule: z.string().max(100) }).parse(request.params);
    if (!isDeadlineRuleId(rule)) throw new HttpError(404, `We do not know a deadline called "${rule}".`);
    const query = deadlineQuery.parse(request.query);
    // A case gives its closed days, its plan type and whether its district is an SSD partner; the query's own
    // planType and ssd win over the case's.
    let fromCase: { closures: Closure[]; planType: 'IEP' | '504'; ssdPartner: boolean } | undefined;
    if (query.caseId !== undefined) {
      const stored = await getStoredCase(storage, actingOwnerId(request), query.caseId);
      if (!stored) throw new HttpError(404, MESSAGES.caseNotFound);
      fromCase = {
        closures: stored.file.closures,
        planType: stored.file.student.planType,
        ssdPartner: findSsdPartner(stored.file.student.district) !== null,
      };
    }
    const planType = query.planType ?? fromCase?.planType;
    const ssdPartner = query.ssd !== undefined ? query.ssd === 'true' : fromCase?.ssdPartner;
    return computeDeadline(rule, {
      ...(query.from !== undefined ? { from: query.from } : {}),
      ...(query.sentAt !== undefined ? { sentAt: query.sentAt } : {}),
      ...(fromCase ? { closures: fromCase.closures } : {}),
      ...(query.before ? { before: query.before } : {}),
      ...(query.timeZone ? { timeZone: query.timeZone } : {}),
      ...(planType !== undefined ? { planType } : {}),
      ...(ssdPartner !== undefined ? { ssdPartner } : {}),
    }) satisfies ResponseOf<'GET /api/deadlines/:rule'>;
  });
}
