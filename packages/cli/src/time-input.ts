import { DateTime, IANAZone } from 'luxon';
import { CliError } from './cli-errors.js';

export const DEFAULT_TIME_ZONE = 'America/Chicago';

export function checkTimeZone(zone: string): string {
  if (!IANAZone.isValidZone(zone)) {
    throw new CliError(`"${zone}" is not a time zone we know. Use a name like America/Chicago.`, 2);
  }
  return zone;
}

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

export function looksLikeDateTime(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T/.test(value);
}

/**
 * Reads a wall-clock time such as 2026-12-07T09:00 in the given zone and returns it as YYYY-MM-DDTHH:mm:ss
 * (the case-file form). Offsets are refused here: meeting times are written as the clock on the school's wall.
 */
export function parseLocalDateTime(value: string, zone: string, what: string): string {
  if (!LOCAL_DATE_TIME.test(value)) {
    throw new CliError(`${what} "${value}" is not a date and time like 2026-12-07T09:00.`, 2);
  }
  const dt = DateTime.fromISO(value, { zone });
  if (!dt.isValid) throw new CliError(`${what} "${value}" is not a real date and time.`, 2);
  return dt.toFormat("yyyy-LL-dd'T'HH:mm:ss");
}

/** Reads "now": an instant with an offset, or a wall-clock time in the given zone. Returns an ISO instant. */
export function parseNow(value: string | undefined, zone: string, clock: () => Date): string {
  if (value === undefined) return DateTime.fromJSDate(clock()).setZone(zone).toISO() ?? clock().toISOString();
  const hasOffset = /([+-]\d{2}:?\d{2}|Z)$/.test(value);
  const dt = hasOffset ? DateTime.fromISO(value, { setZone: true }) : DateTime.fromISO(value, { zone });
  if (!dt.isValid || !looksLikeDateTime(value)) {
    throw new CliError(`--now "${value}" is not a date and time like 2026-11-23T12:00.`, 2);
  }
  return dt.toISO() ?? value;
}

/** Checks a YYYY-MM-DD date that must exist (2026-02-30 is refused). */
export function parseIsoDate(value: string, what: string): string {
  const dt = DateTime.fromFormat(value, 'yyyy-LL-dd', { zone: 'UTC' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !dt.isValid) {
    throw new CliError(`${what} "${value}" is not a real date written as YYYY-MM-DD.`, 2);
  }
  return value;
}
