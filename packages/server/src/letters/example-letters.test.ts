import { readFileSync } from 'node:fs';
import {
  isAfterMeetingLetter,
  LETTER_KINDS,
  letterToText,
  lintText,
  notesSections,
  parseCaseFileText,
  type CaseFile,
  type Letter,
  type LetterKind,
} from '@iep/core';
import mammoth from 'mammoth';
import { simpleParser } from 'mailparser';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { withExtraService } from '../../../core/src/letters/test-fixtures/example.js';
import { matrixCase } from '../../../core/src/letters/test-fixtures/matrix.js';
import { buildCaseLetter } from './letters.service.js';
import { renderLetter } from './render-letter.js';
import { renderNotes } from './render-notes.js';

// The letter linter on the files that leave the house: every kind, for an IEP and a 504 plan, in and out of St.
// Louis County, with and without emails, rendered for real. The DOCX is read back with mammoth, the PDF with pdf.js
// and the email's text part with mailparser; each text is linted like the letter itself (no label, placeholder,
// machine word, repeated recipient or closed by-date) and must hold none of the "Notes for you" page.

const exampleCase = (): CaseFile => {
  const parsed = parseCaseFileText(
    readFileSync(new URL('../test-fixtures/case.example.json', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error('example case is invalid');
  return parsed.value;
};
const answers = JSON.parse(
  readFileSync(
    new URL('../../../core/src/letters/test-fixtures/answers.example.json', import.meta.url),
    'utf8',
  ),
) as Partial<Record<LetterKind, Record<string, unknown>>>;

function exampleLetter(kind: LetterKind, caseFile: CaseFile): Letter {
  const built = buildCaseLetter(kind, {
    caseFile,
    meetingId: 'm1',
    answers: answers[kind] ?? {},
    now: isAfterMeetingLetter(kind) ? '2026-12-08T08:00:00-06:00' : '2026-11-23T12:00:00-06:00',
  });
  if (!built.ok) throw new Error(`${kind}: ${JSON.stringify(built.missing)}`);
  return built.letter;
}

/** Text with all whitespace runs made one space: PDF and DOCX wrap lines where they like. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

async function pdfText(bytes: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(bytes) }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join('\n'));
  }
  await doc.destroy();
  return parts.join('\n');
}

async function renderedTexts(letter: Letter, name: string): Promise<Record<string, string>> {
  const docx = await renderLetter(letter, 'docx', name);
  const pdf = await renderLetter(letter, 'pdf', name);
  const texts: Record<string, string> = {
    docx: (await mammoth.extractRawText({ buffer: docx.bytes })).value,
    pdf: await pdfText(pdf.bytes),
  };
  if (letter.sender.email !== undefined && [...letter.to, ...letter.cc].some((r) => r.email !== undefined)) {
    const eml = await renderLetter(letter, 'eml', name);
    texts['eml'] = (await simpleParser(eml.bytes)).text ?? '';
  }
  return texts;
}

const VARIANTS = (['IEP', '504'] as const).flatMap((plan) =>
  (['ssd-partner', 'other'] as const).flatMap((district) =>
    (['all', 'none'] as const).map((emails) => ({ plan, district, emails, roster: 'many' as const })),
  ),
);

describe.each(LETTER_KINDS)('%s as the school receives it', (kind) => {
  it.each(VARIANTS.map((v) => [`${v.plan} ${v.district} emails:${v.emails}`, v] as const))(
    '%s: the DOCX, PDF and email text pass the linter and carry no notes',
    async (_name, variant) => {
      const caseFile = matrixCase(exampleCase(), variant);
      const letter = exampleLetter(kind, caseFile);
      const notes = notesSections(letter).flatMap((s) => [s.heading, ...s.items]);
      for (const [format, text] of Object.entries(await renderedTexts(letter, caseFile.student.name))) {
        expect(lintText(text, letter), format).toEqual([]);
        const f = flat(text);
        expect(f, format).toContain(caseFile.student.name);
        for (const note of notes) expect(f, `${format} holds a note: ${note}`).not.toContain(flat(note));
        // The signature: the closing, then the parent's name.
        expect(f.slice(f.lastIndexOf(letter.closing)), format).toMatch(/Maria Rivera/);
      }
    },
    // The first render loads pdfmake's fonts and docx; on a busy two-core machine that alone can take seconds.
    30_000,
  );
});

describe('buildCaseLetter wires the data check into the records request', () => {
  it('asks for the log of each service of the "no-service-log" finding, with its dates, under FERPA/IDEA', () => {
    const caseFile = withExtraService(exampleCase(), { id: 's2', name: 'Occupational therapy' });
    const built = buildCaseLetter('records-request', {
      caseFile,
      meetingId: '',
      answers: {},
      now: '2026-11-23T12:00:00-06:00',
    });
    if (!built.ok) throw new Error(JSON.stringify(built.missing));
    const text = flat(letterToText(built.letter));
    expect(text).toContain(
      'The complete service log (delivery log) for Occupational therapy, from August 24, 2026 to November 23, 2026',
    );
    expect(text).not.toMatch(/Sunshine|610\.023/);
  });
});

describe('the "Notes for you" page is its own file', () => {
  it('holds the notes, says it is not for the school, and is named apart from the letter', async () => {
    const caseFile = exampleCase();
    const letter = exampleLetter('records-request', caseFile);
    const pdf = await renderNotes(letter, 'pdf', caseFile.student.name);
    expect(pdf.filename).toBe('2026-11-23-records-request-jordan-rivera-notes-for-you.pdf');
    const text = flat(await pdfText(pdf.bytes));
    expect(text).toContain('Notes for you: Records request');
    expect(text).toContain(
      'These notes are for you. They are not part of the letter. Do not send them to the school.',
    );
    expect(text).toMatch(
      /RSMo 610\.021\(6\) \(a student's records are closed to the public\)\. This is the law\. SECONDARY: from a trusted guide/,
    );
    const txt = await renderNotes(letter, 'txt', caseFile.student.name);
    expect(txt.filename).toBe('2026-11-23-records-request-jordan-rivera-notes-for-you.txt');
    expect(txt.bytes.toString('utf8')).toMatch(/^Notes for you: Records request\n/);
  });
});
