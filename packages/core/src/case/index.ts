export * from './case-schema.js';
export * from './case-parse.js';
export * from './ssd.js';
export * from './case-problem.js';
export * from './goal-rules.js';
