import { readFileSync } from 'node:fs';
import { parseCaseFileText, type Letter, type LetterBlock } from '@iep/core';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { buildCaseLetter } from './letters.service.js';
import { renderLetter } from './render-letter.js';

// The concerns letter of the example case with a data-check question on the reading goal g1: the PDF draws the
// goal's chart and the DOCX embeds it as a picture, both followed by the scores.

const caseFile = (() => {
  const parsed = parseCaseFileText(
    readFileSync(new URL('../test-fixtures/case.example.json', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error('example case is invalid');
  return parsed.value;
})();

function concernsLetter(): Letter {
  const built = buildCaseLetter('concerns', {
    caseFile,
    meetingId: 'm1',
    answers: {
      requests: [{ kind: 'service', request: 'Add 30 minutes a week of reading help' }],
      findings: [{ goalId: 'g1', question: 'Why are the reading scores flat?' }],
    },
    now: '2026-11-23T12:00:00-06:00',
  });
  if (!built.ok) throw new Error(JSON.stringify(built.missing));
  return built.letter;
}

const letter = concernsLetter();
const chart = letter.body.find((b): b is Extract<LetterBlock, { type: 'chart' }> => b.type === 'chart');
const TITLE = 'Reading fluency: words correct per minute';
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

/** The names of the parts of a DOCX (zip central directory entries: signature 0x02014b50). */
function zipEntries(zip: Buffer): string[] {
  const names: string[] = [];
  for (let i = zip.indexOf('PK\x01\x02'); i >= 0; i = zip.indexOf('PK\x01\x02', i + 4)) {
    const nameLength = zip.readUInt16LE(i + 28);
    names.push(zip.toString('utf8', i + 46, i + 46 + nameLength));
  }
  return names;
}

describe('a concerns letter with a question on goal g1', () => {
  it('carries the g1 chart with its drawing', () => {
    expect(chart?.goalId).toBe('g1');
    expect(chart?.title).toBe(TITLE);
    expect(chart?.svg).toContain('<svg');
  });

  it('PDF: shows the chart title, the summary and the scores, and the same letter gives the same bytes', async () => {
    const pdf = await renderLetter(letter, 'pdf', caseFile.student.name);
    const text = await pdfText(pdf.bytes);
    expect(text).toContain(TITLE);
    // Once: the title drawn in the chart, not also a heading above it.
    expect(text.split(TITLE).length - 1).toBe(1);
    // The x-axis label exists only inside the drawn chart: the vector SVG's text was drawn in Roboto.
    expect(text).toContain('Weeks since August 17, 2026');
    expect(text).toContain(flat(chart?.summary ?? 'missing summary'));
    // The last reading score (75 on November 23, 2026) and its goal-line value, from the table.
    expect(text).toMatch(/2026-11-23 14 75 83\.2/);
    const again = await renderLetter(concernsLetter(), 'pdf', caseFile.student.name);
    expect(again.bytes.equals(pdf.bytes)).toBe(true);
  });

  it('DOCX: embeds a PNG with the summary as alt text, then the table, and the same letter gives the same bytes', async () => {
    const docx = await renderLetter(letter, 'docx', caseFile.student.name);
    const parts = zipEntries(docx.bytes);
    const media = parts.filter((p) => p.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(media[0]).toMatch(/\.png$/);
    const { value: html } = await mammoth.convertToHtml({ buffer: docx.bytes });
    expect(html).toMatch(/<img [^>]*alt="[^"]*14 scores went from 70 to 75/);
    expect(html).toMatch(
      /<table>[\s\S]*Words correct per minute[\s\S]*2026-11-23[\s\S]*83\.2[\s\S]*<\/table>/,
    );
    const { value: text } = await mammoth.extractRawText({ buffer: docx.bytes });
    expect(text).toContain(TITLE);
    const again = await renderLetter(concernsLetter(), 'docx', caseFile.student.name);
    expect(again.bytes.equals(docx.bytes)).toBe(true);
  });
});
