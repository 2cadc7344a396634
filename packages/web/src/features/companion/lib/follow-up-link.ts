// Where "Draft the follow-up" takes the parent: the follow-up email's review page, with what the letters page
// shows about it (how long drafting took, the Notice of Action request drafted beside it).

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
