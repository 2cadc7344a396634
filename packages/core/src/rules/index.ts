export * from './confidence.js';
export * from './domain-error.js';
