export * from './case/index.js';
export * from './rules/index.js';
export * from './calendar/index.js';
export * from './deadlines/index.js';
export * from './planner/index.js';
export * from './analysis/index.js';
export * from './letters/index.js';
export * from './imports/index.js';
