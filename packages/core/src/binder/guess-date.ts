import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';

// The document's own date, found in its first page: a labeled date ("Date of notice: March 3, 2026", "Dated",
// "Meeting date") wins over the first full date printed. chrono-node reads the dates, as extraction does; only
// dates with the year written are taken (a guessed year would file a paper in the wrong school year), and only
// dates that can be real for a paper the parent holds (not after the day it was received, not before 1990).

const LABELED =
  /\b(date\s+of\s+(notice|report|meeting|evaluation|iep|conference|this\s+notice)|notice\s+date|report\s+date|meeting\s+date|date\s+sent|dated|date)\s*[:\-–]?\s*/gi;
const HEAD_CHARS = 4000;
const EARLIEST = '1990-01-01';

function isoOf(components: chrono.ParsedComponents): string | null {
  if (!components.isCertain('year') || !components.isCertain('month') || !components.isCertain('day'))
    return null;
  const y = components.get('year');
  const m = components.get('month');
  const d = components.get('day');
  if (y === null || m === null || d === null) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function datesIn(text: string): { index: number; iso: string }[] {
  // A fixed reference, so nothing depends on today's date (core has no clock); years must be written anyway.
  const ref = { instant: DateTime.fromISO('2000-01-01T12:00:00Z', { zone: 'utc' }).toJSDate(), timezone: 0 };
  return chrono.strict
    .parse(text, ref)
    .map((r) => ({ index: r.index, iso: isoOf(r.start) }))
    .filter((d): d is { index: number; iso: string } => d.iso !== null);
}

/**
 * The date printed on the document (YYYY-MM-DD) or null. `receivedOn` (YYYY-MM-DD) bounds it: a paper is not
 * dated after the day it reached the parent.
 */
export function guessDocumentDate(text: string, receivedOn: string): string | null {
  const head = text.slice(0, HEAD_CHARS);
  const plausible = (iso: string) => iso >= EARLIEST && iso <= receivedOn;
  const dates = datesIn(head).filter((d) => plausible(d.iso));
  if (dates.length === 0) return null;
  for (const label of head.matchAll(LABELED)) {
    const after = label.index + label[0].length;
    const labeled = dates.find((d) => d.index >= after && d.index <= after + 4);
    if (labeled) return labeled.iso;
  }
  return dates[0]?.iso ?? null;
}
