import type { SegmentView, TranscriptView } from '@iep/core';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it, vi } from 'vitest';
import { clockHms, MACHINE_NOTE, transcriptDocument, transcriptFileName } from './export-document.js';
import { renderTranscript, TRANSCRIPT_CONTENT_TYPES } from './export-render.js';

const segment = (id: string, start: number, speakerName: string, text: string): SegmentView => ({
  id,
  start,
  end: start + 4,
  speaker: speakerName === 'Unknown speaker' ? null : 'S1',
  speakerName,
  text,
  words: [],
  edited: false,
  machineText: null,
});

const view: TranscriptView = {
  segments: [
    segment('a', 12.4, 'Maria Rivera', 'Can we add reading support?'),
    segment('b', 723.9, 'Ms. Lee', 'I will send the new schedule by Friday.'),
    segment('c', 3725, 'Unknown speaker', 'José said “no” to the aide.'),
  ],
  speakers: [],
};
const facts = {
  studentName: 'Jordan Rivera',
  meetingDate: '2026-12-07',
  engine: 'pocketsphinx (en-us)',
  durationSec: 3730,
};

async function pdfText(bytes: Buffer): Promise<{ text: string; info: Record<string, unknown> }> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  const meta = await doc.getMetadata();
  await doc.destroy();
  return { text: parts.join('\n').replace(/\s+/g, ' '), info: meta.info as Record<string, unknown> };
}

describe('transcript document', () => {
  it('writes every time as h:mm:ss', () => {
    expect([0, 59.9, 723.9, 3725, 18000].map(clockHms)).toEqual([
      '0:00:00',
      '0:00:59',
      '0:12:03',
      '1:02:05',
      '5:00:00',
    ]);
  });

  it('has a title with the student and the date, the facts, the machine note and one line per segment', () => {
    const doc = transcriptDocument(view, facts);
    expect(doc.title).toBe('Meeting transcript: Jordan Rivera, December 7, 2026');
    expect(doc.facts).toContain('Made by: pocketsphinx (en-us)');
    expect(doc.facts).toContain('Length of the recording: 1:02:10');
    expect(doc.note).toBe(MACHINE_NOTE);
    expect(doc.lines[1]).toEqual({
      clock: '[0:12:03]',
      speaker: 'Ms. Lee',
      text: 'I will send the new schedule by Friday.',
    });
    expect(transcriptFileName(facts, 'pdf')).toBe('2026-12-07-transcript-jordan-rivera.pdf');
  });
});

describe('DOCX', () => {
  it('reads back with names and timestamps on each line', async () => {
    const file = await renderTranscript(view, facts, 'docx');
    expect(file.contentType).toBe(TRANSCRIPT_CONTENT_TYPES.docx);
    expect(file.filename).toBe('2026-12-07-transcript-jordan-rivera.docx');
    const { value: text } = await mammoth.extractRawText({ buffer: file.bytes });
    expect(text).toContain('Meeting transcript: Jordan Rivera, December 7, 2026');
    expect(text).toContain('machine transcript');
    expect(text).toContain('pocketsphinx (en-us)');
    expect(text).toContain('[0:00:12] Maria Rivera: Can we add reading support?');
    expect(text).toContain('[0:12:03] Ms. Lee: I will send the new schedule by Friday.');
    expect(text).toContain('[1:02:05] Unknown speaker: José said “no” to the aide.');
    const { value: html } = await mammoth.convertToHtml({ buffer: file.bytes });
    expect(html).toContain('<h1>Meeting transcript: Jordan Rivera, December 7, 2026</h1>');
  });

  it('gives the same bytes whatever the clock says', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-01-01T00:00:00Z') });
    const first = (await renderTranscript(view, facts, 'docx')).bytes;
    vi.setSystemTime(new Date('2029-06-30T13:45:17Z'));
    const second = (await renderTranscript(view, facts, 'docx')).bytes;
    vi.useRealTimers();
    expect(second.equals(first)).toBe(true);
  });
});

describe('PDF', () => {
  it('has selectable text with names and timestamps, dated with the meeting day', async () => {
    const file = await renderTranscript(view, facts, 'pdf');
    expect(file.contentType).toBe('application/pdf');
    expect(file.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { text, info } = await pdfText(file.bytes);
    expect(text).toContain('Meeting transcript: Jordan Rivera, December 7, 2026');
    expect(text).toContain('[0:12:03] Ms. Lee: I will send the new schedule by Friday.');
    expect(text).toContain('[1:02:05] Unknown speaker: José said “no” to the aide.');
    expect(text).toContain('Page 1 of 1');
    expect(info['Title']).toBe('Meeting transcript: Jordan Rivera, December 7, 2026');
    expect(String(info['CreationDate'])).toMatch(/^D:20261207/);
  });

  it('gives the same bytes whatever the clock says', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-01-01T00:00:00Z') });
    const first = (await renderTranscript(view, facts, 'pdf')).bytes;
    vi.setSystemTime(new Date('2029-06-30T13:45:17Z'));
    const second = (await renderTranscript(view, facts, 'pdf')).bytes;
    vi.useRealTimers();
    expect(second.equals(first)).toBe(true);
  });
});

describe('text formats', () => {
  it('come from core, named and typed for download', async () => {
    for (const format of ['txt', 'srt', 'vtt', 'json'] as const) {
      const file = await renderTranscript(view, facts, format);
      expect(file.filename).toBe(`2026-12-07-transcript-jordan-rivera.${format}`);
      expect(file.contentType).toBe(TRANSCRIPT_CONTENT_TYPES[format]);
      expect(file.bytes.toString('utf8')).toContain('I will send the new schedule by Friday.');
    }
    expect((await renderTranscript(view, facts, 'vtt')).bytes.toString('utf8')).toMatch(/^WEBVTT/);
    const json = JSON.parse((await renderTranscript(view, facts, 'json')).bytes.toString('utf8')) as unknown;
    expect(json).toBeTypeOf('object');
  });
});
