import {
  transcriptToJson,
  transcriptToSrt,
  transcriptToText,
  transcriptToVtt,
  type TranscriptView,
} from '@iep/core';
import {
  transcriptDocument,
  transcriptFileName,
  transcriptTitle,
  type TranscriptFacts,
} from './export-document.js';

// One entry point for every transcript format. DOCX and PDF load their libraries on first use, as the letters do.

export const TRANSCRIPT_FORMATS = ['txt', 'srt', 'vtt', 'json', 'docx', 'pdf'] as const;
export type TranscriptFormat = (typeof TRANSCRIPT_FORMATS)[number];

export const BAD_FORMAT = `Pick a format: ${TRANSCRIPT_FORMATS.join(', ')}.`;

export function isTranscriptFormat(value: unknown): value is TranscriptFormat {
  return typeof value === 'string' && (TRANSCRIPT_FORMATS as readonly string[]).includes(value);
}

export const TRANSCRIPT_CONTENT_TYPES: Record<TranscriptFormat, string> = {
  txt: 'text/plain; charset=utf-8',
  srt: 'application/x-subrip; charset=utf-8',
  vtt: 'text/vtt; charset=utf-8',
  json: 'application/json; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export interface RenderedTranscript {
  filename: string;
  contentType: string;
  bytes: Buffer;
}

export async function renderTranscript(
  view: TranscriptView,
  facts: TranscriptFacts,
  format: TranscriptFormat,
): Promise<RenderedTranscript> {
  const meta = {
    title: transcriptTitle(facts),
    engine: facts.engine ?? 'unknown',
    recordedOn: /^\d{4}-\d{2}-\d{2}$/.test(facts.meetingDate) ? facts.meetingDate : null,
    durationSec: facts.durationSec,
  };
  const done = (bytes: Buffer): RenderedTranscript => ({
    filename: transcriptFileName(facts, format),
    contentType: TRANSCRIPT_CONTENT_TYPES[format],
    bytes,
  });
  switch (format) {
    case 'txt':
      return done(Buffer.from(transcriptToText(view, meta), 'utf8'));
    case 'srt':
      return done(Buffer.from(transcriptToSrt(view), 'utf8'));
    case 'vtt':
      return done(Buffer.from(transcriptToVtt(view), 'utf8'));
    case 'json':
      return done(Buffer.from(transcriptToJson(view, meta), 'utf8'));
    case 'docx': {
      const { transcriptDocx } = await import('./export-docx.js');
      return done(await transcriptDocx(transcriptDocument(view, facts)));
    }
    case 'pdf': {
      const { transcriptPdf } = await import('./export-pdf.js');
      return done(await transcriptPdf(transcriptDocument(view, facts)));
    }
  }
}
