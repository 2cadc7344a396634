import { DateTime } from 'luxon';

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** "Monday, December 7, 2026, 9:00 AM CST" for an ISO date-time with offset, shown in the given zone. */
export function humanDateTime(iso: string, zone: string): string {
  const dt = DateTime.fromISO(iso, { setZone: true }).setZone(zone);
  return dt.isValid ? dt.toFormat('cccc, LLLL d, yyyy, h:mm a ZZZZ') : iso;
}

/** "Tuesday, February 17, 2026" for an ISO date (or the date part of a date-time). */
export function humanDate(iso: string): string {
  const dt = DateTime.fromISO(iso, { setZone: true });
  return dt.isValid ? dt.toFormat('cccc, LLLL d, yyyy') : iso;
}
