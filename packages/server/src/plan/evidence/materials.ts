import type { Readable } from 'node:stream';
import { simpleParser } from 'mailparser';
import mammoth from 'mammoth';
import { PDFDocument } from 'pdf-lib';
import { DateTime } from 'luxon';
import {
  DOCUMENT_KIND_LABELS,
  LETTER_KIND_INFO,
  analyzeCase,
  renderGoalChartSvg,
  type AnswerItem,
  type DocumentKind,
  type ExhibitInput,
  type LetterKind,
  type TimelineEvent,
} from '@iep/core';
import { SEND_METHOD_WORDS, type EvidenceMaterial, type SendMethod } from '@iep/core/contract';
import type { AppContext } from '../../context/app-context.js';
import type { StoredCase } from '../../cases/cases.service.js';
import { findLetterFile, listSentLetters } from '../../letters/letters.repository.js';
import { listDocuments, listPages } from '../../binder/documents.repository.js';
import { listClips, listRecordings } from '../../recordings/recordings.repository.js';
import { getTranscriptBundle } from '../../transcripts/transcripts.service.js';
import { clipWords } from '../../links/link-rules.js';
import { listEntriesOfCase } from '../../companion/companion.repository.js';
import { svgToPng } from '../../documents/chart-png.js';
import { CHART_SIZE, caseTimeZone, todayFor } from '../../data/data.service.js';
import { clipFileName } from '../../recordings/evidence.service.js';

// What of a case can go into an evidence binder, read from its features: each material has its checklist line
// (the wire's EvidenceMaterial) and, only when a build asks, its exhibits and its original for the ZIP. Exhibit
// bytes are fetched one material at a time, so a year of a case is never held at once.

/** One exhibit of a material and how to get its original bytes for the PDF (PDFs and pictures only). */
export interface MaterialExhibit {
  input: ExhibitInput;
  bytes?: () => Promise<Uint8Array>;
}

/** A file that goes into the ZIP of originals as it was kept. */
export interface MaterialOriginal {
  name: string;
  sha256: string;
  open: () => Readable | Promise<Buffer>;
}

export interface Material {
  view: EvidenceMaterial;
  exhibits: () => Promise<MaterialExhibit[]>;
  originals: MaterialOriginal[];
  /** Lines for the binder's timeline when this material is chosen. */
  timeline: TimelineEvent[];
}

const hms = (ms: number): string => {
  const s = Math.max(0, Math.round(ms / 1000));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(Math.floor(s / 3600))}:${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}`;
};

/** A day of an ISO instant in the case's zone. */
function dayIn(zone: string, at: string): string {
  return DateTime.fromISO(at, { setZone: true }).setZone(zone).toISODate() ?? at.slice(0, 10);
}

async function letterText(format: string, content: Buffer): Promise<string> {
  if (format === 'docx') return (await mammoth.extractRawText({ buffer: content })).value;
  if (format === 'eml') return (await simpleParser(content)).text ?? '';
  return content.toString('utf8');
}

async function letterMaterials(ctx: AppContext, stored: StoredCase, zone: string): Promise<Material[]> {
  const db = ctx.storage.db;
  const sent = await listSentLetters(db, stored.id);
  return sent.map((s) => {
    const title = LETTER_KIND_INFO[s.kind as LetterKind]?.title ?? 'Letter';
    const date = dayIn(zone, s.sentAt);
    const how = SEND_METHOD_WORDS[s.method as SendMethod] ?? '';
    const detail = `Letter sent on ${DateTime.fromISO(date).toFormat('LLLL d, yyyy')} ${how}. The file that went: ${s.filename}.`;
    const file = async () => {
      const found = await findLetterFile(db, stored.id, s.fileId);
      if (!found) throw new Error(`The sent letter's file ${s.fileId} is gone.`);
      return found.content;
    };
    return {
      view: { id: `letter:${s.id}`, group: 'letters', title, date, detail: `Sent ${how}` },
      timeline: [{ date, what: `${title} sent ${how}.` }],
      originals: [{ name: `letters/${date} ${s.filename}`, sha256: s.sha256, open: file }],
      exhibits: async () => {
        const content = await file();
        if (s.format === 'pdf') {
          const pageCount = (await PDFDocument.load(content, { updateMetadata: false })).getPageCount();
          return [
            {
              input: { title, date, detail, sha256: s.sha256, source: { kind: 'pdf', pageCount } },
              bytes: () => Promise.resolve(content),
            },
          ];
        }
        const text = await letterText(s.format, content);
        return [{ input: { title, date, detail, sha256: s.sha256, source: { kind: 'text', text } } }];
      },
    };
  });
}

async function documentMaterials(ctx: AppContext, stored: StoredCase): Promise<Material[]> {
  const db = ctx.storage.db;
  const rows = await listDocuments(db, stored.id);
  return rows.map((row) => {
    const date = row.document_date ?? row.received_on;
    const kind = DOCUMENT_KIND_LABELS[row.kind as DocumentKind] ?? 'Document';
    const detail =
      row.document_date === null
        ? `${kind}. No date on it; received on ${DateTime.fromISO(row.received_on).toFormat('LLLL d, yyyy')}.`
        : `${kind}, received on ${DateTime.fromISO(row.received_on).toFormat('LLLL d, yyyy')}.`;
    const bytes = () => streamBytes(ctx.blobs.openRead(row.blob_id));
    const picture = row.media_type === 'image/png' || row.media_type === 'image/jpeg';
    return {
      view: {
        id: `document:${row.id}`,
        group: 'documents',
        title: row.title,
        date,
        detail:
          row.pages_total === null
            ? kind
            : `${kind}, ${row.pages_total === 1 ? '1 page' : `${row.pages_total} pages`}`,
      },
      timeline: [{ date, what: `${row.title} (${kind}).` }],
      originals: [
        {
          name: `documents/${date} ${row.file_name}`,
          sha256: row.sha256,
          open: () => ctx.blobs.openRead(row.blob_id),
        },
      ],
      exhibits: async () => {
        const base = { title: row.title, date, detail, sha256: row.sha256 };
        if (row.format === 'pdf') {
          const pageCount =
            row.pages_total ??
            (await PDFDocument.load(await bytes(), { updateMetadata: false })).getPageCount();
          return [{ input: { ...base, source: { kind: 'pdf', pageCount } }, bytes }];
        }
        if (picture)
          return [
            {
              input: {
                ...base,
                source: { kind: 'image', mime: row.media_type as 'image/png' | 'image/jpeg' },
              },
              bytes,
            },
          ];
        const pages = await listPages(db, row.id);
        const text = pages
          .map((p) => p.text)
          .join('\n\n')
          .trim();
        return [
          {
            input: {
              ...base,
              source: {
                kind: 'text',
                text:
                  text === '' ? 'The text of this document was not read. The original is in the ZIP.' : text,
              },
            },
          },
        ];
      },
    };
  });
}

async function streamBytes(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function clipMaterials(ctx: AppContext, stored: StoredCase, zone: string): Promise<Material[]> {
  const db = ctx.storage.db;
  const meetings = new Map(stored.file.meetings.map((m) => [m.id, m]));
  const out: Material[] = [];
  for (const recording of await listRecordings(db, stored.id)) {
    const clips = await listClips(db, recording.id);
    if (clips.length === 0) continue;
    const meeting = meetings.get(recording.meeting_id);
    const meetingDay = meeting?.sessions[0]?.start.slice(0, 10);
    for (const clip of clips) {
      const date = meetingDay ?? dayIn(zone, clip.created_at);
      const span = `${hms(clip.from_ms)} to ${hms(clip.to_ms)}`;
      const detail = `Part of the meeting recording, ${span} into it. The clip's audio is in the ZIP.`;
      const title = `Recording clip: ${clip.name}`;
      out.push({
        view: { id: `clip:${clip.id}`, group: 'excerpts', title, date, detail: span },
        timeline: [],
        originals: [
          {
            name: `clips/${date} ${clipFileName(clip.name, clip.format)}`,
            sha256: clip.sha256,
            open: () => ctx.blobs.openRead(clip.blob_id),
          },
        ],
        exhibits: async () => {
          const bundle = await getTranscriptBundle(ctx.storage, stored.id, recording.id);
          const words = clipWords(bundle?.view.segments ?? [], clip.from_ms, clip.to_ms);
          const text =
            words.length === 0
              ? 'There is no transcript of this part of the recording. Listen to the clip in the ZIP.'
              : words.map((w) => `[${hms(clip.from_ms + w.startMs)}] ${w.speaker}: ${w.text}`).join('\n');
          return [{ input: { title, date, detail, sha256: clip.sha256, source: { kind: 'text', text } } }];
        },
      });
    }
  }
  return out;
}

function goalMaterials(stored: StoredCase, today: string): Material[] {
  const analysis = analyzeCase(stored.file, { asOf: today });
  return stored.file.goals.flatMap((goal): Material[] => {
    const a = analysis.goals.find((g) => g.goalId === goal.id);
    if (a === undefined || a.probes.length === 0) return [];
    const title = `Data check: ${goal.area} goal`;
    return [
      {
        view: {
          id: `goal:${goal.id}`,
          group: 'data',
          title,
          date: today,
          detail: `${a.probes.length} scores`,
        },
        timeline: [],
        originals: [],
        exhibits: () => {
          const png = svgToPng(renderGoalChartSvg(a, { ...CHART_SIZE, phases: goal.phases ?? [] }));
          const rows = a.probes.map(
            (p) =>
              `${DateTime.fromISO(p.date).toFormat('LLLL d, yyyy')}: score ${p.score}${p.aim === null ? '' : `, goal line ${Math.round(p.aim * 10) / 10}`}`,
          );
          return Promise.resolve([
            {
              input: {
                title: `${title} (chart)`,
                date: today,
                detail: a.summary,
                source: { kind: 'image', mime: 'image/png' },
              },
              bytes: () => Promise.resolve(png),
            },
            {
              input: {
                title: `${title} (table of the scores)`,
                date: today,
                source: { kind: 'text', text: [a.summary, '', 'Date: score', ...rows].join('\n') },
              },
            },
          ]);
        },
      },
    ];
  });
}

function answerLine(item: AnswerItem): string {
  const due = item.due === null ? 'no day yet' : `due ${DateTime.fromISO(item.due).toFormat('LLLL d, yyyy')}`;
  const state =
    item.state === 'late'
      ? `late by ${item.daysLate} days`
      : item.state === 'answered'
        ? 'answered'
        : 'waiting';
  return `${item.title}: ${due}; ${state}.`;
}

function answerMaterial(items: readonly AnswerItem[], today: string): Material[] {
  if (items.length === 0) return [];
  const title = 'What the school owes (the answer list)';
  return [
    {
      view: { id: 'answers', group: 'answers', title, date: today, detail: `${items.length} items` },
      timeline: items
        .filter((i) => i.state === 'late' && i.due !== null)
        .map((i) => ({ date: i.due ?? today, what: `No answer by the due day: ${i.title}.` })),
      originals: [],
      exhibits: () =>
        Promise.resolve([
          { input: { title, date: today, source: { kind: 'text', text: items.map(answerLine).join('\n') } } },
        ]),
    },
  ];
}

async function noteMaterials(ctx: AppContext, stored: StoredCase, zone: string): Promise<Material[]> {
  const entries = await listEntriesOfCase(ctx.storage.db, stored.id);
  return stored.file.meetings.flatMap((meeting): Material[] => {
    const day = meeting.sessions[0]?.start.slice(0, 10);
    if (day === undefined) return [];
    const lines = entries
      .filter((e) => e.meetingId === meeting.id)
      .flatMap(({ entry }) => {
        const at = DateTime.fromISO(entry.at, { setZone: true }).setZone(zone).toFormat('h:mm a');
        const a = entry.action;
        if (a.type === 'note') return [`${at}. Note: ${a.text}`];
        if (a.type === 'outcome') return [`${at}. ${a.title}: ${a.outcome}${a.who ? `, ${a.who}` : ''}.`];
        if (a.type === 'topic') return [`${at}. New topic: ${a.title}`];
        return [];
      });
    const title = `Meeting notes (${meeting.kind.replace(/-/g, ' ')} meeting)`;
    return [
      {
        view: {
          id: `notes:${meeting.id}`,
          group: 'notes',
          title,
          date: day,
          detail: lines.length === 0 ? 'The meeting day only' : `${lines.length} notes`,
        },
        timeline: [
          {
            date: day,
            what: `${meeting.kind.replace(/-/g, ' ')} meeting held.`.replace(/^./, (c) => c.toUpperCase()),
          },
        ],
        originals: [],
        exhibits: () =>
          Promise.resolve(
            lines.length === 0
              ? []
              : [{ input: { title, date: day, source: { kind: 'text', text: lines.join('\n') } } }],
          ),
      },
    ];
  });
}

/** Everything of the case that can go into a binder, in checklist order (group, then date). */
export async function caseMaterials(
  ctx: AppContext,
  stored: StoredCase,
  answers: readonly AnswerItem[],
): Promise<Material[]> {
  const zone = caseTimeZone(stored.file);
  const today = todayFor(stored.file, ctx.now());
  const byDate = (a: Material, b: Material) => (a.view.date ?? '').localeCompare(b.view.date ?? '');
  return [
    ...(await letterMaterials(ctx, stored, zone)).sort(byDate),
    ...(await documentMaterials(ctx, stored)).sort(byDate),
    ...(await clipMaterials(ctx, stored, zone)).sort(byDate),
    ...goalMaterials(stored, today),
    ...answerMaterial(answers, today),
    ...(await noteMaterials(ctx, stored, zone)).sort(byDate),
  ];
}
