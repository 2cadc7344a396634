import { dayNumber, isIsoDate, type IsoDate } from './iso-date.js';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './zoned-time.js';

// Fast readers for the two date-time shapes the planner gets on every call: a session's wall-clock time
// ("2026-12-07T09:00" or with seconds) and `now` with an offset ("2026-11-23T12:00:00-06:00" or "...Z").
// They return null for anything else, and callers fall back to luxon, so they only ever speed up, never refuse.

function num(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Reads "YYYY-MM-DDTHH:mm[:ss[.fff]]" as wall-clock milliseconds (as if UTC), or null; `end` is where it stopped. */
function wallClock(s: string): { ms: number; end: number } | null {
  if (s.length < 16 || s.charCodeAt(10) !== 84 /* T */ || s.charCodeAt(13) !== 58 /* : */) return null;
  const date = s.slice(0, 10);
  if (!isIsoDate(date)) return null;
  const h = num(s, 11, 13);
  const m = num(s, 14, 16);
  if (h < 0 || h > 23 || m < 0 || m > 59) return null;
  let ms = dayNumber(date as IsoDate) * DAY_MS + h * HOUR_MS + m * MINUTE_MS;
  let end = 16;
  if (s.charCodeAt(16) === 58) {
    const sec = num(s, 17, 19);
    if (sec < 0 || sec > 59) return null;
    ms += sec * 1000;
    end = 19;
    if (s.charCodeAt(19) === 46 /* . */) {
      const frac = num(s, 20, 23);
      if (frac < 0 || !(s.length === 23 || !/\d/.test(s.charAt(23)))) return null;
      ms += frac;
      end = 23;
    }
  }
  return { ms, end };
}

/** Wall-clock milliseconds of a local date-time without offset, or null if it is not in the simple form. */
export function readWallClock(s: string): number | null {
  const r = wallClock(s);
  return r !== null && r.end === s.length ? r.ms : null;
}

/** Epoch milliseconds of a date-time with "Z" or "±HH:mm", or null if it is not in the simple form. */
export function readInstant(s: string): number | null {
  const r = wallClock(s);
  if (r === null) return null;
  const rest = s.slice(r.end);
  if (rest === 'Z' || rest === 'z') return r.ms;
  if (rest.length !== 6 || (rest[0] !== '+' && rest[0] !== '-') || rest.charCodeAt(3) !== 58) return null;
  const oh = num(rest, 1, 3);
  const om = num(rest, 4, 6);
  if (oh < 0 || oh > 23 || om < 0 || om > 59) return null;
  const offset = (oh * 60 + om) * (rest[0] === '-' ? -1 : 1);
  return r.ms - offset * MINUTE_MS;
}
