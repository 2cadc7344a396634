export * from './deadline-rules.js';
export * from './compute-deadline.js';
export * from './filing-windows.js';
