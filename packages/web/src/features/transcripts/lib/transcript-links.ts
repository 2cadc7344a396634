import type { MeetingKind } from '@iep/core';
import { formatLocal } from '../../../lib/format-time';
import { meetingKindLabel } from '../../../lib/labels';

// Addresses of the transcript pages. A search hit opens its meeting's transcript at the moment (?t=seconds,
// rounded up to the hundredth so it never lands just before the segment it names) with the words searched for (?q=).

const enc = encodeURIComponent;

export function transcriptHref(caseId: string, meetingId: string, at?: { sec: number; q?: string }): string {
  const base = `/cases/${enc(caseId)}/meetings/${enc(meetingId)}/transcript`;
  if (!at) return base;
  const params = new URLSearchParams({
    t: String(Math.max(0, Math.ceil(Math.round(at.sec * 1e6) / 1e4) / 100)),
  });
  if (at.q) params.set('q', at.q);
  return `${base}?${params.toString()}`;
}

export function searchHref(
  caseId: string,
  query?: { q: string; speaker?: string; bookmark?: string },
): string {
  const base = `/cases/${enc(caseId)}/transcripts/search`;
  if (!query?.q) return base;
  const params = new URLSearchParams({ q: query.q });
  if (query.speaker) params.set('speaker', query.speaker);
  if (query.bookmark) params.set('bookmark', query.bookmark);
  return `${base}?${params.toString()}`;
}

/** "Yearly IEP review, December 7, 2026" for a meeting of the case; "A meeting" when it is gone. */
export function meetingTitle(
  meetings: readonly { id: string; kind: MeetingKind; sessions: { start: string }[] }[],
  meetingId: string,
): string {
  const m = meetings.find((x) => x.id === meetingId);
  if (!m) return 'A meeting';
  const first = m.sessions[0];
  const when = first
    ? `, ${formatLocal(first.start, { withYear: true, dateOnly: true, noWeekday: true })}`
    : '';
  return `${meetingKindLabel(m.kind)}${when}`;
}
