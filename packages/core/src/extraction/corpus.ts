import { z } from 'zod';
import { isIsoDate } from '../calendar/index.js';
import { EXTRACT_KINDS, type ExtractKind, type Utterance } from '../transcripts/transcript-types.js';

// A labeled meeting, as the corpus files (corpus/train, corpus/dev) and any held-out set store it: one JSON file
// per meeting, utterances in speaking order, each labeled by the labeling guide (one kind or null; for a
// commitment, who and by when). Reading files is the caller's job (tests, the benchmark, the training script):
// core only checks the shape.

export interface LabeledUtterance {
  speaker: string | null;
  text: string;
  kind: ExtractKind | null;
  /** For a commitment: who will do it; for a refusal: the speaker; else null. */
  who: string | null;
  /** YYYY-MM-DD or null. */
  due: string | null;
  note?: string;
  /** A recorder bookmark instead of speech (only in tests of bookmarks). */
  bookmark?: Utterance['bookmark'];
}

export interface LabeledMeeting {
  id: string;
  /** Which writing batch the meeting came from (the corpus's own files; training cross-validates by batch). */
  batch?: string;
  meetingDate: string;
  planType: 'IEP' | '504';
  setting: string;
  speakers: { name: string; role: string }[];
  utterances: LabeledUtterance[];
}

const isoDate = z.string().refine((s) => isIsoDate(s), { message: 'Use a date like 2026-12-07.' });

const utteranceSchema = z.object({
  speaker: z.string().nullable().optional(),
  text: z.string(),
  kind: z.enum(EXTRACT_KINDS).nullable().optional(),
  who: z.string().nullable().optional(),
  due: isoDate.nullable().optional(),
  note: z.string().optional(),
});

const meetingSchema = z.object({
  id: z.string().min(1),
  batch: z.string().optional(),
  meetingDate: isoDate,
  planType: z.enum(['IEP', '504']).optional(),
  setting: z.string().optional(),
  speakers: z.array(z.object({ name: z.string(), role: z.string().optional() })).optional(),
  utterances: z.array(utteranceSchema),
});

/** A labeled meeting from parsed JSON; throws an Error that names the file and the first problem. */
export function parseLabeledMeeting(value: unknown, source: string): LabeledMeeting {
  const parsed = meetingSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined ? '' : ` at ${issue.path.join('.')}`;
    throw new Error(`${source}: not a labeled meeting${where}: ${issue?.message ?? 'unknown problem'}`);
  }
  const m = parsed.data;
  return {
    id: m.id,
    ...(m.batch === undefined ? {} : { batch: m.batch }),
    meetingDate: m.meetingDate,
    planType: m.planType ?? 'IEP',
    setting: m.setting ?? '',
    speakers: (m.speakers ?? []).map((s) => ({ name: s.name, role: s.role ?? '' })),
    utterances: m.utterances.map((u) => ({
      speaker: u.speaker ?? null,
      text: u.text,
      kind: u.kind ?? null,
      who: u.who ?? null,
      due: u.due ?? null,
      ...(u.note === undefined ? {} : { note: u.note }),
    })),
  };
}

/** Counts per kind (and null), for reports. */
export function corpusCounts(
  meetings: readonly LabeledMeeting[],
): Record<ExtractKind | 'none', number> & { utterances: number; meetings: number } {
  const out = {
    commitment: 0,
    refusal: 0,
    agreement: 0,
    'open-question': 0,
    none: 0,
    utterances: 0,
    meetings: meetings.length,
  };
  for (const m of meetings)
    for (const u of m.utterances) {
      out.utterances += 1;
      out[u.kind ?? 'none'] += 1;
    }
  return out;
}
