import { sourceLine } from '../rules/confidence.js';
import type { Letter, LetterBlock, Recipient } from './letter-types.js';
import { recipientParts } from './recipients.js';

// The plain-text letter (also the email body), the "Notes for you" page as text, and the prose used to measure
// readability. The letter text is made from the body only: notes have no way in.

const WIDTH = 78;

/** Wraps a paragraph at WIDTH columns; a word longer than the width stays whole on its own line. */
function wrap(text: string, indent = '', first = indent): string[] {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = first;
  let lineHasWord = false;
  for (const word of words) {
    if (lineHasWord && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = indent + word;
    } else {
      line += (lineHasWord ? ' ' : '') + word;
    }
    lineHasWord = true;
  }
  if (lineHasWord || lines.length === 0) lines.push(line);
  return lines;
}

/** "Chris Patel, special education teacher, Hazelwood School District <chris@x.org>": each part once. */
export function recipientLine(r: Recipient): string {
  return `${recipientParts(r).join(', ')}${r.email ? ` <${r.email}>` : ''}`;
}

/** A text table: the first column left-aligned, the others right-aligned (numbers), a dashed rule under the header. */
function tableLines(columns: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const all = [columns, ...rows];
  const widths = columns.map((_c, i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
  const row = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [row(columns), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(row)];
}

function blockLines(block: LetterBlock): string[] {
  switch (block.type) {
    case 'heading':
      return [block.text.toUpperCase()];
    case 'paragraph':
      return wrap(block.text);
    case 'list':
      return block.items.flatMap((item, i) => {
        const mark = block.ordered === true ? `${i + 1}. ` : '- ';
        return wrap(item, ' '.repeat(mark.length), mark);
      });
    case 'table':
      return [block.caption, ...tableLines(block.columns, block.rows)];
    case 'chart':
      // The plain text and the email body have no picture, so they carry the chart's words and its data.
      return [block.title, ...wrap(block.summary), '', ...tableLines(block.table.columns, block.table.rows)];
    case 'quote':
      return [...wrap(`"${block.text}"`, '    '), ...wrap(`(${block.citation})`, '    ')];
  }
}

/** The whole letter as plain text: date, addresses, subject, body, closing and signature. */
export function letterToText(letter: Letter): string {
  const out: string[] = [letter.date, ''];
  out.push(`To: ${letter.to.map(recipientLine).join('; ')}`);
  if (letter.cc.length > 0) out.push(`Cc: ${letter.cc.map(recipientLine).join('; ')}`);
  out.push(`Subject: ${letter.subject}`, '', letter.greeting, '');
  for (const block of letter.body) out.push(...blockLines(block), '');
  out.push(letter.closing, '', letter.sender.name);
  for (const line of [letter.sender.address, letter.sender.phone, letter.sender.email]) {
    if (line !== undefined && line !== '') out.push(line);
  }
  if (letter.attachments.length > 0) {
    out.push('', 'Attached:');
    for (const a of letter.attachments) out.push(...wrap(`${a.name}: ${a.description}`, '  ', '- '));
  }
  return `${out.join('\n')}\n`;
}

/** The sections of the "Notes for you" page, shared by the text, the PDF and the web page. */
export function notesSections(letter: Letter): { heading: string; items: string[] }[] {
  const sections = [
    { heading: 'Before you send it', items: letter.warnings },
    { heading: 'Good to know', items: letter.notes.points },
    { heading: 'Where the rules come from', items: letter.notes.sources.map(sourceLine) },
  ];
  return sections.filter((s) => s.items.length > 0);
}

export const NOTES_INTRO =
  'These notes are for you. They are not part of the letter. Do not send them to the school.';

/** The "Notes for you" page as plain text (printed only when the parent asks). */
export function notesToText(letter: Letter): string {
  const out: string[] = [`Notes for you: ${letter.title}`, '', ...wrap(NOTES_INTRO), ''];
  for (const section of notesSections(letter)) {
    out.push(section.heading.toUpperCase(), '');
    for (const item of section.items) out.push(...wrap(item, '  ', '- '));
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

/** Ends a list item with a period so the readability formula counts it as a sentence, not one run-on. */
const sentence = (s: string) => (/[.?!:]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

const isQuoted = (s: string) => /^".*"$/s.test(s.trim());

/**
 * Citations are names, not words the reader must understand: "34 CFR 300.503(b)", "RSMo 610.023.3", "(FERPA)".
 * They are left out of the reading-level measure (each one counts as many short "sentences" and long numbers).
 */
const CITATION =
  /\(?\b(?:\d+\s+CFR\s+[\d.]+(?:\([a-z0-9]+\))*(?:\s*(?:-|to|and)\s*\(?[a-z0-9]+\)?)*|RSMo\s+[\d.]+(?:\([a-z0-9]+\))*|\d+\s+U\.?S\.?C\.?\s+[\d.]+(?:\([a-z0-9]+\))*|\d+\s+F\.\d?d\s+\d+)\)?/gi;

export function withoutCitations(text: string): string {
  return text
    .replace(CITATION, ' ')
    .replace(/\(\s*\)/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The words the parent is asking the reader to read: paragraphs, list items, headings and chart summaries,
 * without quoted law, citations or tables (numbers and names, not sentences). Used for the grade-level check.
 */
export function letterProse(letter: Pick<Letter, 'body'>): string {
  const parts: string[] = [];
  for (const block of letter.body) {
    if (block.type === 'paragraph') parts.push(sentence(block.text));
    else if (block.type === 'heading') parts.push(sentence(block.text));
    // A list item wholly in quotation marks is quoted law (the seven elements of 300.503(b)), like a quote block.
    else if (block.type === 'list') parts.push(...block.items.filter((i) => !isQuoted(i)).map(sentence));
    // A chart's summary is a sentence the reader reads; its title and table are labels and numbers.
    else if (block.type === 'chart') parts.push(sentence(block.summary));
  }
  return withoutCitations(parts.join(' '));
}
