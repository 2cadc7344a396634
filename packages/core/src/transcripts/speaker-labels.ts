import type { TranscriptCorrections } from './transcript-types.js';

// Speaker labels after the parent's merges. Merges can chain (S3 -> S2 -> S1) and, after a few edits, even loop
// (S1 -> S2 -> S1). A chain is followed until it ends; a loop means the parent wanted those speakers to be one, so
// every label on it ends as the first of them in label order. Nothing can hang the app.

/** The label a machine label ends up as after all merges. */
export function resolveLabel(label: string, merges: Record<string, string>): string {
  const path = [label];
  const seen = new Map<string, number>([[label, 0]]);
  let current = label;
  for (;;) {
    const next = Object.hasOwn(merges, current) ? merges[current] : undefined;
    if (next === undefined || next === current) return current;
    const at = seen.get(next);
    if (at !== undefined) return path.slice(at).sort(compareLabels)[0] ?? current;
    seen.set(next, path.length);
    path.push(next);
    current = next;
  }
}

/** Label order: S1, S2, ..., S10 by number; other labels after them, alphabetically. */
export function compareLabels(a: string, b: string): number {
  const na = labelNumber(a);
  const nb = labelNumber(b);
  if (na !== null && nb !== null) return na - nb;
  if (na !== null) return -1;
  if (nb !== null) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function labelNumber(label: string): number | null {
  const m = /^S(\d{1,6})$/.exec(label);
  return m?.[1] === undefined ? null : Number(m[1]);
}

/**
 * The name shown for a label: the parent's name for it, else a name the parent gave a label merged into it, else
 * "Speaker N". The number comes from the machine label (S3 is "Speaker 3") so merging two speakers never renames a
 * third one; other labels are numbered after the S labels.
 */
export function speakerNamer(
  labels: readonly string[],
  corrections: TranscriptCorrections,
): (label: string) => { name: string; named: boolean } {
  const named = new Map<string, string>();
  const nameKeys = Object.keys(corrections.speakerNames).sort(compareLabels);
  for (const key of nameKeys) {
    const name = corrections.speakerNames[key]?.trim();
    if (name === undefined || name === '') continue;
    const root = resolveLabel(key, corrections.speakerMerges);
    // The root's own name wins over a name from a label merged into it.
    if (key === root || !named.has(root)) named.set(root, name);
  }
  const sorted = [...new Set(labels)].sort(compareLabels);
  const maxNumber = sorted.reduce((max, l) => Math.max(max, labelNumber(l) ?? 0), 0);
  const others = sorted.filter((l) => labelNumber(l) === null);
  return (label) => {
    const name = named.get(label);
    if (name !== undefined) return { name, named: true };
    const at = others.indexOf(label);
    const n = labelNumber(label) ?? maxNumber + (at < 0 ? others.length : at) + 1;
    return { name: `Speaker ${n}`, named: false };
  };
}
