import { isBusinessDay, stateHolidayOn } from '../calendar/index.js';
import type { Letter, Recipient } from './letter-types.js';
import { letterProse, letterToText, recipientLine } from './letter-text.js';
import { plainDate } from './phrases.js';

// What leaves the house is checked like a proofreader would: no machine word, no placeholder, no label of ours, no
// one named twice, no by-date on a closed day, plain sentences at grade 8 or below. The same text checks run on the
// letter as built and on the DOCX, PDF and email made from it (the server's tests extract their text).

export type LintRule =
  | 'internal-label'
  | 'placeholder'
  | 'machine-word'
  | 'repeated-recipient'
  | 'closed-by-date'
  | 'reading-grade'
  | 'sentence-start'
  | 'sentence-end';

export interface LintProblem {
  rule: LintRule;
  message: string;
  /** The words that broke the rule, to find them. */
  excerpt: string;
}

export interface LintOptions {
  /**
   * The reading grade of plain prose (Flesch-Kincaid). Passed in so core does not carry a readability library
   * (text-readability patches the global Math object); the tests and the server pass text-readability's.
   */
  readingGrade: (prose: string) => number;
  /** Default 8. */
  maxGrade?: number;
}

// Words of ours that must never reach a school: confidence labels, notes phrases, delivery notes.
const INTERNAL: RegExp[] = [
  /\bPRIMARY\b/,
  /\bSECONDARY\b/,
  /\bUNCONFIRMED\b/,
  /practice, not law/i,
  /not a duty of the parent/i,
  /checked against the law itself/i,
  /from a trusted guide/i,
  /not yet confirmed/i,
  /from an official source/i,
  /it is not settled whether/i,
  /enacted text still to be checked/i,
  /no email on file/i,
  /deliver by hand or by mail/i,
  /\[[^\]]*;\s*(?:law|practice)[^\]]*\]/i,
  /notes for you/i,
];

const PLACEHOLDERS: RegExp[] = [
  /[{}]/,
  /\bTODO\b/i,
  /\bFIXME\b/i,
  /\bTBD\b/,
  /\bXXX\b/i,
  /lorem/i,
  /\[[^\]\n]*\]/,
];

const MACHINE: RegExp[] = [
  /\bundefined\b/,
  /\bnull\b/,
  /\bNaN\b/,
  /\[object Object\]/,
  /\bInvalid DateTime\b/i,
];

function around(text: string, index: number, length: number): string {
  return text.slice(Math.max(0, index - 30), index + length + 30).replace(/\s+/g, ' ');
}

function scan(text: string, patterns: RegExp[], rule: LintRule, what: string): LintProblem[] {
  const out: LintProblem[] = [];
  for (const p of patterns) {
    const m = new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`);
    for (let hit = m.exec(text); hit !== null; hit = m.exec(text)) {
      out.push({ rule, message: `${what}: "${hit[0]}"`, excerpt: around(text, hit.index, hit[0].length) });
    }
  }
  return out;
}

/**
 * The checks that need only words: run on the letter's text and on the text of every file made from it.
 * `schoolDates` are the by-dates the school must meet; each must be an open day and, when written, written as such.
 */
export function lintText(text: string, letter: Pick<Letter, 'schoolDates' | 'to' | 'cc'>): LintProblem[] {
  const problems = [
    ...scan(text, INTERNAL, 'internal-label', 'A note for the parent is in the letter'),
    ...scan(text, PLACEHOLDERS, 'placeholder', 'A placeholder is in the letter'),
    ...scan(text, MACHINE, 'machine-word', 'A machine word is in the letter'),
  ];
  for (const d of letter.schoolDates) {
    if (!isBusinessDay(d.date)) {
      const holiday = stateHolidayOn(d.date);
      problems.push({
        rule: 'closed-by-date',
        message: `${d.what}: ${plainDate(d.date)} is ${holiday === null ? 'a weekend day' : holiday.name}`,
        excerpt: d.date,
      });
    }
  }
  // The same person must not be named twice where the letter is addressed: each email once.
  const inAddress = text.split(/\n(?:Re|Subject): /)[0] ?? text;
  for (const r of [...letter.to, ...letter.cc]) {
    if (r.email === undefined) continue;
    const escaped = r.email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const times = inAddress.match(new RegExp(`(?<![\\w.])${escaped}(?![\\w])`, 'gi'))?.length ?? 0;
    if (times > 1)
      problems.push({
        rule: 'repeated-recipient',
        message: `${r.name} is addressed ${times} times`,
        excerpt: r.email,
      });
  }
  problems.push(...addressLineProblems(inAddress));
  return problems;
}

/** "To:" and "Cc:" lines of a text letter: no one twice, and no part of one recipient said twice. */
function addressLineProblems(address: string): LintProblem[] {
  const problems: LintProblem[] = [];
  for (const line of address.split('\n')) {
    const m = /^(?:To|Cc): (.*)$/.exec(line);
    if (m === null) continue;
    const people = (m[1] ?? '').split(/;\s*/).map((p) => p.trim().toLowerCase());
    if (new Set(people).size !== people.length)
      problems.push({ rule: 'repeated-recipient', message: 'Someone is addressed twice', excerpt: line });
    for (const person of people) {
      const parts = person.replace(/\s*<[^>]*>$/, '').split(/,\s*/);
      if (new Set(parts).size !== parts.length)
        problems.push({
          rule: 'repeated-recipient',
          message: 'A recipient line repeats itself',
          excerpt: person,
        });
    }
  }
  return problems;
}

function repeatedRecipients(list: readonly Recipient[]): LintProblem[] {
  const problems: LintProblem[] = [];
  const seen = new Map<string, string>();
  for (const r of list) {
    const line = recipientLine(r);
    const key = (r.email ?? `${r.name}|${r.organizationName ?? ''}`).toLowerCase();
    if (seen.has(key))
      problems.push({ rule: 'repeated-recipient', message: `${r.name} is listed twice`, excerpt: line });
    seen.set(key, line);
    // Within one line: no part said twice ("Custodian of Records, Hazelwood School District, Custodian of ...").
    const parts = line.replace(/\s*<[^>]*>$/, '').split(/,\s*/);
    const lower = parts.map((p) => p.toLowerCase());
    if (new Set(lower).size !== lower.length)
      problems.push({
        rule: 'repeated-recipient',
        message: 'A recipient line repeats itself',
        excerpt: line,
      });
  }
  return problems;
}

/** A form line to fill in by hand ("Signature: ____"): not a sentence. */
const FORM_LINE = /_{5,}/;

function sentenceProblems(letter: Letter): LintProblem[] {
  const problems: LintProblem[] = [];
  const check = (text: string, needEnd: boolean, end = /[.?!:]["')]?$/) => {
    const t = text.trim();
    if (t === '' || FORM_LINE.test(t)) return;
    if (!/^["'(]?[\p{Lu}\d]/u.test(t))
      problems.push({
        rule: 'sentence-start',
        message: 'A sentence starts without a capital letter',
        excerpt: t.slice(0, 80),
      });
    if (needEnd && !end.test(t))
      problems.push({ rule: 'sentence-end', message: 'A sentence has no end mark', excerpt: t.slice(-80) });
  };
  check(letter.greeting, true);
  // "Sincerely," is a closing, not a sentence: it ends with a comma.
  check(letter.closing, true, /,$/);
  for (const block of letter.body) {
    if (block.type === 'paragraph') check(block.text, true);
    else if (block.type === 'heading') check(block.text, false);
    else if (block.type === 'list') for (const item of block.items) check(item, false);
  }
  return problems;
}

/** Every problem with a letter as the school would receive it. Empty means it may leave the house. */
export function lintLetter(letter: Letter, options: LintOptions): LintProblem[] {
  const max = options.maxGrade ?? 8;
  const problems = [
    ...lintText(letterToText(letter), letter),
    ...repeatedRecipients([...letter.to, ...letter.cc]),
    ...sentenceProblems(letter),
  ];
  const prose = letterProse(letter);
  const grade = options.readingGrade(prose);
  if (grade > max) {
    problems.push({
      rule: 'reading-grade',
      message: `The letter reads at grade ${grade.toFixed(1)}; it must be ${max} or below`,
      excerpt: prose.slice(0, 120),
    });
  }
  return problems;
}
