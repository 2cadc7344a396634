import { speakerViews } from './speaker-views.js';
import { resolveLabel, speakerNamer } from './speaker-labels.js';
import type {
  MachineSegment,
  SegmentCorrection,
  SegmentView,
  TranscriptCorrections,
  TranscriptView,
} from './transcript-types.js';

// The parent's corrections are a layer over the machine output: the machine segments are never changed, so a new
// recognition run keeps every edit. A correction finds its segment by id, or (after a re-run gave new ids) by time.

export const UNKNOWN_SPEAKER = 'Unknown speaker';

export function emptyCorrections(): TranscriptCorrections {
  return { speakerNames: {}, speakerMerges: {}, segments: {} };
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Which correction applies to which machine segment. Ids first; then each remaining correction goes to the
 * segment it overlaps by more than half of the longer of the two (strict, so a long edit is not pasted onto a
 * short piece of it after recognition split differently). One correction per segment at most.
 */
function matchCorrections(
  machine: readonly MachineSegment[],
  corrections: Record<string, SegmentCorrection>,
): Map<string, SegmentCorrection> {
  const byId = new Map(machine.map((s) => [s.id, s]));
  const matched = new Map<string, SegmentCorrection>();
  const pending: SegmentCorrection[] = [];
  for (const id of Object.keys(corrections).sort()) {
    const c = corrections[id];
    if (c === undefined) continue;
    if (byId.has(id)) matched.set(id, c);
    else pending.push(c);
  }
  const sorted = [...machine].sort((a, b) => a.start - b.start);
  for (const c of pending) {
    let best: { id: string; amount: number } | null = null;
    for (const s of sorted) {
      if (s.start >= c.end) break;
      if (matched.has(s.id)) continue;
      const amount = overlap(s, c);
      const longer = Math.max(s.end - s.start, c.end - c.start);
      if (amount > longer / 2 && (best === null || amount > best.amount)) best = { id: s.id, amount };
    }
    if (best !== null) matched.set(best.id, c);
  }
  return matched;
}

/** The transcript as the parent sees it: corrections applied, speakers named, merged and moved. */
export function applyCorrections(
  machine: readonly MachineSegment[],
  corrections: TranscriptCorrections,
): TranscriptView {
  const matched = matchCorrections(machine, corrections.segments);
  const merges = corrections.speakerMerges;
  const ordered = machine
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.start - b.s.start || a.i - b.i)
    .map(({ s }) => s);
  const resolved = ordered.map((s) => {
    const c = matched.get(s.id);
    const raw = c?.speaker ?? s.speaker;
    return { s, c, label: raw === null ? null : resolveLabel(raw, merges) };
  });
  const nameOf = speakerNamer(
    resolved.flatMap((r) => (r.label === null ? [] : [r.label])),
    corrections,
  );
  const segments: SegmentView[] = resolved.map(({ s, c, label }) => {
    const edited = c?.text !== undefined && c.text !== s.text;
    return {
      id: s.id,
      start: s.start,
      end: s.end,
      speaker: label,
      speakerName: label === null ? UNKNOWN_SPEAKER : nameOf(label).name,
      text: edited && c?.text !== undefined ? c.text : s.text,
      words: s.words,
      edited,
      machineText: edited ? s.text : null,
    };
  });
  return { segments, speakers: speakerViews(segments, nameOf) };
}
