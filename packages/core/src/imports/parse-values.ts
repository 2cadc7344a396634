import { ENUM_ALIASES } from './import-fields.js';

// Cell values from school exports, read strictly: a value we cannot read for sure is a problem to show, never a
// guess. Each reader returns the value or a plain message.

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const fail = (message: string): Read<never> => ({ ok: false, message });

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD, or M/D/YYYY as US school systems export it; the date must exist (2026-02-30 does not). */
export function readDate(raw: string): Read<string> {
  const text = raw.trim();
  let year: number;
  let month: number;
  let day: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else if (us) {
    month = Number(us[1]);
    day = Number(us[2]);
    year = Number(us[3]);
  } else {
    return fail(`"${text}" is not a date we can read. Write it as 2026-09-14 or 9/14/2026.`);
  }
  if (year < 1900 || year > 2200) return fail(`"${text}" has a year that does not look right.`);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return fail(`"${text}" is not a real date. Check the month and the day.`);
  }
  return { ok: true, value: `${year}-${pad(month)}-${pad(day)}` };
}

/** A number with an optional decimal point ("72", "72.5", "-3", ".5"); US thousands commas ("1,200") are fine. */
export function readNumber(raw: string): Read<number> {
  const text = raw.trim().replace(/%$/, '').trim();
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/.test(text) || !/\d/.test(text)) {
    return fail(`"${raw.trim()}" is not a number. Use digits, with a decimal point if needed (like 72.5).`);
  }
  return { ok: true, value: Number(text.replace(/,/g, '')) };
}

/** Whole minutes from 0 to 1440 (one day). */
export function readMinutes(raw: string): Read<number> {
  const n = readNumber(raw);
  if (!n.ok) return n;
  if (!Number.isInteger(n.value)) return fail(`"${raw.trim()}" is not a whole number of minutes.`);
  if (n.value < 0 || n.value > 1440)
    return fail(`${n.value} minutes is not possible in one day's log entry.`);
  return n;
}

const normalizeWord = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

/** One of `values`, matched without case and with the aliases schools use ("Delivered", "missed", "Met"). */
export function readEnum(raw: string, fieldId: string, values: readonly string[]): Read<string> {
  const word = normalizeWord(raw);
  const aliases = ENUM_ALIASES[fieldId] ?? {};
  for (const value of values) {
    if (normalizeWord(value) === word) return { ok: true, value };
    if ((aliases[value] ?? []).includes(word)) return { ok: true, value };
  }
  return fail(`"${raw.trim()}" is not one of the values we know here. Use one of: ${values.join(', ')}.`);
}

/** School year as 2025-26; 2025-2026 and 2025/26 are accepted. The second year must follow the first. */
export function readSchoolYear(raw: string): Read<string> {
  const text = raw.trim();
  const match = /^(\d{4})\s*[-/–]\s*(\d{2}|\d{4})$/.exec(text);
  if (!match) return fail(`"${text}" is not a school year. Write it like 2025-26.`);
  const first = Number(match[1]);
  const second = Number(match[2]);
  const secondFull = second < 100 ? Math.floor(first / 100) * 100 + second : second;
  if (secondFull !== first + 1 && !(second < 100 && secondFull + 100 === first + 1)) {
    return fail(`"${text}" is not a school year: the second year must come right after the first.`);
  }
  return { ok: true, value: `${first}-${pad((first + 1) % 100)}` };
}

const ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

/** An id as the case file writes it. */
export function readId(raw: string): Read<string> {
  const text = raw.trim();
  if (!ID_PATTERN.test(text))
    return fail(`"${text}" is not an id. Ids use letters, digits, dot, dash and underscore.`);
  return { ok: true, value: text };
}

/** Free text up to a length (the case file's own limits). */
export function readText(raw: string, max: number): Read<string> {
  const text = raw.trim();
  if (text.length > max) return fail(`This text is ${text.length} characters long; keep it under ${max}.`);
  return { ok: true, value: text };
}
