// Times on the recording's timeline are seconds (numbers with millisecond precision). These turn them into the
// clock text people read ("1:02:03") and the cue times subtitle files need ("00:01:02,345").

/** Whole milliseconds, never negative; anything that is not a finite number counts as 0. */
function millis(sec: number): number {
  return Number.isFinite(sec) && sec > 0 ? Math.round(sec * 1000) : 0;
}

const two = (n: number) => String(n).padStart(2, '0');
const three = (n: number) => String(n).padStart(3, '0');

/** "2:03" under an hour, "1:02:03" from an hour on (seconds rounded down, as a player shows them). */
export function formatClock(sec: number): string {
  const total = Math.floor(millis(sec) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** "HH:MM:SS" plus the millisecond part after `sep` (SRT uses a comma, WebVTT a dot). */
export function cueTime(sec: number, sep: ',' | '.'): string {
  const ms = millis(sec);
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  return `${two(h)}:${two(Math.floor((total % 3600) / 60))}:${two(total % 60)}${sep}${three(ms % 1000)}`;
}
