// Paths of the case-scoped routes, shared by every feature's api module.
export const caseUrl = (id: string) => `/api/cases/${encodeURIComponent(id)}`;
export const meetingUrl = (id: string, meetingId: string) =>
  `${caseUrl(id)}/meetings/${encodeURIComponent(meetingId)}`;
