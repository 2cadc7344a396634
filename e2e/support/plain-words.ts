import {
  EXTRACT_KINDS,
  IMPORT_KINDS,
  LETTER_KINDS,
  MEETING_KINDS,
  PROGRESS_STATUSES,
  RULE_KINDS,
  SEND_METHODS,
  TASK_IDS,
  TEAM_ROLES,
} from '@iep/core';

// What a page must never show a parent (issue 16, "No machine words"): the words of the program, not of people.

/** Enum values that are also ordinary English, so finding them in a sentence is not a leak. */
const ENGLISH = new Set(['follow-up', 'hand-delivery', 'make-up']);

/** Core's hyphenated enum values ("annual-review", "agency-guidance"): shown raw, they are machine words. */
export const RAW_ENUM_VALUES: ReadonlySet<string> = new Set(
  [
    ...MEETING_KINDS,
    ...LETTER_KINDS,
    ...TASK_IDS,
    ...RULE_KINDS,
    ...TEAM_ROLES,
    ...PROGRESS_STATUSES,
    ...IMPORT_KINDS,
    ...SEND_METHODS,
    ...EXTRACT_KINDS,
  ].filter((v) => /[-_]/.test(v) && !ENGLISH.has(v)),
);

const PATTERNS: [name: string, pattern: RegExp][] = [
  ['a JSON path', /\$\.[A-Za-z_[]/],
  // "iep" in lower case followed by a word is a command line ("iep models install …"); "npm run" and the like too.
  ['a shell command', /(?:^|\s)(?:iep [a-z][a-z-]* |(?:npm|npx|sudo|apt-get) [a-z])/m],
  ['an ISO date', /\b\d{4}-\d{2}-\d{2}\b/],
  ['a snake_case word', /\b[a-z]+_[a-z0-9_]+\b/],
  ['an IANA time zone', /\b(?:America|Europe|Pacific|Asia|Africa|Australia|US|Etc)\/[A-Z][A-Za-z_]+/],
];

/** The machine words in a page's visible text, each named with what it is and a little context. */
export function machineWords(text: string): string[] {
  const found: string[] = [];
  for (const [name, pattern] of PATTERNS) {
    const m = pattern.exec(text);
    if (m) found.push(`${name}: "${context(text, m.index, m[0].length)}"`);
  }
  for (const m of text.matchAll(/[A-Za-z0-9][A-Za-z0-9_-]*[A-Za-z0-9]/g)) {
    if (RAW_ENUM_VALUES.has(m[0])) found.push(`a raw enum value: "${context(text, m.index, m[0].length)}"`);
  }
  return found;
}

function context(text: string, at: number, length: number): string {
  return text.slice(Math.max(0, at - 30), at + length + 30).replace(/\s+/g, ' ');
}
