export * from './confidence.js';
export * from './domain-error.js';
export * from './recording-law.js';
