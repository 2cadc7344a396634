export * from './case-schema.js';
export * from './case-parse.js';
export * from './ssd.js';
