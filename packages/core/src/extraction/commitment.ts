import type { IsoDate } from '../calendar/index.js';
import { resolveDue } from './dates.js';
import { clipWords } from './text.js';
import { subjectBefore } from './who.js';

// Commitments: someone says they (or a named person or role) will do something. The hard part is what is NOT a
// commitment although it sounds like one: "I will say the data looks good", "I'll be honest", "we'll see how it
// goes", "I'll share my screen" (done right there in the meeting).

const MODAL =
  /'ll\b|\bwill\b|\bshall\b|\b(?:am|is|are)\s+(?:going\s+to|gonna)\b|'(?:m|s|re)\s+(?:going\s+to|gonna)\b|\bgonna\b|\bcan\b(?!'t)|\b(?:plan|promise|intend)\s+to\b|(?:\bwould|'d)\s+be\s+(?:happy|glad)\s+to\b/g;
const LEAD =
  /^(?:also|just|definitely|certainly|then|personally|absolutely|probably|still|actually|go ahead and|be sure to|be happy to|be glad to|make sure to|try to|try and|have to|need to)\s+/;
// Words after "will" that do not promise an action.
const NOT_AN_ACTION =
  /^(?:be(?!\s+\w+ing\b)|say|admit|bet|guess|see(?!\s+(?:to it|that))|need|want|miss|remember|hear|know|think|feel|wonder|tell you (?:what|that|honestly|the truth)|let you go|start (?:with|off|by)|go (?:over|through|around|ahead and (?:start|begin|get started))|read|share (?:my|the|our) screen|pull (?:up|it up|that up)|pass (?:around|it|out|this)|hand (?:it|out|this|that)|introduce|begin|take (?:a break|notes|a look|a minute|a second|five|ten)|turn (?:it|this|that) over|walk (?:you |everyone )?through|mute|jump|keep (?:it|going|moving)|wait|hold|continue|move on|skip|stop|wrap (?:up|this up)|come back|talk|discuss|get started|do (?:introductions|a quick|our)|look|play|not|never)\b/;
// With "can", or a subject we cannot name ("she'll"), only clear actions count: "he'll struggle" is no promise.
const ACTION =
  /^(?:send|email|e-mail|call|schedule|set up|share|give|get|bring|sign|update|write|mail|fax|text|forward|provide|add|include|arrange|contact|reach out|talk to|meet with|review|complete|finish|fill out|put|make|start|create|draft|print|copy|check in|follow up|let|set|train|observe|collect|run|test|evaluate|assess|order|request|submit|post|upload|drop off|pick up|deliver|book|invite|notify|inform|tell|teach|implement|monitor|track|graph|document|log|report|prepare|gather|pull together|look over|attach|return)\b/;
// "You'll get the draft by Friday": the speaker promises to send it.
const YOU_ACTION = /^(?:get|receive|have)\b/;
const IMMEDIATE = /\b(?:right now|now|real quick|in a (?:minute|second|moment|sec))[.!?]*$/;

export interface Commitment {
  who: string | null;
  /** What will be done, starting with the verb, date phrase taken out ("send you the Notice of Action"). */
  what: string;
  due: IsoDate | null;
}

/** "What" is a to-do line: shorter than a whole item sentence. */
const MAX_WHAT_WORDS = 25;

function cleanWhat(s: string): string {
  const what = s
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/(?:[\s,;:-]|\b(?:by|on|before|in|within|until|and|so)\b)+$/i, '')
    .replace(/[.!?]+$/, '')
    .trim();
  return clipWords(what, MAX_WHAT_WORDS);
}

export function findCommitment(
  sentence: string,
  speaker: string | null,
  names: ReadonlyMap<string, string>,
  meeting: IsoDate,
): Commitment | null {
  const lower = sentence.toLowerCase();
  if (IMMEDIATE.test(lower)) return null;
  MODAL.lastIndex = 0;
  for (let m = MODAL.exec(lower); m !== null; m = MODAL.exec(lower)) {
    const subject = subjectBefore(lower.slice(0, m.index), speaker, names);
    if (subject === null) continue;
    let at = m.index + m[0].length;
    let rest = lower.slice(at);
    const leading = /^\s+/.exec(rest)?.[0].length ?? 0;
    at += leading;
    rest = rest.slice(leading);
    for (let lead = LEAD.exec(rest); lead !== null; lead = LEAD.exec(rest)) {
      at += lead[0].length;
      rest = rest.slice(lead[0].length);
    }
    if (NOT_AN_ACTION.test(rest)) continue;
    const weak = m[0] === 'can' || subject.kind === 'other';
    if (weak && !ACTION.test(rest)) continue;
    if (subject.kind === 'you' && !YOU_ACTION.test(rest)) continue;
    const { due, span } = resolveDue(sentence, meeting);
    let what = sentence.slice(at);
    if (span !== null && span[0] >= at) {
      what = `${sentence.slice(at, span[0])} ${sentence.slice(span[1])}`;
    }
    what = cleanWhat(subject.kind === 'you' ? what.replace(/^\S+/, 'send you') : what);
    if (what === '') continue;
    return { who: subject.who, what, due };
  }
  return null;
}
