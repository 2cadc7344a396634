export * from './companion-fold.js';
export * from './companion-scripts.js';
