import type { Service } from '../../case/case-schema.js';
import { amountOf, normalizeLine, type ServiceAmount } from './service-amount.js';
import { topicsIn, type Topic, type TopicKind } from './topics.js';

// What a meeting settled, gathered from three places: the items of its transcript the parent confirmed
// (agreements and promises), the companion's cards tapped "agreed" or "promised", and the case's services (the
// minutes the parent keeps). The meeting's own words win over the case: if the team agreed to 60 minutes of speech
// and the case still says 30, the meeting's 60 is what the IEP should say.

/** Where on the recording a point was settled. */
export interface Moment {
  recordingId: string;
  atMs: number;
  /** A confirmed transcript item or a companion tap. */
  itemId: string | null;
  entryId: string | null;
}

export type SettledFrom = 'agreement' | 'promise' | 'companion' | 'case';

export interface SettledPoint {
  topicId: string;
  kind: TopicKind;
  /** Plain words for the topic ("speech-language therapy"). */
  label: string;
  /** The words it was settled in: the quote from the meeting, the card's title, or the case's service. */
  words: string;
  amount: ServiceAmount;
  from: SettledFrom;
  moment: Moment | null;
}

/** A confirmed transcript item (the server passes only confirmed ones of the meeting's recording). */
export interface SettledItem {
  id: string;
  kind: 'agreement' | 'commitment';
  text: string;
  /** The words said, unchanged. */
  source: string;
  startMs: number | null;
  recordingId: string;
}

/** A companion card with its outcome. */
export interface SettledCard {
  cardId: string;
  title: string;
  detail: string | null;
  outcome: 'agreed' | 'promised';
  atMs: number | null;
  entryId: string | null;
}

export interface SettledInput {
  services: readonly Service[];
  items: readonly SettledItem[];
  cards: readonly SettledCard[];
  /** The meeting's recording, for the moments of companion taps. */
  recordingId: string | null;
}

const RANK: Record<SettledFrom, number> = { agreement: 0, promise: 1, companion: 2, case: 3 };

function pointOf(
  topic: Topic,
  words: string,
  from: SettledFrom,
  moment: Moment | null,
  amount: ServiceAmount,
): SettledPoint {
  return { topicId: topic.id, kind: topic.kind, label: topic.label, words, amount, from, moment };
}

/** Each topic once: the meeting's words first; a detail one source lacks is taken from the next (the case's minutes). */
function merge(points: SettledPoint[]): SettledPoint[] {
  const byTopic = new Map<string, SettledPoint>();
  for (const p of [...points].sort((a, b) => RANK[a.from] - RANK[b.from])) {
    const seen = byTopic.get(p.topicId);
    if (seen === undefined) {
      byTopic.set(p.topicId, { ...p, amount: { ...p.amount } });
      continue;
    }
    // A tap on the service's card with no minutes in its words keeps the case's minutes, with the tap's moment.
    if (seen.amount.minutes === null && p.amount.minutes !== null) {
      seen.amount.minutes = p.amount.minutes;
      seen.amount.per = seen.amount.per ?? p.amount.per;
    }
    if (seen.amount.per === null) seen.amount.per = p.amount.per;
    if (seen.amount.setting === null) seen.amount.setting = p.amount.setting;
    if (seen.moment === null && p.moment !== null) seen.moment = p.moment;
  }
  return [...byTopic.values()];
}

export function settledPoints(input: SettledInput): SettledPoint[] {
  const points: SettledPoint[] = [];
  for (const service of input.services) {
    const words = `${service.name}${service.setting ? `, ${service.setting}` : ''}`;
    const topic = topicsIn(normalizeLine(service.name)).find((t) => t.kind === 'service');
    if (topic === undefined) continue;
    const setting = service.setting ? amountOf(normalizeLine(service.setting)).setting : null;
    points.push(
      pointOf(topic, `${words}: ${service.minutes} minutes a ${service.per}`, 'case', null, {
        minutes: service.minutes,
        per: service.per,
        setting,
      }),
    );
  }
  for (const item of input.items) {
    const line = normalizeLine(item.text);
    const moment =
      item.startMs === null
        ? null
        : { recordingId: item.recordingId, atMs: item.startMs, itemId: item.id, entryId: null };
    const from = item.kind === 'agreement' ? 'agreement' : 'promise';
    // The said words carry the minutes when the item's tidy sentence dropped them.
    const amount = amountOf(line);
    const said = amountOf(normalizeLine(item.source));
    const merged = {
      minutes: amount.minutes ?? said.minutes,
      per: amount.per ?? said.per,
      setting: amount.setting ?? said.setting,
    };
    for (const topic of topicsIn(line))
      points.push(pointOf(topic, item.text, from, moment, topic.kind === 'service' ? merged : none()));
  }
  for (const card of input.cards) {
    const text = normalizeLine(`${card.title}${card.detail ? ` ${card.detail}` : ''}`);
    const moment =
      card.atMs === null || input.recordingId === null
        ? null
        : { recordingId: input.recordingId, atMs: card.atMs, itemId: null, entryId: card.entryId };
    for (const topic of topicsIn(text))
      points.push(
        pointOf(topic, card.title, 'companion', moment, topic.kind === 'service' ? amountOf(text) : none()),
      );
  }
  return merge(points);
}

function none(): ServiceAmount {
  return { minutes: null, per: null, setting: null };
}
