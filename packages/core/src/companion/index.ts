export * from './companion-agenda.js';
export * from './companion-schedule.js';
export * from './companion-evidence.js';
export * from './companion-fold.js';
export * from './companion-follow-up.js';
export * from './companion-scripts.js';
