export * from './letter-types.js';
export { letterToText, letterProse } from './letter-text.js';
export { LETTER_KIND_INFO, letterAnswersSchema } from './kind-info.js';
export { buildLetter } from './build-letter.js';
