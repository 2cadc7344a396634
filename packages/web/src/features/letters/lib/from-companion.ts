// The meeting companion's "Draft the follow-up" lands on the follow-up email's review page, with what the page
// says about it (how long drafting took, the Notice of Action request drafted beside it, promises on the plan).

/** Handed to the letter page through the router's state (never in the address). */
export interface FromCompanion {
  fromCompanion: {
    /** performance.now() when the parent tapped "Draft the follow-up" (the same page, no reload). */
    clickedAt: number;
    pwnRequest: boolean;
    promises: number;
  };
}

export function letterReviewHref(caseId: string, kind: string, meetingId: string): string {
  return (
    `/cases/${encodeURIComponent(caseId)}/letters/${encodeURIComponent(kind)}` +
    `?meeting=${encodeURIComponent(meetingId)}&step=review`
  );
}

/** The companion's note in the router state, or null for any other arrival. */
export function fromCompanion(state: unknown): FromCompanion['fromCompanion'] | null {
  if (typeof state !== 'object' || state === null || !('fromCompanion' in state)) return null;
  const v = (state as FromCompanion).fromCompanion;
  return typeof v.clickedAt === 'number' &&
    typeof v.pwnRequest === 'boolean' &&
    typeof v.promises === 'number'
    ? v
    : null;
}

/** Seconds in words, one decimal: "0.4 seconds". */
export function secondsWords(ms: number): string {
  const s = Math.max(0, ms) / 1000;
  return `${s.toFixed(1)} second${s.toFixed(1) === '1.0' ? '' : 's'}`;
}
