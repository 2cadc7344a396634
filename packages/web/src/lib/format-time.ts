// Dates are shown in the meeting's own time zone, never the device's: a parent travelling or a server in UTC
// must still see "9:00 AM" for a 9:00 AM meeting in Missouri.

interface Parts {
  weekday: string;
  month: string;
  day: string;
  year: string;
  hour: string;
  minute: string;
  dayPeriod: string;
}

function partsOf(date: Date, timeZone: string): Parts {
  const formatter = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    hour12: true,
  });
  const out: Record<string, string> = {};
  for (const part of formatter.formatToParts(date)) out[part.type] = part.value;
  return {
    weekday: out.weekday ?? '',
    month: out.month ?? '',
    day: out.day ?? '',
    year: out.year ?? '',
    hour: out.hour ?? '',
    minute: out.minute ?? '',
    dayPeriod: (out.dayPeriod ?? '').toUpperCase(),
  };
}

export interface FormatOptions {
  /** Add the year ("Monday, January 4, 2027, 9:00 AM"), e.g. when the date is not in the current year. */
  withYear?: boolean;
  /** Leave the time out ("Monday, November 23"). */
  dateOnly?: boolean;
  /** Leave the weekday out, for dates where it means nothing (a birthday): "April 18, 2013". */
  noWeekday?: boolean;
}

function assemble(p: Parts, options: FormatOptions): string {
  const day = `${p.month} ${p.day}${options.withYear ? `, ${p.year}` : ''}`;
  const date = options.noWeekday ? day : `${p.weekday}, ${day}`;
  return options.dateOnly ? date : `${date}, ${p.hour}:${p.minute} ${p.dayPeriod}`;
}

/** An instant (ISO with offset or Z) in plain words in a time zone: "Monday, November 23, 9:00 AM". */
export function formatInZone(iso: string, timeZone: string, options: FormatOptions = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return assemble(partsOf(date, timeZone), options);
}

/** A wall-clock time without offset ("2026-12-07T09:00") in plain words, exactly as written. */
export function formatLocal(local: string, options: FormatOptions = {}): string {
  const date = new Date(`${local.length === 16 ? `${local}:00` : local}Z`);
  if (Number.isNaN(date.getTime())) return local;
  return assemble(partsOf(date, 'UTC'), options);
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function dateKeyInZone(iso: string, timeZone: string): string {
  const formatter = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const out: Record<string, string> = {};
  for (const part of formatter.formatToParts(new Date(iso))) out[part.type] = part.value;
  return `${out.year}-${out.month}-${out.day}`;
}

/** The year of an instant in a time zone, used to decide whether a date needs its year spelled out. */
export function yearInZone(iso: string, timeZone: string): string {
  return dateKeyInZone(iso, timeZone).slice(0, 4);
}

/** Today on this device as YYYY-MM-DD (the parent's "today", not UTC's). */
export function deviceToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
