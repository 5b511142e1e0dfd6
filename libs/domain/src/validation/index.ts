export * from './limits.js';
export * from './labels.js';
export * from './input-check.js';
export * from './fields.js';
export * from './values.js';
