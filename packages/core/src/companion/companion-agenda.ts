import type { CaseFile } from '../case/case-schema.js';
import type { AgendaCard, AgendaSource } from '../contract/companion.js';

// The companion's agenda is the parent's own concerns: the requests of the meeting's concerns letter first (in the
// parent's order), then what the case already holds (its services, with minutes). A card id is stable while the
// item stays (a request's id comes from its words, so reordering the letter keeps the taps on the right card).

const REQUEST_SOURCES: Record<string, AgendaSource> = {
  service: 'service',
  evaluation: 'evaluation',
  placement: 'placement',
  'goal-change': 'goal',
  other: 'concerns',
};

const PERIOD_WORDS: Record<string, string> = {
  day: 'a day',
  week: 'a week',
  month: 'a month',
  year: 'a year',
};

/** A short hash of the words (FNV-1a): the same request gives the same card id in the browser and the server. */
function wordsKey(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text.trim().toLowerCase().replace(/\s+/g, ' ')) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

const normal = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

interface RequestAnswer {
  kind?: unknown;
  request?: unknown;
  why?: unknown;
}

const textOf = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** The concerns letter's requests, as it stores them (answers may be half done: anything unusable is skipped). */
function requestsOf(concernsAnswers: Record<string, unknown> | null): RequestAnswer[] {
  const list = concernsAnswers?.requests;
  return Array.isArray(list)
    ? list.filter((r): r is RequestAnswer => typeof r === 'object' && r !== null)
    : [];
}

export function companionAgenda(
  caseFile: Pick<CaseFile, 'services'>,
  concernsAnswers: Record<string, unknown> | null,
): AgendaCard[] {
  const cards: AgendaCard[] = [];
  const seen = new Set<string>();
  const add = (card: AgendaCard) => {
    const key = normal(card.title);
    if (key === '' || seen.has(key) || cards.some((c) => c.cardId === card.cardId)) return;
    seen.add(key);
    cards.push(card);
  };
  for (const request of requestsOf(concernsAnswers)) {
    const title = textOf(request.request);
    if (title === '') continue;
    const why = textOf(request.why);
    add({
      cardId: `concern:${wordsKey(title)}`,
      title,
      detail: why === '' ? null : why,
      source: REQUEST_SOURCES[textOf(request.kind)] ?? 'concerns',
    });
  }
  for (const service of caseFile.services) {
    add({
      cardId: `service:${service.id}`,
      title: service.name,
      detail: `${service.minutes} minutes ${PERIOD_WORDS[service.per] ?? `each ${service.per}`}${
        service.setting ? `, ${service.setting}` : ''
      }`,
      source: 'service',
    });
  }
  return cards;
}

/** Who a promise can name with one tap: the team, then the parents (p1, p2 ...), with their role in words. */
export function companionRoster(
  caseFile: Pick<CaseFile, 'team' | 'parents'>,
): { id: string; name: string; role: string }[] {
  return [
    ...caseFile.team.map((m) => ({
      id: m.id,
      name: m.name,
      role: m.title ?? m.role.replaceAll('-', ' '),
    })),
    ...caseFile.parents.map((p, i) => ({
      id: `p${i + 1}`,
      name: p.name,
      role: p.relationship ?? 'parent',
    })),
  ];
}
