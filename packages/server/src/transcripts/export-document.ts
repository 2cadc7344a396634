import { plainDate, type TranscriptView } from '@iep/core';
import { slug } from '../documents/dates-and-names.js';

// What the DOCX and PDF transcripts say, in order: the title, the facts about the recording, the note that a
// machine made it, then one line per segment. Kept here so both formats say the same thing.

export interface TranscriptFacts {
  studentName: string;
  /** YYYY-MM-DD, the meeting's local day. */
  meetingDate: string;
  engine: string | null;
  durationSec: number;
}

export interface TranscriptLine {
  /** "[0:12:03]" */
  clock: string;
  speaker: string;
  text: string;
}

export interface TranscriptDocument {
  title: string;
  facts: string[];
  note: string;
  lines: TranscriptLine[];
  /** The meeting day (YYYY-MM-DD): the files' fixed creation date. */
  date: string;
}

export const MACHINE_NOTE =
  "This is a machine transcript: a computer turned the meeting recording into text. It can get words and speakers wrong. It includes the parent's corrections. Check the recording before you quote it.";

/** Always hours, minutes and seconds ("0:12:03"), so every line lines up the same way. */
export function clockHms(sec: number): string {
  const total = Math.max(0, Math.floor(sec));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

export function transcriptTitle(facts: Pick<TranscriptFacts, 'studentName' | 'meetingDate'>): string {
  return `Meeting transcript: ${facts.studentName}, ${plainDate(facts.meetingDate)}`;
}

export function transcriptDocument(view: TranscriptView, facts: TranscriptFacts): TranscriptDocument {
  return {
    title: transcriptTitle(facts),
    facts: [
      `Student: ${facts.studentName}`,
      `Meeting date: ${plainDate(facts.meetingDate)}`,
      `Length of the recording: ${clockHms(facts.durationSec)}`,
      `Made by: ${facts.engine ?? 'an unknown speech engine'}`,
    ],
    note: MACHINE_NOTE,
    lines: view.segments.map((s) => ({
      clock: `[${clockHms(s.start)}]`,
      speaker: s.speakerName,
      text: s.text,
    })),
    date: facts.meetingDate,
  };
}

/** "2026-12-07-transcript-jordan-rivera.docx" */
export function transcriptFileName(
  facts: Pick<TranscriptFacts, 'studentName' | 'meetingDate'>,
  ext: string,
): string {
  const who = slug(facts.studentName);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(facts.meetingDate) ? facts.meetingDate : 'undated';
  return `${date}-transcript${who === '' ? '' : `-${who}`}.${ext}`;
}
