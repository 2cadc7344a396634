import type { Closure, Meeting, NewCaseBody } from './wire';
import { request } from './client';
import type { CaseSummary, Plan, Session, SetupState, StoredCase } from './types';
import type { CaseFile } from '@iep/core';

const caseUrl = (id: string) => `/api/cases/${encodeURIComponent(id)}`;
const meetingUrl = (id: string, meetingId: string) =>
  `${caseUrl(id)}/meetings/${encodeURIComponent(meetingId)}`;

export const api = {
  setup: () => request<SetupState>('GET', '/api/setup'),
  me: () => request<Session>('GET', '/api/auth/me', { quiet401: true }),
  signIn: (email: string, password: string) =>
    request<Session>('POST', '/api/auth/signin', { body: { email, password }, quiet401: true }),
  signUp: (name: string, email: string, password: string) =>
    request<Session>('POST', '/api/auth/signup', { body: { name, email, password } }),
  signOut: () => request<undefined>('POST', '/api/auth/signout', { quiet401: true }),

  listCases: () => request<{ cases: CaseSummary[] }>('GET', '/api/cases'),
  createCase: (body: NewCaseBody) => request<{ id: string }>('POST', '/api/cases', { body }),
  importCase: (file: unknown) => request<{ id: string }>('POST', '/api/cases/import', { body: file }),
  getCase: (id: string) => request<StoredCase>('GET', caseUrl(id)),
  putCase: (id: string, version: number, file: CaseFile) =>
    request<StoredCase>('PUT', caseUrl(id), { body: { version, file } }),
  exportUrl: (id: string) => `${caseUrl(id)}/export`,

  addMeeting: (id: string, meeting: Meeting) =>
    request<StoredCase>('POST', `${caseUrl(id)}/meetings`, { body: meeting }),
  deleteMeeting: (id: string, meetingId: string) => request<StoredCase>('DELETE', meetingUrl(id, meetingId)),
  addClosure: (id: string, closure: Closure) =>
    request<StoredCase>('POST', `${caseUrl(id)}/closures`, { body: closure }),
  deleteClosure: (id: string, index: number) =>
    request<StoredCase>('DELETE', `${caseUrl(id)}/closures/${index}`),

  plan: (id: string, meetingId: string) => request<Plan>('GET', `${meetingUrl(id, meetingId)}/plan`),
  setTaskDone: (id: string, meetingId: string, taskId: string, done: boolean) =>
    request<Plan>('PUT', `${meetingUrl(id, meetingId)}/tasks/${encodeURIComponent(taskId)}`, {
      body: { done },
    }),
  icsUrl: (id: string, meetingId: string) => `${meetingUrl(id, meetingId)}/plan.ics`,
};
