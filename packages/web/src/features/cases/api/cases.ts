import type { CaseFile } from '@iep/core';
import { request } from '../../../api/client';
import type { CaseSummary, StoredCase } from '../../../api/types';
import { caseUrl, meetingUrl } from '../../../api/urls';
import type { Closure, Meeting, NewCaseBody } from './wire';

export const casesApi = {
  listCases: () => request<{ cases: CaseSummary[] }>('GET', '/api/cases'),
  createCase: (body: NewCaseBody) => request<{ id: string }>('POST', '/api/cases', { body }),
  importCase: (file: unknown) => request<{ id: string }>('POST', '/api/cases/import', { body: file }),
  getCase: (id: string) => request<StoredCase>('GET', caseUrl(id)),
  putCase: (id: string, version: number, file: CaseFile) =>
    request<StoredCase>('PUT', caseUrl(id), { body: { version, file } }),
  exportUrl: (id: string) => `${caseUrl(id)}/export`,

  addMeeting: (id: string, meeting: Meeting) =>
    request<StoredCase>('POST', `${caseUrl(id)}/meetings`, { body: meeting }),
  updateMeeting: (id: string, meeting: Meeting) =>
    request<StoredCase>('PUT', meetingUrl(id, meeting.id), { body: meeting }),
  deleteMeeting: (id: string, meetingId: string) => request<StoredCase>('DELETE', meetingUrl(id, meetingId)),
  addClosure: (id: string, closure: Closure) =>
    request<StoredCase>('POST', `${caseUrl(id)}/closures`, { body: closure }),
  deleteClosure: (id: string, index: number) =>
    request<StoredCase>('DELETE', `${caseUrl(id)}/closures/${index}`),
};
