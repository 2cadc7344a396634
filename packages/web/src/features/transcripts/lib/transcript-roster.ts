import type { CaseFile, ExtractKind } from '@iep/core';
import { roleLabel } from '../../../lib/labels';

// The case's people as speaker names for a transcript, and the words the review page uses for items.

export interface RosterName {
  name: string;
  /** "Parent", "Special education teacher", ... to tell two people with one name apart. */
  role: string;
}

/** Parents first, then the school team, each name once. */
export function rosterNames(file: Pick<CaseFile, 'parents' | 'team'>): RosterName[] {
  const seen = new Set<string>();
  const out: RosterName[] = [];
  const add = (name: string, role: string) => {
    const key = name.trim().toLowerCase();
    if (!key || seen.has(key)) return;
    seen.add(key);
    out.push({ name: name.trim(), role });
  };
  const capital = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
  for (const p of file.parents) add(p.name, p.relationship ? capital(p.relationship) : 'Parent');
  for (const t of file.team) add(t.name, roleLabel(t.role));
  return out;
}

/**
 * The number of speakers to suggest: the people on the roster, when the school team is known (parents alone
 * would be too few for a meeting). Null means "let the program guess".
 */
export function suggestedSpeakers(file: Pick<CaseFile, 'parents' | 'team'>): number | null {
  if (file.team.length === 0) return null;
  return Math.min(MAX_SPEAKERS, rosterNames(file).length);
}

const MAX_SPEAKERS = 20;

/** Reads the speakers box: a whole number from 1 to 20, or null for empty ("not sure"). */
export function parseSpeakers(text: string): { value: number | null; error: string | null } {
  const t = text.trim();
  if (!t) return { value: null, error: null };
  if (!/^\d+$/.test(t) || Number(t) < 1 || Number(t) > MAX_SPEAKERS)
    return {
      value: null,
      error: `Enter a number from 1 to ${MAX_SPEAKERS}, or leave it empty if you are not sure.`,
    };
  return { value: Number(t), error: null };
}

const ITEM_KIND_ORDER: readonly ExtractKind[] = ['commitment', 'refusal', 'agreement', 'open-question'];

export const ITEM_KIND_HEADINGS: Record<ExtractKind, string> = {
  commitment: 'Promised',
  refusal: 'Refused',
  agreement: 'Agreed',
  'open-question': 'Left open',
};

export const ITEM_KIND_LABELS: Record<ExtractKind, string> = {
  commitment: 'A promise',
  refusal: 'A refusal',
  agreement: 'An agreement',
  'open-question': 'An open question',
};

/** Items grouped by kind in the page's order; inside a kind, by time in the recording (unknown times last). */
export function groupItems<T extends { kind: ExtractKind; start: number | null }>(
  items: readonly T[],
): { kind: ExtractKind; items: T[] }[] {
  return ITEM_KIND_ORDER.map((kind) => ({
    kind,
    items: items.filter((i) => i.kind === kind).sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity)),
  })).filter((g) => g.items.length > 0);
}
