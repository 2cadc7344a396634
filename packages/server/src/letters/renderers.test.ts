import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { letterToText } from '@iep/core';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { letterFileName, recipientLines } from './letter-layout.js';
import { EmailNotPossibleError } from './render-eml.js';
import { renderLetter } from './render-letter.js';
import { sampleLetter } from './test-letter.test-helper.js';

const letter = sampleLetter();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-letters-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function pdfText(
  bytes: Buffer,
): Promise<{ text: string; pages: number; info: Record<string, unknown> }> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  const meta = await doc.getMetadata();
  const pages = doc.numPages;
  await doc.destroy();
  return { text: parts.join('\n').replace(/\s+/g, ' '), pages, info: meta.info as Record<string, unknown> };
}

describe('letterFileName', () => {
  it('is the date, the kind and the student, in safe characters only', () => {
    expect(letterFileName({ date: '2026-11-23', kind: 'recording-notice' }, 'Jordan Rivera', 'pdf')).toBe(
      '2026-11-23-recording-notice-jordan-rivera.pdf',
    );
    expect(letterFileName({ date: '2026-11-23', kind: 'concerns' }, 'José "J" O\'Neil/../x', 'docx')).toBe(
      '2026-11-23-concerns-jose-j-o-neil-x.docx',
    );
  });
});

describe('recipientLines', () => {
  it('says each part once and never prints how to deliver: that is a note for the parent', () => {
    expect(
      recipientLines({
        name: 'Custodian of Records',
        organization: 'district',
        organizationName: 'Hazelwood School District',
        office: true,
      }),
    ).toEqual(['Custodian of Records', 'Hazelwood School District']);
    const jamie = letter.to.find((r) => r.name === 'Jamie Fox');
    if (jamie === undefined) throw new Error('the sample letter goes to Jamie Fox');
    expect(recipientLines(jamie)).toEqual([
      'Jamie Fox',
      'Custodian of records',
      'Special School District of St. Louis County',
    ]);
  });
});

describe('DOCX', () => {
  it('opens with mammoth and holds the student, the body, the table and the signature, and no notes', async () => {
    const { bytes, contentType, filename } = await renderLetter(letter, 'docx', 'Jordan Rivera');
    expect(contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(filename).toBe('2026-11-23-records-request-jordan-rivera.docx');
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    expect(text).toContain('Jordan Rivera');
    expect(text).toContain('(34 CFR 300.613(a))');
    expect(text).not.toMatch(/PRIMARY|Sources|The 45 days count/);
    expect(text).toContain('Specialized instruction in reading');
    expect(text).toContain('November 23, 2026');
    expect(text).toContain('Thank you,');
    // The signature: the parent's name after the closing, then her contact details.
    expect(text.slice(text.indexOf('Thank you,'))).toMatch(/Maria Rivera\s+1234 Elm Street/);
    // A recipient without email is still addressed, with no delivery note in the address block.
    expect(text).toMatch(/Jamie Fox\s+Custodian of records\s+Special School District of St\. Louis County\s/);
    expect(text).not.toMatch(/No email on file/i);
    const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
    expect(html).toContain('<h2>What I am asking for</h2>');
    expect(html).toMatch(/<ol><li>First step in order<\/li>/);
    expect(html).toMatch(/<table>[\s\S]*Required[\s\S]*<\/table>/);
  });

  it('has US Letter pages, a Page X of Y footer and the letter date as creation date', async () => {
    const { bytes } = await renderLetter(letter, 'docx', 'Jordan Rivera');
    const file = path.join(tmp, 'letter.docx');
    fs.writeFileSync(file, bytes);
    const unzip = (entry: string) => execFileSync('unzip', ['-p', file, entry], { encoding: 'utf8' });
    expect(unzip('word/document.xml')).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
    const footers = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' })
      .split('\n')
      .filter((f) => /footer\d*\.xml$/.test(f));
    expect(footers.map(unzip).join('')).toMatch(/PAGE[\s\S]*NUMPAGES/);
    const core = unzip('docProps/core.xml');
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-23T12:00:00Z</dcterms:created>',
    );
    expect(core).toContain('<dc:title>Records request</dc:title>');
  });

  it('gives the same bytes for the same letter, whatever the clock says', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-01-01T00:00:00Z') });
    const first = (await renderLetter(letter, 'docx', 'Jordan Rivera')).bytes;
    vi.setSystemTime(new Date('2029-06-30T13:45:17Z'));
    const second = (await renderLetter(letter, 'docx', 'Jordan Rivera')).bytes;
    vi.useRealTimers();
    expect(second.equals(first)).toBe(true);
  });
});

describe('PDF', () => {
  it('has selectable text with the student, the body and the signature, page numbers, and no notes', async () => {
    const { bytes, contentType } = await renderLetter(letter, 'pdf', 'Jordan Rivera');
    expect(contentType).toBe('application/pdf');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { text, pages, info } = await pdfText(bytes);
    expect(text).toContain('Jordan Rivera');
    expect(text).toContain('(34 CFR 300.613(a))');
    expect(text).not.toMatch(/PRIMARY|Sources|The 45 days count|RSMo 610\.023/);
    expect(text).toMatch(/Thank you, Maria Rivera 1234 Elm Street/);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(info['Title']).toBe('Records request');
    expect(String(info['CreationDate'])).toMatch(/^D:20261123/);
  });

  it('is US Letter with the fonts embedded', async () => {
    const { bytes } = await renderLetter(letter, 'pdf', 'Jordan Rivera');
    const file = path.join(tmp, 'letter.pdf');
    fs.writeFileSync(file, bytes);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2);
    expect(fonts.filter((l) => l.trim() !== '').length).toBeGreaterThan(0);
    // pdffonts columns: name type encoding emb sub uni; every font must be embedded ("yes" in the emb column).
    for (const line of fonts.filter((l) => l.trim() !== ''))
      expect(line).toMatch(/Roboto\S*\s.*\byes\s+yes\b/);
  });

  it('renders a page that is not blank', async () => {
    const { bytes } = await renderLetter(letter, 'pdf', 'Jordan Rivera');
    const file = path.join(tmp, 'page.pdf');
    fs.writeFileSync(file, bytes);
    execFileSync('pdftoppm', ['-gray', '-r', '20', '-f', '1', '-l', '1', file, path.join(tmp, 'page')]);
    const pgmName = fs.readdirSync(tmp).find((f) => f.endsWith('.pgm')) ?? 'no-page-rendered.pgm';
    const pgm = fs.readFileSync(path.join(tmp, pgmName));
    // A binary PGM: "P5\n<w> <h>\n255\n" then one byte per pixel, 255 = white.
    const [, width, height] =
      /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1')) ?? [];
    expect(Number(width) * Number(height)).toBeGreaterThan(1000);
    const pixels = pgm.subarray(pgm.length - Number(width) * Number(height));
    const dark = pixels.filter((p) => p < 200).length;
    expect(dark / pixels.length).toBeGreaterThan(0.01);
  });

  it('gives the same bytes for the same letter', async () => {
    const a = (await renderLetter(letter, 'pdf', 'Jordan Rivera')).bytes;
    const b = (await renderLetter(letter, 'pdf', 'Jordan Rivera')).bytes;
    expect(b.equals(a)).toBe(true);
  });
});

describe('plain text', () => {
  it('is the core plain-text letter in UTF-8', async () => {
    const { bytes, contentType } = await renderLetter(letter, 'txt', 'Jordan Rivera');
    expect(contentType).toBe('text/plain; charset=utf-8');
    expect(bytes.toString('utf8')).toBe(letterToText(letter));
  });
});

describe('EML', () => {
  const headerOf = (eml: string, name: string) =>
    new RegExp(`^${name}: (.*(?:\\r\\n[ \\t].*)*)`, 'mi').exec(eml.split('\r\n\r\n')[0] ?? '')?.[1];

  it('is an RFC 5322 message from the parent to the recipients with email, with the PDF attached', async () => {
    const { bytes, contentType } = await renderLetter(letter, 'eml', 'Jordan Rivera');
    expect(contentType).toBe('message/rfc822');
    const eml = bytes.toString('utf8');
    expect(headerOf(eml, 'From')).toBe('Maria Rivera <maria.rivera@example.org>');
    expect(headerOf(eml, 'To')).toBe('Sam Ortiz <records@example.org>');
    expect(headerOf(eml, 'Cc')).toBe('Chris Patel <chris.patel@example.org>');
    expect(headerOf(eml, 'Subject')?.replace(/\r\n[ \t]/g, ' ')).toBe(letter.subject);
    expect(headerOf(eml, 'Date')).toBe('Mon, 23 Nov 2026 12:00:00 +0000');
    expect(headerOf(eml, 'Message-ID')).toMatch(/^<[0-9a-f]{32}@example\.org>$/);
    expect(headerOf(eml, 'MIME-Version')).toBe('1.0');
    // The text body names the recipient who has no email, so the parent sees who needs a paper copy.
    expect(eml).toContain('Jamie Fox');
    const boundary = /boundary="([^"]+)"/.exec(eml)?.[1];
    expect(boundary).toBeTruthy();
    const parts = eml.split(`--${boundary}`).slice(1, -1);
    expect(parts).toHaveLength(2);
    const [head = '', body = ''] = (parts[1] ?? '').replace(/^\r\n/, '').split('\r\n\r\n');
    const headers = head.replace(/\r\n[ \t]+/g, ' ');
    expect(headers).toContain(
      'Content-Type: application/pdf; name=2026-11-23-records-request-jordan-rivera.pdf',
    );
    expect(headers).toContain('Content-Transfer-Encoding: base64');
    expect(headers).toContain(
      'Content-Disposition: attachment; filename=2026-11-23-records-request-jordan-rivera.pdf',
    );
    const base64 = body.replace(/\s+/g, '');
    expect(base64.length).toBeGreaterThan(1000);
    const pdf = Buffer.from(base64, 'base64');
    const direct = (await renderLetter(letter, 'pdf', 'Jordan Rivera')).bytes;
    expect(pdf.equals(direct)).toBe(true);
  });

  it('refuses plainly when the parent has no email', async () => {
    const noEmail = sampleLetter({ sender: { name: 'Maria Rivera' } });
    await expect(renderLetter(noEmail, 'eml', 'Jordan Rivera')).rejects.toThrow(EmailNotPossibleError);
    await expect(renderLetter(noEmail, 'eml', 'Jordan Rivera')).rejects.toThrow(/Add your email address/);
  });

  it('goes to the people on copy when no addressee has an email, and refuses when nobody has one', async () => {
    const byMail = sampleLetter({ to: letter.to.slice(1) });
    const eml = (await renderLetter(byMail, 'eml', 'Jordan Rivera')).bytes.toString('utf8');
    expect(headerOf(eml, 'To')).toBe('Chris Patel <chris.patel@example.org>');
    expect(headerOf(eml, 'Cc')).toBeUndefined();
    const nobody = sampleLetter({ to: letter.to.slice(1), cc: [] });
    await expect(renderLetter(nobody, 'eml', 'Jordan Rivera')).rejects.toThrow(/No one this letter goes to/);
  });

  it('gives the same bytes for the same letter', async () => {
    const a = (await renderLetter(letter, 'eml', 'Jordan Rivera')).bytes;
    const b = (await renderLetter(letter, 'eml', 'Jordan Rivera')).bytes;
    expect(b.equals(a)).toBe(true);
  });
});
