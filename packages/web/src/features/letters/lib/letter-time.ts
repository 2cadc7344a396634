// The "Mark as sent" form asks for a date and time as the parent reads them on the clock in the meeting's
// zone; the server wants an instant. These helpers convert both ways without a date library.

function zoneParts(date: Date, timeZone: string): Record<string, number> {
  const formatter = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const out: Record<string, number> = {};
  for (const part of formatter.formatToParts(date)) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return out;
}

/** Minutes the zone is ahead of UTC at an instant (Chicago in winter: -360). */
function offsetMinutes(instantMs: number, timeZone: string): number {
  const p = zoneParts(new Date(instantMs), timeZone);
  const asUtc = Date.UTC(
    p.year ?? 0,
    (p.month ?? 1) - 1,
    p.day ?? 1,
    p.hour ?? 0,
    p.minute ?? 0,
    p.second ?? 0,
  );
  return Math.round((asUtc - Math.floor(instantMs / 1000) * 1000) / 60000);
}

/** "2026-11-23" + "14:05" on the clock in `timeZone` -> ISO instant in UTC, or null when not a real date. */
export function localToInstant(date: string, time: string, timeZone: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  if (Number.isNaN(wall) || new Date(wall).toISOString().slice(0, 10) !== date) return null;
  // Two passes settle the offset on both sides of a daylight-saving change.
  let instant = wall - offsetMinutes(wall, timeZone) * 60000;
  instant = wall - offsetMinutes(instant, timeZone) * 60000;
  return new Date(instant).toISOString();
}

/** An instant as the date and time fields show it in `timeZone`: { date: 'YYYY-MM-DD', time: 'HH:MM' }. */
export function instantToLocal(iso: string, timeZone: string): { date: string; time: string } {
  const p = zoneParts(new Date(iso), timeZone);
  const two = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
  return {
    date: `${String(p.year ?? 0).padStart(4, '0')}-${two(p.month)}-${two(p.day)}`,
    time: `${two(p.hour)}:${two(p.minute)}`,
  };
}
