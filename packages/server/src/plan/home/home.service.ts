import { isCaseRole, roleMay, summarizeCaseHome } from '@iep/core';
import type { HomeCase } from '@iep/core/contract';
import { listCaseRows } from '../../cases/cases.repository.js';
import { caseSummaryOf, toStoredCase } from '../../cases/cases.service.js';
import type { Storage } from '../../db/open-storage.js';
import { listSharedCases } from '../../sharing/members.repository.js';
import { answersOfCase } from '../answers/answers.service.js';

// The home page: for every case the user owns or is an active member of, what to do next. Each case is read as its
// own routes read it (the answer tracker over the meetings' plans, under the case's owner), then core sums it up.
// Only cases with an active membership are listed: a removed member's case is gone from the first call after.

/** Soonest meeting first (by days, then the time as written); cases with none after, by the child's name. */
function bySoonestMeeting(a: HomeCase, b: HomeCase): number {
  const x = a.home.nextMeeting;
  const y = b.home.nextMeeting;
  if (x && y) return x.daysAway - y.daysAway || x.start.localeCompare(y.start);
  if (x || y) return x ? -1 : 1;
  return a.case.studentName.localeCompare(b.case.studentName);
}

/** `now` is an ISO instant (whole seconds, so the plans kept for that second are reused). */
export async function homeOf(storage: Storage, userId: string, now: string): Promise<HomeCase[]> {
  const rows = await listCaseRows(storage.db, userId);
  const notes = new Map((await listSharedCases(storage.db, userId)).map((s) => [s.caseId, s.note]));
  const nowDate = new Date(now);
  const cases: HomeCase[] = [];
  for (const { member_role: role, ...row } of rows) {
    if (!isCaseRole(role) || !roleMay(role, 'read')) continue;
    const result = await answersOfCase(storage, row.owner_id, row.id, now, toStoredCase(row));
    if (result.kind !== 'ok') continue; // deleted between the two reads
    const { list, plans, stored } = result.value;
    cases.push({
      case: caseSummaryOf(row, nowDate, stored),
      role,
      note: notes.get(row.id) ?? '',
      home: summarizeCaseHome({ now, meetings: stored.file.meetings, plans, answers: list }),
    });
  }
  return cases.sort(bySoonestMeeting);
}
