// Times on a transcript are seconds on the recording's timeline (parts played back to back). These helpers turn
// them into clock text, words a screen reader reads well, and the "time left" line of a running transcript.

/** "2:03" or "1:02:03" for a number of seconds (rounded down to the second). */
export function clockOf(sec: number): string {
  const total = Math.max(0, Math.floor(Number.isFinite(sec) ? sec : 0));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

const unit = (n: number, name: string) => `${n} ${name}${n === 1 ? '' : 's'}`;

/** "1 hour 2 minutes 3 seconds", for labels a screen reader speaks. */
export function spokenClock(sec: number): string {
  const total = Math.max(0, Math.floor(Number.isFinite(sec) ? sec : 0));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const words: string[] = [];
  if (h) words.push(unit(h, 'hour'));
  if (m) words.push(unit(m, 'minute'));
  if (s || words.length === 0) words.push(unit(s, 'second'));
  return words.join(' ');
}

/**
 * The time left of a running transcript in plain words: "about 3 minutes left". Rounded so it does not jump
 * every poll: minutes under an hour, then hours and quarter hours.
 */
export function etaText(etaSec: number | null): string {
  if (etaSec === null || !Number.isFinite(etaSec) || etaSec < 0) return 'Working out how long it will take…';
  if (etaSec < 45) return 'Less than a minute left';
  const minutes = Math.max(1, Math.round(etaSec / 60));
  if (minutes < 60) return `About ${unit(minutes, 'minute')} left`;
  const quarters = Math.round(etaSec / 900);
  const hours = Math.floor(quarters / 4);
  const rest = (quarters % 4) * 15;
  return rest === 0
    ? `About ${unit(hours, 'hour')} left`
    : `About ${unit(hours, 'hour')} ${rest} minutes left`;
}

/** "42%": the share done, never 100% before the job says it is finished. */
export function percentText(progress: number, done = false): string {
  if (done) return '100%';
  const p = Number.isFinite(progress) ? progress : 0;
  return `${Math.min(99, Math.max(0, Math.floor(p * 100)))}%`;
}

/**
 * What the progress live region says: only every tenth step, so a screen reader is not interrupted at every
 * poll. Returns the same text for 31% and 38% on purpose.
 */
export function progressAnnouncement(progress: number): string {
  const tens = Math.min(9, Math.max(0, Math.floor((Number.isFinite(progress) ? progress : 0) * 10)));
  return tens === 0 ? 'The transcript has started.' : `The transcript is ${tens * 10}% done.`;
}

/** How far a live transcript has got, in words: "The first 12 minutes are written." */
export function liveProgressText(processedSec: number): string {
  const minutes = Math.floor(Math.max(0, Number.isFinite(processedSec) ? processedSec : 0) / 60);
  if (minutes === 0) return 'The first words are on their way.';
  return minutes === 1
    ? 'The first minute is written.'
    : `The first ${spokenClock(minutes * 60)} are written.`;
}

/**
 * What the live region says of a live transcript: only every 5 minutes of the meeting, so a screen reader is not
 * interrupted at every poll.
 */
export function liveAnnouncement(processedSec: number): string {
  const fives = Math.floor(Math.max(0, Number.isFinite(processedSec) ? processedSec : 0) / 300);
  return fives === 0
    ? 'The live transcript has started.'
    : `The first ${spokenClock(fives * 300)} of the meeting are written.`;
}

/** Reads the ?t= address parameter (seconds, e.g. "83.5") back to a number; null when it is not a time. */
export function parseSeconds(value: string | null): number | null {
  if (value === null || !/^\d+(\.\d+)?$/.test(value.trim())) return null;
  return Number(value.trim());
}
