export * from './transcript-types.js';
export { applyCorrections, emptyCorrections, UNKNOWN_SPEAKER } from './corrections.js';
export { resolveLabel } from './speaker-labels.js';
export { SAMPLE_SECONDS } from './speaker-views.js';
export { formatClock } from './clock.js';
export {
  transcriptToJson,
  transcriptToSrt,
  transcriptToText,
  transcriptToVtt,
  type TranscriptMeta,
} from './exports.js';
export { filterRepeats, isRepetitionLoop } from './repeats.js';
export { normalizeWords, wordErrorRate, type WordErrorRate } from './word-error-rate.js';
