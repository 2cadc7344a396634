import { plainDate } from '../calendar/plain-date.js';
import { cueTime, formatClock } from './clock.js';
import type { SegmentView, TranscriptView } from './transcript-types.js';

// Transcript files the parent can keep, share or load into a player: plain text to read, SRT and WebVTT subtitles
// (speaker names and times in each cue), and JSON for other tools. DOCX and PDF are made by the server from the text.

export interface TranscriptMeta {
  title: string;
  engine: string;
  /** YYYY-MM-DD (or an ISO date-time), or null when unknown. */
  recordedOn: string | null;
  durationSec: number;
}

/** Subtitle cues are one line each: line breaks would end a cue early. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A cue never ends before it starts (players drop such cues). */
const cueEnd = (s: SegmentView) => Math.max(s.end, s.start);

export function transcriptToText(view: TranscriptView, meta: TranscriptMeta): string {
  const head = [meta.title];
  const facts = [
    meta.recordedOn === null ? null : `Recorded on ${plainDate(meta.recordedOn)}.`,
    `Length: ${formatClock(meta.durationSec)}.`,
    `Made on this computer with ${meta.engine}. Computer transcripts have mistakes: check the recording before you rely on a word.`,
  ].filter((x): x is string => x !== null);
  head.push(facts.join(' '));
  if (view.speakers.length > 0) head.push(`Speakers: ${view.speakers.map((s) => s.name).join(', ')}.`);
  const lines = view.segments.map((s) => `[${formatClock(s.start)}] ${s.speakerName}: ${oneLine(s.text)}`);
  return `${head.join('\n')}\n\n${lines.join('\n')}\n`;
}

export function transcriptToSrt(view: TranscriptView): string {
  return view.segments
    .map((s, i) => {
      // "-->" inside the text would be read as a new timing line.
      const text = oneLine(`${s.speakerName}: ${s.text}`).replace(/-->/g, '->');
      return `${i + 1}\n${cueTime(s.start, ',')} --> ${cueTime(cueEnd(s), ',')}\n${text}\n`;
    })
    .join('\n');
}

/** WebVTT cue text is HTML-like: & < > must be written as entities. */
function vttEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function transcriptToVtt(view: TranscriptView): string {
  const cues = view.segments.map(
    (s) =>
      `${cueTime(s.start, '.')} --> ${cueTime(cueEnd(s), '.')}\n<v ${vttEscape(oneLine(s.speakerName))}>${vttEscape(oneLine(s.text))}\n`,
  );
  return ['WEBVTT\n', ...cues].join('\n');
}

export function transcriptToJson(view: TranscriptView, meta: TranscriptMeta): string {
  const doc = {
    format: 'iep-ready/transcript@1',
    title: meta.title,
    engine: meta.engine,
    recordedOn: meta.recordedOn,
    durationSec: meta.durationSec,
    speakers: view.speakers.map((s) => ({
      label: s.label,
      name: s.name,
      named: s.named,
      seconds: s.seconds,
    })),
    segments: view.segments.map((s) => ({
      id: s.id,
      start: s.start,
      end: s.end,
      speaker: s.speaker,
      speakerName: s.speakerName,
      text: s.text,
      edited: s.edited,
      machineText: s.machineText,
      words: s.words,
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
