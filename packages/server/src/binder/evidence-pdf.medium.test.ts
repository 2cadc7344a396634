import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planBinder } from '@iep/core';
import { textPdf, textPng } from './binder.test-helper.js';
import { BinderTextError, drawBinder } from './evidence-pdf.js';

function pdfText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'binder-test-'));
  try {
    const file = join(dir, 'b.pdf');
    writeFileSync(file, bytes);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('drawBinder (real PDFs, read back with pdftotext)', () => {
  it('puts the contents and timeline first and stamps every page of every exhibit', async () => {
    const iep = Buffer.from(
      await textPdf([['Services: speech 60 minutes weekly'], ['Page two of the IEP'], ['Signatures']]),
    );
    const locked = Buffer.from(await textPdf([['Secret evaluation']], { userPassword: 'pw' }));
    const photo = textPng(['Notice of Action']);
    const plan = planBinder({
      childName: 'Sam Lee',
      purpose: 'State complaint',
      preparedBy: 'Ana Lee',
      preparedOn: '2026-12-04',
      timeline: [{ date: '2026-05-02', what: 'IEP meeting held.' }],
      exhibits: [
        { title: 'IEP', date: '2026-05-02', sha256: 'a'.repeat(64), source: { kind: 'pdf', pageCount: 3 } },
        {
          title: 'Email from the principal',
          date: '2026-03-01',
          source: { kind: 'text', text: 'We will call you.' },
        },
        { title: 'Evaluation report', date: '2026-06-01', source: { kind: 'pdf', pageCount: 1 } },
        { title: 'Photo of the notice', date: '2026-07-01', source: { kind: 'image', mime: 'image/png' } },
      ],
    });
    const originals = new Map<string, Buffer>([
      ['IEP', iep],
      ['Evaluation report', locked],
      ['Photo of the notice', photo],
    ]);
    const progress: number[] = [];
    const bytes = await drawBinder(plan, {
      openOriginal: (e) => Promise.resolve(originals.get(e.title)),
      onProgress: (done) => progress.push(done),
    });
    const text = pdfText(bytes);
    expect(progress).toEqual([1, 2, 3, 4]);
    expect(text).toContain('Table of contents');
    expect(text).toContain('Exhibit 1. Email from the principal (March 1, 2026, 1 page)');
    expect(text).toContain('Exhibit 2. IEP (May 2, 2026, 3 pages)');
    expect(text).toContain('May 2, 2026: IEP meeting held.');
    for (const p of [1, 2, 3]) expect(text).toContain(`Exhibit 2, page ${p} of 3`);
    expect(text).toContain('Exhibit 1, page 1 of 1');
    expect(text).toContain('Exhibit 4, page 1 of 1');
    expect(text).toContain('Services: speech 60 minutes weekly');
    expect(text).toMatch(new RegExp(`SHA-256 of the original:\\s+${'a'.repeat(64)}`));
    // The locked original is listed with a plain note, and none of its pages are stamped.
    expect(text).toContain('could not be copied into this binder');
    expect(text).not.toContain('Exhibit 3, page');
    // Stamps come after the contents: the order is cover, contents, timeline, then exhibits.
    expect(text.indexOf('Table of contents')).toBeLessThan(text.indexOf('Exhibit 2, page 1 of 3'));
  });

  it('refuses to draw a binder whose own words carry a placeholder', async () => {
    const plan = planBinder({
      childName: 'Sam Lee',
      purpose: 'Mediation',
      preparedBy: 'Ana Lee',
      preparedOn: '2026-12-04',
      timeline: [],
      exhibits: [{ title: 'Letter to [school]', date: '2026-01-01', source: { kind: 'text', text: 'x' } }],
    });
    await expect(drawBinder(plan, { openOriginal: () => Promise.resolve(undefined) })).rejects.toBeInstanceOf(
      BinderTextError,
    );
  });
});
