import type { Plan } from '@iep/core';
import { request } from '../../../api/client';
import { meetingUrl } from '../../../api/urls';

export const planApi = {
  plan: (id: string, meetingId: string) => request<Plan>('GET', `${meetingUrl(id, meetingId)}/plan`),
  setTaskDone: (id: string, meetingId: string, taskId: string, done: boolean) =>
    request<Plan>('PUT', `${meetingUrl(id, meetingId)}/tasks/${encodeURIComponent(taskId)}`, {
      body: { done },
    }),
  icsUrl: (id: string, meetingId: string) => `${meetingUrl(id, meetingId)}/plan.ics`,
};
