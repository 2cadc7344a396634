export * from './iso-date.js';
export * from './missouri-holidays.js';
export * from './business-days.js';
