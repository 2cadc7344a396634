export * from './case/index.js';
