export * from './notice-elements.js';
export { checkNotice, type ElementFinding, type NoticeCheck } from './check-notice.js';
export { type NoticePage } from './notice-text.js';
export * from './notice-timing.js';
