// Scoring extraction against labeled meetings: the corpus parser, the noise model and the scores. For the bench, the
// training script and tests only; the app never scores, so none of this is in core's public API.
export {
  scoreMeetings,
  extractFromMeeting,
  formatExtractionScore,
  formatMistakes,
  sameWho,
  type ExtractionScore,
  type ExtractionMistake,
  type FieldMistake,
  type KindScore,
  type ScoreOptions,
} from './score.js';
export { parseLabeledMeeting, corpusCounts, type LabeledMeeting, type LabeledUtterance } from './corpus.js';
export { addRecognizerNoise, noiseMeetings, type NoiseOptions } from './noise.js';
