import { amountOf, amountWords, normalizeLine, type ServiceAmount } from './service-amount.js';
import type { Moment, SettledFrom, SettledPoint } from './settled.js';
import { topicsIn, type Topic, type TopicKind } from './topics.js';

// What the meeting settled against what the IEP (or amendment) says. Three lists: missing (settled, not found in
// the paper), differs (found with other minutes, another frequency or another setting), new (in the paper, never
// settled). The paper may say a thing in words this check does not know, so a finding says "we could not find",
// never "the school left out", and each one carries the lines it rests on.

export interface DocumentPageText {
  n: number;
  text: string;
}

/** A line of the document that names a service or an accommodation, with what it says about minutes. */
export interface DocumentLine {
  page: number;
  quote: string;
  topics: Topic[];
  amount: ServiceAmount;
}

export type IepFindingWhat = 'missing' | 'missing-amount' | 'minutes' | 'frequency' | 'setting' | 'new';

export interface IepFinding {
  topicId: string;
  kind: TopicKind;
  label: string;
  what: IepFindingWhat;
  settled: { words: string; amount: ServiceAmount; from: SettledFrom; moment: Moment | null } | null;
  document: { page: number; quote: string; amount: ServiceAmount } | null;
  /** One plain sentence for the parent and the letter. */
  sentence: string;
}

export interface IepComparison {
  missing: IepFinding[];
  differs: IepFinding[];
  new: IepFinding[];
  /** How many settled points were checked (0 means the meeting has nothing confirmed yet). */
  settledCount: number;
}

const MAX_QUOTE = 300;
/** A grid row's frequency or setting is often on the next line or two (pdf.js, OCR, wrapped cells). */
const FOLLOW_LINES = 2;

function clip(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= MAX_QUOTE ? t : `${t.slice(0, MAX_QUOTE - 1).trimEnd()}…`;
}

const known = (a: ServiceAmount) =>
  (a.minutes === null ? 0 : 2) + (a.per === null ? 0 : 1) + (a.setting === null ? 0 : 1);

/** The lines of a document that name a topic, each with the next lines when they finish its grid row. */
export function documentLines(pages: readonly DocumentPageText[]): DocumentLine[] {
  const out: DocumentLine[] = [];
  for (const page of pages) {
    const lines = page.text
      .split(/\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '');
    const normalized = lines.map(normalizeLine);
    const topics = normalized.map(topicsIn);
    for (const [i, line] of normalized.entries()) {
      const here = topics[i] ?? [];
      if (here.length === 0) continue;
      let amount = amountOf(line);
      let quote = lines[i] ?? line;
      for (let j = i + 1; j <= i + FOLLOW_LINES && j < lines.length; j++) {
        if ((topics[j] ?? []).length > 0 || (amount.minutes !== null && amount.per !== null)) break;
        const joined = normalized.slice(i, j + 1).join(' ');
        const more = amountOf(joined);
        if (known(more) <= known(amount)) continue;
        amount = more;
        quote = lines.slice(i, j + 1).join(' ');
      }
      out.push({ page: page.n, quote: clip(quote), topics: here, amount });
    }
  }
  return out;
}

const FROM_WORDS: Record<SettledFrom, string> = {
  agreement: 'The team agreed in the meeting:',
  promise: 'The team promised in the meeting:',
  companion: 'You marked in the meeting:',
  case: 'Your case lists:',
};

function settledOf(p: SettledPoint): IepFinding['settled'] {
  return { words: p.words, amount: p.amount, from: p.from, moment: p.moment };
}

function docOf(line: DocumentLine): IepFinding['document'] {
  return { page: line.page, quote: line.quote, amount: line.amount };
}

/** Whether two amounts say the same minutes and period (an unknown period on either side is not a difference). */
function sameMinutes(a: ServiceAmount, b: ServiceAmount): boolean {
  return a.minutes === b.minutes && (a.per === null || b.per === null || a.per === b.per);
}

function compareService(p: SettledPoint, lines: DocumentLine[]): IepFinding | null {
  const base = { topicId: p.topicId, kind: p.kind, label: p.label, settled: settledOf(p) };
  const want = amountWords(p.amount);
  const first = lines[0];
  if (first === undefined)
    return {
      ...base,
      what: 'missing',
      document: null,
      sentence: `${FROM_WORDS[p.from]} ${p.label}${want ? ` (${want})` : ''}. We could not find it in this document. It may be written in other words: ask the team where it is.`,
    };
  if (p.amount.minutes === null) return null;
  const withMinutes = lines.filter((l) => l.amount.minutes !== null);
  const shown = withMinutes[0];
  if (shown === undefined)
    return {
      ...base,
      what: 'missing-amount',
      document: docOf(first),
      sentence: `We found ${p.label} on page ${first.page}, but we could not find the ${want} the meeting settled.`,
    };
  const match = withMinutes.find((l) => sameMinutes(l.amount, p.amount));
  if (match === undefined) {
    const what = shown.amount.minutes === p.amount.minutes ? 'frequency' : 'minutes';
    return {
      ...base,
      what,
      document: docOf(shown),
      sentence: `${FROM_WORDS[p.from]} ${want} of ${p.label}. This document says ${amountWords(shown.amount)} on page ${shown.page}.`,
    };
  }
  if (p.amount.setting !== null && match.amount.setting !== null && match.amount.setting !== p.amount.setting)
    return {
      ...base,
      what: 'setting',
      document: docOf(match),
      sentence: `${FROM_WORDS[p.from]} ${p.label} ${amountWords({ minutes: null, per: null, setting: p.amount.setting })}. This document says ${amountWords({ minutes: null, per: null, setting: match.amount.setting })} on page ${match.page}.`,
    };
  return null;
}

function compareAccommodation(p: SettledPoint, lines: DocumentLine[]): IepFinding | null {
  if (lines.length > 0) return null;
  return {
    topicId: p.topicId,
    kind: p.kind,
    label: p.label,
    settled: settledOf(p),
    what: 'missing',
    document: null,
    sentence: `${FROM_WORDS[p.from]} ${p.label}. We could not find it in this document. It may be written in other words: ask the team where it is.`,
  };
}

/** Compares what was settled with the document's pages. Pure: the same input gives the same lists, in order. */
export function compareIep(
  settled: readonly SettledPoint[],
  pages: readonly DocumentPageText[],
): IepComparison {
  const lines = documentLines(pages);
  const linesOf = (topicId: string) => lines.filter((l) => l.topics.some((t) => t.id === topicId));
  const missing: IepFinding[] = [];
  const differs: IepFinding[] = [];
  for (const p of settled) {
    const found =
      p.kind === 'service'
        ? compareService(p, linesOf(p.topicId))
        : compareAccommodation(p, linesOf(p.topicId));
    if (found === null) continue;
    (found.what === 'missing' || found.what === 'missing-amount' ? missing : differs).push(found);
  }
  const settledTopics = new Set(settled.map((p) => p.topicId));
  const added: IepFinding[] = [];
  const seen = new Set<string>();
  for (const line of lines)
    for (const topic of line.topics) {
      if (settledTopics.has(topic.id) || seen.has(topic.id)) continue;
      // A subject named in the present levels or a goal is not a service: only a line with minutes is.
      if (topic.kind === 'service' && line.amount.minutes === null) continue;
      seen.add(topic.id);
      added.push({
        topicId: topic.id,
        kind: topic.kind,
        label: topic.label,
        what: 'new',
        settled: null,
        document: docOf(line),
        sentence: `This document lists ${topic.label} on page ${line.page}. We could not find it among what the meeting settled. If the team talked about it, nothing needs to change.`,
      });
    }
  return { missing, differs, new: added, settledCount: settled.length };
}
