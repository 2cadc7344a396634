import type { Goal } from '../../case/case-schema.js';
import type { PROGRESS_STATUSES } from '../../case/case-schema.js';
import type { DocumentPageText } from './iep-compare.js';

// A progress report's marks and words per goal, read from its text so the data check can set them against the
// probes without the parent typing them again. Reports mark each goal with words ("Mastered", "Sufficient
// progress", "Not progressing") or codes explained in a key ("M = Mastered, SP = Sufficient Progress, IP =
// Insufficient Progress, NI = Not Introduced"); the goal is found by its number ("Goal 2", "Annual Goal #2") or its
// words (area, measure).

export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** Words for each status, longest first so "not progressing" wins over "progressing". */
const STATUS_WORDS: [RegExp, ProgressStatus][] = [
  [/\bnot (?:yet )?introduced\b|\bnot addressed\b/i, 'not-introduced'],
  [
    /\b(?:insufficient|limited|minimal|some|inadequate) progress\b|\bprogress is (?:not |in)sufficient\b|\bnot making (?:adequate|sufficient) progress\b/i,
    'limited-progress',
  ],
  [
    /\b(?:not progressing|no progress|not making (?:adequate |sufficient )?progress|no measurable progress)\b/i,
    'no-progress',
  ],
  [/\b(?:regress(?:ing|ed|ion))\b/i, 'regressing'],
  [
    /\b(?:sufficient|adequate|satisfactory) progress\b|\bprogress is (?:sufficient|adequate)\b|\bprogressing (?:adequately|sufficiently)\b|\bon track\b/i,
    'sufficient-progress',
  ],
  [/\b(?:mastered|goal met|met the goal|met goal|achieved)\b/i, 'mastered'],
  [/\b(?:progressing|making progress|emerging)\b/i, 'progressing'],
];

/** The usual codes when the report prints no key of its own. */
const DEFAULT_CODES: Record<string, ProgressStatus> = {
  M: 'mastered',
  GM: 'mastered',
  SP: 'sufficient-progress',
  P: 'progressing',
  IP: 'limited-progress',
  LP: 'limited-progress',
  NP: 'no-progress',
  R: 'regressing',
  NI: 'not-introduced',
  NA: 'not-introduced',
};

/** A status from words ("Sufficient progress"), or null. */
export function statusOfWords(text: string): ProgressStatus | null {
  for (const [re, status] of STATUS_WORDS) if (re.test(text)) return status;
  return null;
}

/** The report's own key: "M = Mastered", "SP - Sufficient progress", "NP: Not progressing". */
export function codeKey(text: string): Record<string, ProgressStatus> {
  const key: Record<string, ProgressStatus> = {};
  const entry =
    /\b([A-Z]{1,3})\s*(?:=|-|:|\u2013)\s*([A-Za-z][A-Za-z ]{3,40}?)(?=\s+[A-Z]{1,3}\s*(?:=|-|:|\u2013)|\s*[,;.\n]|\s*$)/gm;
  for (const m of text.matchAll(entry)) {
    const status = statusOfWords(m[2] ?? '');
    if (m[1] !== undefined && status !== null) key[m[1]] = status;
  }
  return key;
}

export interface GoalMark {
  goalId: string;
  area: string;
  status: ProgressStatus;
  /** The words the mark was read from ("Progress: SP", "Mastered"). */
  markQuote: string;
  page: number;
  /** The goal's part of the report, for the narrative check. */
  narrative: string;
}

export interface ProgressReading {
  marks: GoalMark[];
  /** Parts of the report that look like a goal but match none of the case's goals. */
  unmatched: { page: number; heading: string }[];
  period: string | null;
}

interface Section {
  page: number;
  heading: string;
  number: number | null;
  lines: string[];
}

const STOP = new Set([
  'the',
  'and',
  'will',
  'with',
  'for',
  'from',
  'given',
  'goal',
  'per',
  'in',
  'of',
  'a',
  'to',
  'by',
  'on',
  'at',
]);
const words = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length > 2 && !STOP.has(w)),
  );

const GOAL_HEADING = /^\s*(?:annual\s+|measurable\s+annual\s+)?goal\s*(?:#|no\.?|number)?\s*(\d{1,2})\b/i;

/** A short line naming every word of a goal's area ("Reading Fluency Goal", "1. Reading fluency (WCPM) IP"). */
function namesArea(line: string, goals: readonly Goal[]): boolean {
  if (line.length > 120) return false;
  const here = words(line);
  return goals.some((g) => {
    const area = words(g.area);
    return area.size > 0 && [...area].every((w) => here.has(w));
  });
}

/** A section per goal: from a "Goal 2" heading, or a short line that names a goal's area, to the next one. */
function sections(pages: readonly DocumentPageText[], goals: readonly Goal[]): Section[] {
  const out: Section[] = [];
  let current: Section | null = null;
  for (const page of pages)
    for (const raw of page.text.split('\n')) {
      const line = raw.replace(/\s+/g, ' ').trim();
      if (line === '') continue;
      const m = GOAL_HEADING.exec(line);
      // An "Area:" line under a "Goal 1" heading belongs to it; elsewhere a line naming an area starts a goal.
      const startsArea = m === null && !/^area\s*:/i.test(line) && namesArea(line, goals);
      if (m || startsArea) {
        const number = m ? Number(m[1]) : Number(/^(\d{1,2})[.)]\s/.exec(line)?.[1] ?? Number.NaN);
        current = {
          page: page.n,
          heading: line,
          number: Number.isNaN(number) ? null : number,
          lines: [line],
        };
        out.push(current);
      } else current?.lines.push(line);
    }
  return out;
}

function shared(of: string, text: Set<string>): number {
  const g = words(of);
  let n = 0;
  for (const w of g) if (text.has(w)) n++;
  return g.size === 0 ? 0 : n / g.size;
}

/** How well a section's words fit a goal: its area counts most (reports head each goal with it), then its text. */
function overlap(goal: Goal, text: string): number {
  const t = words(text);
  return 0.6 * shared(goal.area, t) + 0.4 * shared(`${goal.measure ?? ''} ${goal.text}`, t);
}

/** The status of a goal's section: a "Progress:" line's code or words first, then any status words. */
const UNCHECKED = /^\s*(?:\[\s\]|\(\s\)|\u2610|\u25a1)/;
const CHECKED = /^\s*(?:\[[xX\u2713\u2714]\]|\([xX]\)|\u2612|\u2611|\u25a0)\s*/;

/**
 * The status of a goal's section: a "Progress:" line's code or words first, then a ticked box, then a code of two
 * or more letters standing alone in a line ("Reading fluency  IP  Jordan reads..."), then any status words.
 * Unticked boxes are never read.
 */
function markOf(
  lines: readonly string[],
  key: Record<string, ProgressStatus>,
): { status: ProgressStatus; quote: string } | null {
  const codes = { ...DEFAULT_CODES, ...key };
  for (const line of lines) {
    const labelled = /\b(?:progress(?: code| mark| rating)?|status|rating|mark)\s*[:=-]\s*(.+)$/i.exec(line);
    if (!labelled?.[1]) continue;
    const value = labelled[1].trim();
    const code = /^([A-Z]{1,3})\b/.exec(value)?.[1];
    const byCode = code !== undefined ? codes[code] : undefined;
    const status = statusOfWords(value) ?? byCode ?? null;
    if (status !== null) return { status, quote: line };
  }
  for (const line of lines) {
    if (!CHECKED.test(line)) continue;
    const status = statusOfWords(line.replace(CHECKED, ''));
    if (status !== null) return { status, quote: line };
  }
  for (const line of lines)
    for (const token of line.split(/\s+/)) {
      const status = /^[A-Z]{2,3}$/.test(token) ? codes[token] : undefined;
      if (status !== undefined) return { status, quote: line };
    }
  for (const line of lines.slice(1)) {
    if (UNCHECKED.test(line)) continue;
    const status = statusOfWords(line);
    if (status !== null) return { status, quote: line };
  }
  return null;
}

const PERIOD =
  /\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)\s+(quarter|semester|trimester|grading period)|(quarter|semester|trimester)\s*(\d)|\bQ([1-4])\b)/i;
const ORDINAL: Record<string, string> = {
  '1': 'first',
  '2': 'second',
  '3': 'third',
  '4': 'fourth',
  '1st': 'first',
  '2nd': 'second',
  '3rd': 'third',
  '4th': 'fourth',
};

/** "second quarter", "first semester", or null. */
export function periodOf(text: string): string | null {
  const m = PERIOD.exec(text);
  if (!m) return null;
  if (m[1] && m[2]) return `${ORDINAL[m[1].toLowerCase()] ?? m[1].toLowerCase()} ${m[2].toLowerCase()}`;
  if (m[3] && m[4]) return `${ORDINAL[m[4]] ?? m[4]} ${m[3].toLowerCase()}`;
  if (m[5]) return `${ORDINAL[m[5]] ?? m[5]} quarter`;
  return null;
}

/**
 * The marks of a progress report per goal of the case. A section is the goal of its number when its words do not
 * point more clearly at another goal; a section matching no goal is listed as unmatched (never guessed).
 */
export function readProgressReport(
  pages: readonly DocumentPageText[],
  goals: readonly Goal[],
): ProgressReading {
  const all = pages.map((p) => p.text).join('\n');
  const key = codeKey(all);
  const marks: GoalMark[] = [];
  const unmatched: ProgressReading['unmatched'] = [];
  const taken = new Set<string>();
  for (const section of sections(pages, goals)) {
    const text = section.lines.join(' ');
    const scored = goals
      .map((g, i) => ({ g, score: overlap(g, text) + (section.number === i + 1 ? 0.25 : 0) }))
      .filter((s) => !taken.has(s.g.id))
      .sort((a, b) => b.score - a.score);
    const best = scored[0];
    const mark = markOf(section.lines, key);
    if (best === undefined || best.score < 0.3 || mark === null) {
      unmatched.push({ page: section.page, heading: section.heading.slice(0, 200) });
      continue;
    }
    taken.add(best.g.id);
    marks.push({
      goalId: best.g.id,
      area: best.g.area,
      status: mark.status,
      markQuote: mark.quote.slice(0, 300),
      page: section.page,
      narrative: section.lines.slice(1).join(' ').slice(0, 4000),
    });
  }
  return { marks, unmatched, period: periodOf(all) };
}
