export * from './iso-date.js';
export * from './missouri-holidays.js';
export * from './business-days.js';
export * from './zones.js';
export * from './zoned-time.js';
export * from './parse-time.js';
export * from './receipt.js';
export * from './plain-date.js';
