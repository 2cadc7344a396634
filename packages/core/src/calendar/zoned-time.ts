import type { Zone } from 'luxon';
import { dayNumber, fromDayNumber, type IsoDate } from './iso-date.js';

// A moment plus the offset of its zone at that moment. The planner makes many "same wall-clock time, N days
// earlier" steps; doing them with epoch arithmetic and the zone's (remembered) offsets keeps 10,000 plans well
// under a second, where luxon objects took about 1.5 s. A property test checks these against luxon.

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

export interface ZonedTime {
  /** Epoch milliseconds. */
  readonly ms: number;
  /** Offset from UTC in minutes at that moment, in the zone. */
  readonly offset: number;
  readonly zone: Zone;
}

/** The moment `ms` seen in `zone`. */
export function atInstant(ms: number, zone: Zone): ZonedTime {
  return { ms, offset: zone.offset(ms), zone };
}

/**
 * The moment whose wall-clock reading in `zone` is `localMs` (wall-clock as if it were UTC). In a spring-forward gap
 * the time moves forward. In a fall-back overlap (the hour that happens twice) the moment with `preferOffset` is
 * taken when it is one of the two, else the earlier one: as luxon does, which keeps the offset it started from
 * when it shifts a time by days.
 */
export function atWallClock(localMs: number, zone: Zone, preferOffset?: number): ZonedTime {
  if (preferOffset !== undefined) {
    const ms = localMs - preferOffset * MINUTE_MS;
    if (zone.offset(ms) === preferOffset) return { ms, offset: preferOffset, zone };
  }
  const o1 = zone.offset(localMs);
  let ms = localMs - o1 * MINUTE_MS;
  const o2 = zone.offset(ms);
  if (o1 === o2) return { ms, offset: o1, zone };
  ms -= (o2 - o1) * MINUTE_MS;
  const o3 = zone.offset(ms);
  if (o2 === o3) return { ms, offset: o2, zone };
  return { ms: localMs - Math.min(o2, o3) * MINUTE_MS, offset: Math.max(o2, o3), zone };
}

export function wallClockMs(t: ZonedTime): number {
  return t.ms + t.offset * MINUTE_MS;
}

/** Same wall-clock time, `days` calendar days later (negative: earlier). */
export function plusDays(t: ZonedTime, days: number): ZonedTime {
  return atWallClock(wallClockMs(t) + days * DAY_MS, t.zone, t.offset);
}

/** Exactly `hours` hours later (negative: earlier), whatever the clocks do. */
export function plusHours(t: ZonedTime, hours: number): ZonedTime {
  return atInstant(t.ms + hours * HOUR_MS, t.zone);
}

/** The local calendar date. */
export function localDate(t: ZonedTime): IsoDate {
  return fromDayNumber(Math.floor(wallClockMs(t) / DAY_MS));
}

/** Same wall-clock time on another local date. */
export function onLocalDate(t: ZonedTime, date: IsoDate): ZonedTime {
  const local = wallClockMs(t);
  const timeOfDay = local - Math.floor(local / DAY_MS) * DAY_MS;
  return atWallClock(dayNumber(date) * DAY_MS + timeOfDay, t.zone, t.offset);
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));
const three = (n: number) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : String(n));

/** ISO 8601 with milliseconds and offset, as luxon's toISO() writes it: 2026-11-23T09:00:00.000-06:00. */
export function formatZoned(t: ZonedTime): string {
  const local = wallClockMs(t);
  const day = Math.floor(local / DAY_MS);
  let rest = local - day * DAY_MS;
  const h = Math.floor(rest / HOUR_MS);
  rest -= h * HOUR_MS;
  const m = Math.floor(rest / MINUTE_MS);
  rest -= m * MINUTE_MS;
  const s = Math.floor(rest / 1000);
  const ms = rest - s * 1000;
  const sign = t.offset < 0 ? '-' : '+';
  const abs = Math.abs(t.offset);
  return `${fromDayNumber(day)}T${two(h)}:${two(m)}:${two(s)}.${three(ms)}${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}
