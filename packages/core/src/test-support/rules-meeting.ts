import { extractItems } from '../extraction/extract-items.js';
import type { SpeakerRole } from '../extraction/roles.js';
import type { ExtractedItem, ExtractKind, Utterance } from '../transcripts/transcript-types.js';

// One meeting for the extraction category tests (extraction-categories*.test.ts): a date and a roster, read by the
// rules alone, so a test names the rule it checks and does not move when the learned model is retrained.

export interface RulesMeeting {
  /** A turn of the meeting, with no time. */
  say: (speaker: string, text: string) => Utterance;
  /** The items the rules find in these turns. */
  extract: (...utterances: Utterance[]) => ExtractedItem[];
  /** The kind found in the turn at `index` of these turns, or null. */
  kindAt: (index: number, ...utterances: Utterance[]) => ExtractKind | null;
  /** The kind found in the last of these turns, or null. */
  kindOf: (...utterances: Utterance[]) => ExtractKind | null;
  /** Every item found in these [speaker, text] turns, as [kind, the turn's text]. */
  kindsIn: (turns: readonly (readonly [string, string])[]) => [ExtractKind, string][];
  /** The items found in one turn; the speaker is the roster's first unless named. */
  itemsOf: (text: string, speaker?: string) => ExtractedItem[];
  /** The kinds found in one turn; the speaker is the roster's first unless named. */
  kindsOf: (text: string, speaker?: string) => ExtractKind[];
}

export function rulesMeeting(meetingDate: string, speakers: readonly SpeakerRole[]): RulesMeeting {
  const first = speakers[0]?.name ?? null;
  const say = (speaker: string, text: string): Utterance => ({ speaker, text, start: null });
  const extract = (...utterances: Utterance[]) =>
    extractItems(utterances, { meetingDate, method: 'rules', speakers });
  const kindAt = (index: number, ...utterances: Utterance[]) =>
    extract(...utterances).find((i) => i.source === utterances[index]?.text)?.kind ?? null;
  const itemsOf = (text: string, speaker = first) => extract({ speaker, text, start: null });
  return {
    say,
    extract,
    kindAt,
    kindOf: (...utterances) => kindAt(utterances.length - 1, ...utterances),
    kindsIn: (turns) =>
      extract(...turns.map(([speaker, text]) => say(speaker, text))).map((i): [ExtractKind, string] => [
        i.kind,
        i.source,
      ]),
    itemsOf,
    kindsOf: (text, speaker) => itemsOf(text, speaker ?? first).map((i) => i.kind),
  };
}
