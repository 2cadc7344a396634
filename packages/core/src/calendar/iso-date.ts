import { DomainError } from '../rules/domain-error.js';

// Calendar dates are branded strings (YYYY-MM-DD) so that a date-time or a free string cannot be passed where a
// checked date is needed. Day arithmetic runs on whole day numbers (days since 1970-01-01): the business-day loops
// are the planner's hot path, and integer steps are exact (no zone, no DST) and much faster than date objects.

declare const isoDateBrand: unique symbol;
/** A real calendar date written YYYY-MM-DD (checked: 2026-02-30 can never be one). */
export type IsoDate = string & { readonly [isoDateBrand]: true };

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Reading digits by char code instead of a regex: dates are checked on every deadline call, and this allocates nothing.
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** True when s is a real date written YYYY-MM-DD. */
export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45)
    return false;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 7);
  const day = digits(s, 8, 10);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Checks and brands a date. Throws a DomainError with a plain message for anything that is not a real date.
 * (Named toIsoDate because the case module already exports the zod schema `isoDate`.)
 */
export function toIsoDate(s: string): IsoDate {
  if (!isIsoDate(s)) {
    throw new DomainError(
      'invalid-date',
      `"${s}" is not a real date. Write it as YYYY-MM-DD, like 2026-02-10.`,
    );
  }
  return s;
}

/** Days since 1970-01-01 (proleptic Gregorian), from H. Hinnant's days_from_civil. */
export function dayNumber(date: IsoDate): number {
  let y = digits(date, 0, 4);
  const m = digits(date, 5, 7);
  const d = digits(date, 8, 10);
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The date of a day number (inverse of dayNumber). */
export function fromDayNumber(n: number): IsoDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}` as IsoDate;
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function weekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** The date n days later (n may be negative); plain calendar steps, no RSMo 1.040 adjustment. */
export function shiftDays(date: IsoDate, n: number): IsoDate {
  return fromDayNumber(dayNumber(date) + n);
}
