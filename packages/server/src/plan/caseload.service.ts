import type { CaseloadEntry } from '@iep/core/contract';
import type { FastifyInstance } from 'fastify';
import type { ResponseOf } from '@iep/core/contract';
import type { Storage } from '../db/open-storage.js';
import { currentUser, type SessionDeps } from '../accounts/session.js';
import { findCase } from '../cases/cases.repository.js';
import { caseSummaryOf, toStoredCase } from '../cases/cases.service.js';
import { planForMeeting } from './plan.service.js';
import { findCaseAccess, listSharedCases } from '../sharing/members.repository.js';

// An advocate's (or any member's) page of the families who shared a case with them: the next meeting, how many
// steps and answers are overdue in the meetings' plans, and what the family asked them to look at. Only cases the
// user is an active member of, read through the same access check the routes use.

export async function caseloadOf(storage: Storage, userId: string, now: Date): Promise<CaseloadEntry[]> {
  const shared = await listSharedCases(storage.db, userId);
  const nowText = new Date(Math.floor(now.getTime() / 1000) * 1000).toISOString();
  const families: CaseloadEntry[] = [];
  for (const membership of shared) {
    const access = await findCaseAccess(storage.db, userId, membership.caseId);
    if (!access) continue;
    const row = await findCase(storage.db, access.ownerId, membership.caseId);
    if (!row) continue;
    let overdue = 0;
    for (const meeting of toStoredCase(row).file.meetings) {
      const result = await planForMeeting(storage, access.ownerId, row.id, meeting.id, nowText);
      if (result.kind !== 'ok') continue;
      const { plan } = result.value;
      overdue +=
        plan.tasks.filter((t) => t.status === 'overdue').length +
        plan.triggered.filter((d) => d.status === 'overdue').length +
        plan.commitments.filter((c) => c.status === 'overdue').length;
    }
    families.push({
      case: caseSummaryOf(row, now),
      role: membership.role,
      note: membership.note,
      overdue,
      since: membership.since,
    });
  }
  // The family with the soonest meeting first; those without one after, newest share first.
  return families.sort((a, b) => {
    const x = a.case.nextMeeting?.start ?? '\uffff';
    const y = b.case.nextMeeting?.start ?? '\uffff';
    return x === y ? b.since.localeCompare(a.since) : x.localeCompare(y);
  });
}

/** GET /api/caseload (behind requireSession): in plan/, which reads every feature, because it counts overdue steps. */
export function caseloadRoutes(app: FastifyInstance, deps: SessionDeps): void {
  app.get('/api/caseload', async (request) => {
    const families = await caseloadOf(deps.storage, currentUser(request).user.id, deps.now());
    return { families } satisfies ResponseOf<'GET /api/caseload'>;
  });
}
