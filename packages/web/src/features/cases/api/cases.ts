import type {
  CaseListEntry,
  ClosureBody,
  MeetingBody,
  NewCaseBody,
  ReplaceCaseBody,
  StoredCase,
} from '@iep/core/contract';
import type { CaseFile } from '@iep/core';
import { request } from '../../../api/client';
import { caseUrl, meetingUrl } from '../../../api/urls';

export const casesApi = {
  listCases: () => request<{ cases: CaseListEntry[] }>('GET', '/api/cases'),
  createCase: (body: NewCaseBody) => request<{ id: string }>('POST', '/api/cases', { body }),
  importCase: (file: unknown) => request<{ id: string }>('POST', '/api/cases/import', { body: file }),
  getCase: (id: string) => request<StoredCase>('GET', caseUrl(id)),
  putCase: (id: string, version: number, file: CaseFile) => {
    const body: ReplaceCaseBody = { version, file };
    return request<StoredCase>('PUT', caseUrl(id), { body });
  },
  exportUrl: (id: string) => `${caseUrl(id)}/export`,

  addMeeting: (id: string, meeting: MeetingBody) =>
    request<StoredCase>('POST', `${caseUrl(id)}/meetings`, { body: meeting }),
  updateMeeting: (id: string, meeting: MeetingBody) =>
    request<StoredCase>('PUT', meetingUrl(id, meeting.id), { body: meeting }),
  deleteMeeting: (id: string, meetingId: string) => request<StoredCase>('DELETE', meetingUrl(id, meetingId)),
  addClosure: (id: string, closure: ClosureBody) =>
    request<StoredCase>('POST', `${caseUrl(id)}/closures`, { body: closure }),
  deleteClosure: (id: string, index: number) =>
    request<StoredCase>('DELETE', `${caseUrl(id)}/closures/${index}`),
};
