export * from './escalation-options.js';
export * from './escalation-windows.js';
export * from './helpers.js';
export * from './escalation-page.js';
