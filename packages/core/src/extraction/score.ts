import {
  EXTRACT_KINDS,
  type ExtractedItem,
  type ExtractKind,
  type Utterance,
} from '../transcripts/transcript-types.js';
import type { LabeledMeeting } from './corpus.js';
import { extractItems, type ExtractionMethod, type ExtractOptions } from './extract-items.js';

// Precision and recall of extraction on labeled meetings. An item matches a labeled item when the utterance and
// the kind agree; each utterance expects one kind or none. Due dates are scored on matched commitments whose label
// has a date, owners on matched commitments whose label names someone.

export interface KindScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ExtractionMistake {
  meeting: string;
  index: number;
  text: string;
  expected: ExtractKind | null;
  got: ExtractKind[];
}

export interface FieldMistake {
  meeting: string;
  index: number;
  text: string;
  expected: string | null;
  got: string | null;
}

export interface Ratio {
  correct: number;
  total: number;
  accuracy: number;
}

export interface ExtractionScore {
  meetings: number;
  utterances: number;
  perKind: Record<ExtractKind, KindScore>;
  /** Counted over all kinds together (micro average). */
  overall: KindScore;
  /** Matched commitments with a labeled date whose date was right. */
  due: Ratio;
  /** Matched commitments labeled with no date that got one anyway (shown, not in `due`). */
  spuriousDue: number;
  /** Matched commitments with a labeled "who" whose who was right (see sameWho). */
  who: Ratio;
  mistakes: ExtractionMistake[];
  dueMistakes: FieldMistake[];
  whoMistakes: FieldMistake[];
}

function kindScore(tp: number, fp: number, fn: number): KindScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}

const ratio = (correct: number, total: number): Ratio => ({
  correct,
  total,
  accuracy: total === 0 ? 1 : correct / total,
});

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr']);
const whoWords = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w !== '')
    .filter((w, i) => !(i === 0 && /^(?:the|our|his|her|my|your|their)$/.test(w)));

/**
 * Whether two ways of naming someone are the same person: equal without case, punctuation and a leading "the"
 * ("the OT" = "OT"); or, titles aside, one's words all among the other's ("Lee" = "Ms. Lee", "Dana" = "Dana Carter",
 * "the nurse" = "Nurse Kim").
 */
export function sameWho(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const x = whoWords(a);
  const y = whoWords(b);
  if (x.join(' ') === y.join(' ')) return true;
  const xs = x.filter((w) => !TITLES.has(w));
  const ys = y.filter((w) => !TITLES.has(w));
  if (xs.length === 0 || ys.length === 0) return false;
  const [short, long] = xs.length <= ys.length ? [xs, ys] : [ys, xs];
  return short.every((w) => long.includes(w));
}

export interface ScoreOptions {
  method?: ExtractionMethod;
  /** Changes each utterance's words before extraction (a recognizer's errors, say); labels stay. */
  transform?: (text: string, meeting: LabeledMeeting, index: number) => string;
  /** Leave the speakers' roles out, as when a transcript has only names. */
  hideRoles?: boolean;
  /** Weights other than the shipped ones (see ExtractOptions.models). */
  models?: ExtractOptions['models'];
}

/** Runs extraction on each meeting and returns its items per utterance index. */
export function extractFromMeeting(m: LabeledMeeting, options: ScoreOptions = {}): ExtractedItem[] {
  const utterances: Utterance[] = m.utterances.map((l, i) => ({
    speaker: l.speaker,
    text: options.transform === undefined ? l.text : options.transform(l.text, m, i),
    start: i,
    ...(l.bookmark === undefined ? {} : { bookmark: l.bookmark }),
  }));
  return extractItems(utterances, {
    meetingDate: m.meetingDate,
    ...(options.method === undefined ? {} : { method: options.method }),
    ...(options.hideRoles === true ? {} : { speakers: m.speakers }),
    ...(options.models === undefined ? {} : { models: options.models }),
  });
}

export function scoreMeetings(
  meetings: readonly LabeledMeeting[],
  options: ScoreOptions = {},
): ExtractionScore {
  const counts = Object.fromEntries(EXTRACT_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<
    ExtractKind,
    { tp: number; fp: number; fn: number }
  >;
  const due = { correct: 0, total: 0 };
  const who = { correct: 0, total: 0 };
  let spuriousDue = 0;
  let utteranceCount = 0;
  const mistakes: ExtractionMistake[] = [];
  const dueMistakes: FieldMistake[] = [];
  const whoMistakes: FieldMistake[] = [];
  for (const m of meetings) {
    const items = extractFromMeeting(m, options);
    m.utterances.forEach((label, index) => {
      utteranceCount += 1;
      const mine = items.filter((it) => it.start === index);
      const kinds = [...new Set(mine.map((it) => it.kind))];
      for (const k of kinds) counts[k][k === label.kind ? 'tp' : 'fp'] += 1;
      if (label.kind !== null && !kinds.includes(label.kind)) counts[label.kind].fn += 1;
      if (
        kinds.length !== (label.kind === null ? 0 : 1) ||
        (label.kind !== null && !kinds.includes(label.kind))
      )
        mistakes.push({ meeting: m.id, index, text: label.text, expected: label.kind, got: kinds });
      const hit = mine.find((it) => it.kind === label.kind);
      if (hit === undefined || label.kind !== 'commitment') return;
      if (label.due !== null) {
        due.total += 1;
        if (hit.due === label.due) due.correct += 1;
        else dueMistakes.push({ meeting: m.id, index, text: label.text, expected: label.due, got: hit.due });
      } else if (hit.due !== null) {
        spuriousDue += 1;
        dueMistakes.push({ meeting: m.id, index, text: label.text, expected: null, got: hit.due });
      }
      if (label.who !== null) {
        who.total += 1;
        if (sameWho(hit.who, label.who)) who.correct += 1;
        else whoMistakes.push({ meeting: m.id, index, text: label.text, expected: label.who, got: hit.who });
      }
    });
  }
  const sum = (key: 'tp' | 'fp' | 'fn') => EXTRACT_KINDS.reduce((n, k) => n + counts[k][key], 0);
  return {
    meetings: meetings.length,
    utterances: utteranceCount,
    perKind: Object.fromEntries(
      EXTRACT_KINDS.map((k) => [k, kindScore(counts[k].tp, counts[k].fp, counts[k].fn)]),
    ) as Record<ExtractKind, KindScore>,
    overall: kindScore(sum('tp'), sum('fp'), sum('fn')),
    due: ratio(due.correct, due.total),
    spuriousDue,
    who: ratio(who.correct, who.total),
    mistakes,
    dueMistakes,
    whoMistakes,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

/** The score as a small text table (for the test output and the benchmark). */
export function formatExtractionScore(score: ExtractionScore): string {
  const row = (name: string, s: KindScore) =>
    `${name.padEnd(14)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   ${String(s.truePositives).padStart(3)} ${String(s.falsePositives).padStart(3)} ${String(s.falseNegatives).padStart(3)}`;
  return [
    `${score.meetings} meetings, ${score.utterances} utterances`,
    `${'kind'.padEnd(14)} ${'prec'.padStart(7)} ${'recall'.padStart(7)} ${'F1'.padStart(7)}    TP  FP  FN`,
    ...EXTRACT_KINDS.map((k) => row(k, score.perKind[k])),
    row('overall', score.overall),
    `due dates right (matched commitments with a date): ${score.due.correct}/${score.due.total} (${pct(score.due.accuracy).trim()}); dates given where none was said: ${score.spuriousDue}`,
    `owner right (matched commitments with a who): ${score.who.correct}/${score.who.total} (${pct(score.who.accuracy).trim()})`,
  ].join('\n');
}

/** The mistakes, one line each, for reading what went wrong. */
export function formatMistakes(score: ExtractionScore): string {
  return [
    ...score.mistakes.map(
      (m) => `  kind ${m.meeting}#${m.index}: expected ${m.expected}, got [${m.got.join(', ')}]: ${m.text}`,
    ),
    ...score.dueMistakes.map(
      (m) => `  date ${m.meeting}#${m.index}: expected ${m.expected}, got ${m.got}: ${m.text}`,
    ),
    ...score.whoMistakes.map(
      (m) => `  who  ${m.meeting}#${m.index}: expected ${m.expected}, got ${m.got}: ${m.text}`,
    ),
  ].join('\n');
}
