import { readFileSync } from 'node:fs';
import { LETTER_KINDS, parseCaseFileText, type Letter, type LetterKind } from '@iep/core';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { buildCaseLetter } from './letters.service.js';
import { renderLetter } from './render-letter.js';

// Every letter kind of the example case, rendered for real: the DOCX opened with mammoth and the PDF with pdf.js
// must hold the student's name, every citation of the letter and the parent's signature.

const caseFile = (() => {
  const parsed = parseCaseFileText(
    readFileSync(new URL('../test-fixtures/case.example.json', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error('example case is invalid');
  return parsed.value;
})();
const answers = JSON.parse(
  readFileSync(
    new URL('../../../core/src/letters/test-fixtures/answers.example.json', import.meta.url),
    'utf8',
  ),
) as Partial<Record<LetterKind, Record<string, unknown>>>;

function exampleLetter(kind: LetterKind): Letter {
  const built = buildCaseLetter(kind, {
    caseFile,
    meetingId: 'm1',
    answers: answers[kind] ?? {},
    now: kind === 'follow-up' ? '2026-12-08T08:00:00-06:00' : '2026-11-23T12:00:00-06:00',
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
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await doc.destroy();
  return flat(parts.join(' '));
}

describe.each(LETTER_KINDS)('the %s of the example case', (kind) => {
  const letter = exampleLetter(kind);
  const citations = letter.blocks.flatMap((b) =>
    b.type === 'citations' ? b.items.map((i) => i.citation) : [],
  );

  it('has the student, every citation and the signature in the DOCX and the PDF', async () => {
    if (kind !== 'follow-up') expect(citations.length).toBeGreaterThan(0);
    const docx = await renderLetter(letter, 'docx', caseFile.student.name);
    const pdf = await renderLetter(letter, 'pdf', caseFile.student.name);
    const texts = {
      docx: flat((await mammoth.extractRawText({ buffer: docx.bytes })).value),
      pdf: await pdfText(pdf.bytes),
    };
    for (const [format, text] of Object.entries(texts)) {
      expect(text, format).toContain('Jordan');
      for (const citation of citations) expect(text, `${format}: ${citation}`).toContain(flat(citation));
      // The signature: the closing, then the parent's name and her email.
      const tail = text.slice(text.lastIndexOf(letter.closing));
      expect(tail, format).toMatch(/Maria Rivera.*maria\.rivera@example\.org/);
    }
    expect(pdf.filename).toBe(`${letter.date}-${kind}-jordan-rivera.pdf`);
  });
});
