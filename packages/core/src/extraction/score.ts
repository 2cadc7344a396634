import { EXTRACT_KINDS, type ExtractKind } from '../transcripts/transcript-types.js';
import { extractItems } from './extract-items.js';
import { LABELED_MEETING_DATE, type LabeledUtterance } from './labeled-utterances.js';

// Precision and recall of extraction on a labeled meeting. Each utterance expects one kind or none; every kind
// extracted from it that is not the expected one counts against precision, and a missed expected kind against
// recall. Dates and names are scored only where the kind was right.

export interface KindScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ExtractionMistake {
  index: number;
  text: string;
  expected: ExtractKind | null;
  got: ExtractKind[];
}

export interface ExtractionScore {
  utterances: number;
  perKind: Record<ExtractKind, KindScore>;
  /** Counted over all kinds together (micro average). */
  overall: KindScore;
  /** Items of the right kind whose date (or lack of one) was right. */
  due: { correct: number; total: number; accuracy: number };
  /** Commitments of the right kind whose "who" was right (labels that give a who). */
  who: { correct: number; total: number; accuracy: number };
  mistakes: ExtractionMistake[];
  dueMistakes: { index: number; text: string; expected: string | null; got: string | null }[];
}

function kindScore(tp: number, fp: number, fn: number): KindScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}

const ratio = (correct: number, total: number) => ({
  correct,
  total,
  accuracy: total === 0 ? 1 : correct / total,
});

export function scoreExtraction(
  set: readonly LabeledUtterance[],
  meetingDate: string = LABELED_MEETING_DATE,
): ExtractionScore {
  // Each utterance's index is its start time, so every item points back at the utterance it came from.
  const items = extractItems(
    set.map((l, i) => ({
      speaker: l.speaker,
      text: l.text,
      start: i,
      ...(l.bookmark === undefined ? {} : { bookmark: l.bookmark }),
    })),
    { meetingDate },
  );
  const counts = Object.fromEntries(EXTRACT_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<
    ExtractKind,
    { tp: number; fp: number; fn: number }
  >;
  const due = { correct: 0, total: 0 };
  const who = { correct: 0, total: 0 };
  const mistakes: ExtractionMistake[] = [];
  const dueMistakes: ExtractionScore['dueMistakes'] = [];
  set.forEach((label, index) => {
    const mine = items.filter((it) => it.start === index);
    const kinds = [...new Set(mine.map((it) => it.kind))];
    for (const k of kinds) counts[k][k === label.kind ? 'tp' : 'fp'] += 1;
    if (label.kind !== null && !kinds.includes(label.kind)) counts[label.kind].fn += 1;
    if (
      kinds.length !== (label.kind === null ? 0 : 1) ||
      (label.kind !== null && !kinds.includes(label.kind))
    ) {
      mistakes.push({ index, text: label.text, expected: label.kind, got: kinds });
    }
    const hit = mine.find((it) => it.kind === label.kind);
    if (hit === undefined) return;
    due.total += 1;
    if (hit.due === label.due) due.correct += 1;
    else dueMistakes.push({ index, text: label.text, expected: label.due, got: hit.due });
    if (label.kind === 'commitment' && label.who !== undefined) {
      who.total += 1;
      if ((hit.who ?? '').toLowerCase() === (label.who ?? '').toLowerCase()) who.correct += 1;
    }
  });
  const sum = (key: 'tp' | 'fp' | 'fn') => EXTRACT_KINDS.reduce((n, k) => n + counts[k][key], 0);
  return {
    utterances: set.length,
    perKind: Object.fromEntries(
      EXTRACT_KINDS.map((k) => [k, kindScore(counts[k].tp, counts[k].fp, counts[k].fn)]),
    ) as Record<ExtractKind, KindScore>,
    overall: kindScore(sum('tp'), sum('fp'), sum('fn')),
    due: ratio(due.correct, due.total),
    who: ratio(who.correct, who.total),
    mistakes,
    dueMistakes,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

/** The score as a small text table (for the test output and the benchmark). */
export function formatExtractionScore(score: ExtractionScore): string {
  const row = (name: string, s: KindScore) =>
    `${name.padEnd(14)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   ${String(s.truePositives).padStart(3)} ${String(s.falsePositives).padStart(3)} ${String(s.falseNegatives).padStart(3)}`;
  return [
    `${score.utterances} utterances`,
    `${'kind'.padEnd(14)} ${'prec'.padStart(7)} ${'recall'.padStart(7)} ${'F1'.padStart(7)}    TP  FP  FN`,
    ...EXTRACT_KINDS.map((k) => row(k, score.perKind[k])),
    row('overall', score.overall),
    `due dates right: ${score.due.correct}/${score.due.total} (${pct(score.due.accuracy).trim()})`,
    `who right (commitments): ${score.who.correct}/${score.who.total} (${pct(score.who.accuracy).trim()})`,
  ].join('\n');
}
