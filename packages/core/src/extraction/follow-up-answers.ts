import type { ExtractKind } from '../transcripts/transcript-types.js';

// Confirmed items fill the follow-up email's answers (letters/kinds/follow-up.ts): agreements go to "agreed",
// refusals to "refused" (the letter then asks for a Notice of Action about each), commitments to "who will do
// what", and questions still open to "discussed" so they are on the record too.

export interface ConfirmedItem {
  kind: ExtractKind;
  text: string;
  who: string | null;
  due: string | null;
}

export interface FollowUpCommitment {
  who?: string;
  what: string;
  /** YYYY-MM-DD, or 'unknown' when no date was set. */
  by: string;
}

export interface FollowUpAnswersFromItems {
  agreed: string[];
  refused: string[];
  commitments: FollowUpCommitment[];
  /** Open questions, as "Still open: ...". */
  discussed: string[];
}

// The answer schema's limits (follow-up.ts): 2000 characters a line, 100 lines a list.
const MAX_TEXT = 2000;
const MAX_ITEMS = 100;
const OPEN_PREFIX = 'Still open: ';

const clip = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 3)}...` : s);
const asLine = (s: string) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return clip(t === '' || /[.!?]$/.test(t) ? t : `${t}.`);
};
/** Text compared without case, spaces or punctuation, so a re-run does not add "We agree." next to "we agree". */
const sameKey = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** "send the graphs" for the letter's "Ms. Lee will send the graphs": no "Ms. Lee will" twice, no end mark. */
function whatOf(item: ConfirmedItem): string {
  let what = item.text.replace(/\s+/g, ' ').trim();
  const who = item.who?.trim();
  if (who !== undefined && who !== '') {
    const escaped = who.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    what = what.replace(new RegExp(`^${escaped}\\s+(?:will|'ll|is going to|can)\\s+`, 'i'), '');
  }
  what = what.replace(/[.!]+$/, '');
  // "Send the graphs" -> "send the graphs", but keep "IEP ..." or a name as written.
  if (/^\p{Lu}\p{Ll}/u.test(what) && !/^(?:I|I'\w+)\b/.test(what))
    what = what.charAt(0).toLowerCase() + what.slice(1);
  return clip(what);
}

const isDate = (s: string | null): s is string => s !== null && /^\d{4}-\d{2}-\d{2}$/.test(s);

export function followUpAnswersFrom(items: readonly ConfirmedItem[]): FollowUpAnswersFromItems {
  const out: FollowUpAnswersFromItems = { agreed: [], refused: [], commitments: [], discussed: [] };
  for (const item of items) {
    if (item.text.trim() === '') continue;
    if (item.kind === 'agreement') out.agreed.push(asLine(item.text));
    else if (item.kind === 'refusal') out.refused.push(asLine(item.text));
    else if (item.kind === 'open-question') out.discussed.push(asLine(`${OPEN_PREFIX}${item.text.trim()}`));
    else {
      const who = item.who?.trim();
      out.commitments.push({
        ...(who === undefined || who === '' ? {} : { who: clip(who) }),
        what: whatOf(item),
        by: isDate(item.due) ? item.due : 'unknown',
      });
    }
  }
  return out;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
}

function addLines(saved: unknown, more: readonly string[]): string[] {
  const list = stringList(saved);
  const keys = new Set(list.map(sameKey));
  for (const line of more) {
    if (list.length >= MAX_ITEMS) break;
    if (keys.has(sameKey(line))) continue;
    keys.add(sameKey(line));
    list.push(line);
  }
  return list;
}

/**
 * The saved follow-up answers with the confirmed items added. What the parent wrote stays as it is; an item whose
 * text is already there (ignoring case and punctuation) is not added again, so building the letter twice changes
 * nothing. Other answers (pwnRequested, ...) pass through.
 */
export function mergeFollowUpAnswers(
  saved: Record<string, unknown> | undefined,
  items: readonly ConfirmedItem[],
): Record<string, unknown> {
  const from = followUpAnswersFrom(items);
  const out: Record<string, unknown> = { ...(saved ?? {}) };
  const put = (key: string, lines: string[]) => {
    if (lines.length > 0 || out[key] !== undefined) out[key] = addLines(out[key], lines);
  };
  put('agreed', from.agreed);
  put('refused', from.refused);
  put('discussed', from.discussed);
  const savedCommitments = Array.isArray(out['commitments']) ? (out['commitments'] as unknown[]) : [];
  const whatKeys = new Set(
    savedCommitments.map((c) =>
      typeof c === 'object' && c !== null && typeof (c as { what?: unknown }).what === 'string'
        ? sameKey((c as { what: string }).what)
        : '',
    ),
  );
  const commitments = [...savedCommitments];
  for (const c of from.commitments) {
    if (commitments.length >= MAX_ITEMS) break;
    if (whatKeys.has(sameKey(c.what))) continue;
    whatKeys.add(sameKey(c.what));
    commitments.push(c);
  }
  if (commitments.length > 0 || out['commitments'] !== undefined) out['commitments'] = commitments;
  return out;
}
