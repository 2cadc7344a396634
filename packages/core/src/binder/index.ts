export * from './kinds.js';
export { guessKind, guessTab, isBinderTab } from './guess-kind.js';
export { guessDocumentDate } from './guess-date.js';
export * from './checks/index.js';
export * from './evidence/plan.js';
