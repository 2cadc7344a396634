export * from './deadline-rules.js';
export * from './compute-deadline.js';
export * from './filing-windows.js';
export { childRecordsNote } from './rule-notes.js';
