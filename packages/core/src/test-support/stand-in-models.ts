import { CLASSES, prepareModel } from '../extraction/classifier.js';
import { extractItems } from '../extraction/extract-items.js';
import type { SpeakerRole } from '../extraction/roles.js';
import type { ExtractedItem, ExtractKind } from '../transcripts/transcript-types.js';

// Stand-in weights for the combined method's tests: a classifier that gives every turn one kind (or none), so a
// test sees what the combined method does after the classifier (who is named, which kinds the rules keep or drop),
// whatever the shipped weights say. Pass the result as ExtractOptions.models.
export function everyTurnCalled(kind: ExtractKind | null) {
  const model = prepareModel({
    features: ['bias'],
    weights: CLASSES.map((c) => (c === (kind ?? 'none') ? 500 : 0)),
    scale: 100,
    noneMargin: kind === null ? 0 : 1,
  });
  return { classifier: model, combined: model };
}

/** The combined method's items in one turn of a meeting, after a classifier that calls every turn `kind`. */
export function afterStandIn(
  meetingDate: string,
  speakers: readonly SpeakerRole[],
  kind: ExtractKind | null,
) {
  const models = everyTurnCalled(kind);
  return (text: string, speaker: string | null = speakers[0]?.name ?? null): ExtractedItem[] =>
    extractItems([{ speaker, text, start: null }], { meetingDate, method: 'combined', speakers, models });
}
