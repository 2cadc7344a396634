import { lintText, type LintProblem } from '../../letters/index.js';

// The evidence binder's plan: what the parent chose, in order, numbered as exhibits, with the words that go on the
// cover, the table of contents, the timeline and every page stamp. Pure, so the server's PDF writer only draws it
// and the words that reach the school are checked once, here, by the same linter as letters.

export type ExhibitSource =
  | { kind: 'pdf'; pageCount: number }
  | { kind: 'text'; text: string }
  | { kind: 'image'; mime: 'image/png' | 'image/jpeg' };

export interface ExhibitInput {
  title: string;
  /** YYYY-MM-DD: the document's date, the letter's sent date or the meeting's date. */
  date: string;
  /** Hex SHA-256 of the original, printed so anyone can check the copy. */
  sha256?: string;
  /** A line under the title: "Letter sent on ...", "Recording 00:12:30 to 00:13:05". */
  detail?: string;
  source: ExhibitSource;
  /** An original that cannot be copied in (an encrypted PDF): listed with a plain note, no pages. */
  unreadable?: boolean;
}

export interface TimelineEvent {
  date: string;
  what: string;
}

export interface BinderInput {
  childName: string;
  /** "State complaint", "Mediation", "Due process hearing". */
  purpose: string;
  preparedBy: string;
  /** YYYY-MM-DD, passed in: core has no clock. */
  preparedOn: string;
  exhibits: ExhibitInput[];
  timeline: TimelineEvent[];
}

export interface PlannedExhibit extends ExhibitInput {
  number: number;
  /** Pages this exhibit fills in the binder (0 for one listed but not copied). */
  pages: number;
  heading: string;
}

export interface BinderPlan {
  cover: string[];
  timeline: string[];
  exhibits: PlannedExhibit[];
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function binderDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined || Number.isNaN(y + m + d)) return iso;
  return `${MONTHS[m - 1] ?? ''} ${d}, ${y}`;
}

/** Text lines per page of a text exhibit, matched by the PDF writer's font size and margins. */
export const TEXT_LINES_PER_PAGE = 48;
export const TEXT_CHARS_PER_LINE = 92;

/** Wraps text to lines no wider than `width` characters, keeping paragraphs. */
export function wrapText(text: string, width = TEXT_CHARS_PER_LINE): string[] {
  const out: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      for (let rest = word; rest !== '';) {
        const piece = rest.slice(0, width);
        rest = rest.slice(width);
        if (line === '') line = piece;
        else if (line.length + 1 + piece.length <= width) line = `${line} ${piece}`;
        else {
          out.push(line);
          line = piece;
        }
      }
    }
    out.push(line);
  }
  return out;
}

function pagesOf(e: ExhibitInput): number {
  if (e.unreadable === true) return 0;
  switch (e.source.kind) {
    case 'pdf':
      return e.source.pageCount;
    case 'image':
      return 1;
    case 'text':
      return Math.max(1, Math.ceil(wrapText(e.source.text).length / TEXT_LINES_PER_PAGE));
  }
}

export function planBinder(input: BinderInput): BinderPlan {
  const exhibits = [...input.exhibits]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e, i): PlannedExhibit => ({ ...e, number: i + 1, pages: pagesOf(e), heading: `Exhibit ${i + 1}` }));
  return {
    cover: [
      `Evidence binder for ${input.childName}`,
      `Prepared for: ${input.purpose}`,
      `Prepared by ${input.preparedBy} on ${binderDate(input.preparedOn)}`,
      `${exhibits.length} exhibits. Each page is stamped with its exhibit number and page.`,
    ],
    timeline: [...input.timeline]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((t) => `${binderDate(t.date)}: ${t.what}`),
    exhibits,
  };
}

/** "Exhibit 4, page 2 of 7": drawn on every page of every exhibit. */
export function exhibitStamp(number: number, page: number, of: number): string {
  return `Exhibit ${number}, page ${page} of ${of}`;
}

export function tocLine(e: PlannedExhibit): string {
  const pages = e.pages === 1 ? '1 page' : `${e.pages} pages`;
  return `Exhibit ${e.number}. ${e.title} (${binderDate(e.date)}, ${e.unreadable === true ? 'listed only' : pages})`;
}

export const UNREADABLE_NOTE =
  'This file is locked with a password, so it could not be copied into this binder. The original is in the ZIP.';

/** Every sentence of ours in the binder (not the school's own documents), checked like a letter. */
export function binderOwnText(plan: BinderPlan): string {
  const lines = [
    ...plan.cover,
    'Table of contents',
    ...plan.exhibits.map(tocLine),
    'Timeline',
    ...plan.timeline,
  ];
  for (const e of plan.exhibits) {
    lines.push(e.heading, e.title);
    if (e.detail !== undefined) lines.push(e.detail);
    if (e.sha256 !== undefined) lines.push(`SHA-256 of the original: ${e.sha256}`);
    if (e.unreadable === true) lines.push(UNREADABLE_NOTE);
  }
  return lines.join('\n');
}

export function lintBinder(plan: BinderPlan): LintProblem[] {
  return lintText(binderOwnText(plan), { schoolDates: [], to: [], cc: [] });
}
