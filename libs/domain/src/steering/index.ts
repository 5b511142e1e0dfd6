export * from './calendar-days.js';
export * from './mandate-term.js';
export * from './meetings.js';
