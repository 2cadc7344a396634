import { LETTER_KIND_INFO, isLetterKind, isSendMethod, plainDate } from '@iep/core';
import { SEND_METHOD_WORDS } from '@iep/core/contract';
import type { Storage } from '../db/open-storage.js';
import { notFound, ok, type CaseResult } from './case-results.js';
import { ownsCase } from './case-access.js';
import { listTimeline, type TimelineEvent } from './cases.repository.js';

// The paper trail as a parent reads it: every recorded change and letter, newest first, each with one plain line.

const methodWords = (method: unknown): string => (isSendMethod(method) ? SEND_METHOD_WORDS[method] : '');

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function letterTitle(kind: unknown): string {
  const k = str(kind);
  return isLetterKind(k) ? LETTER_KIND_INFO[k].title : 'a letter';
}

/** One plain line for an event; the data keeps every detail (hashes, ids) for whoever needs them. */
export function eventSummary(event: Pick<TimelineEvent, 'kind' | 'data'>): string {
  const d = event.data;
  switch (event.kind) {
    case 'case.created':
      return 'Case started.';
    case 'case.imported':
      return 'Case imported from a file.';
    case 'case.updated':
      return 'Case details changed.';
    case 'meeting.added':
      return 'Meeting added.';
    case 'meeting.updated':
      return 'Meeting changed.';
    case 'meeting.deleted':
      return 'Meeting removed.';
    case 'closure.added':
      return 'School closure added.';
    case 'closure.deleted':
      return 'School closure removed.';
    case 'task.done':
      return `Task marked done: ${str(d['taskId'])}.`;
    case 'task.undone':
      return `Task marked not done: ${str(d['taskId'])}.`;
    case 'letter.file':
      return `Made the ${str(d['format']).toUpperCase()} file of the ${letterTitle(d['kind'])}: ${str(d['filename'])}.`;
    case 'letter.sent':
      return `Sent the ${letterTitle(d['kind'])} ${methodWords(d['method'])} (file ${str(d['filename'])}, SHA-256 ${str(d['sha256']).slice(0, 12)}…).`.replace(
        /\s+\(/,
        ' (',
      );
    case 'letter.arrived':
      return `The ${letterTitle(d['kind'])} arrived on ${plainDate(str(d['receivedOn']))}.`;
    case 'item.confirmed':
      return `Confirmed from the meeting transcript: ${str(d['text'])}`;
    case 'item.dropped':
      return `Dropped from the meeting transcript: ${str(d['text'])}`;
    case 'companion.taps': {
      const added = Number(d['added'] ?? 0);
      const by =
        typeof d['byName'] === 'string'
          ? ` Added by ${d['byName']}${d['byKind'] === 'guest' ? ' (guest)' : ''}.`
          : '';
      return `Saved ${added} ${added === 1 ? 'tap or note' : 'taps and notes'} from the meeting.${by}`;
    }
    case 'guest.code-made':
      return 'Made a guest code so someone at the table can add notes.';
    case 'guest.joined':
      return `${str(d['name'])} joined the meeting notes as a guest.`;
    case 'guest.ended':
      return `Ended guest access${typeof d['name'] === 'string' ? ` for ${d['name']}` : ''}.`;
    case 'member.audio-granted':
      return `${str(d['name'])} let ${str(d['memberName'])} download recordings and clips.`;
    case 'member.audio-withdrawn':
      return `${str(d['name'])} stopped ${str(d['memberName'])} from downloading recordings and clips.`;
    case 'companion.follow-up':
      return 'Drafted the follow-up email from the meeting taps.';
    case 'note.added':
      return `${str(d['name'])} added a note to the recording.`;
    default:
      return event.kind;
  }
}

export async function caseTimeline(
  storage: Storage,
  ownerId: string,
  caseId: string,
): Promise<CaseResult<{ events: (TimelineEvent & { summary: string })[] }>> {
  if (!(await ownsCase(storage, ownerId, caseId))) return notFound;
  const events = await listTimeline(storage.db, caseId);
  return ok({ events: events.map((e) => ({ ...e, summary: eventSummary(e) })) });
}
