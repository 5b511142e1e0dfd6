export * from './agreement/agreement.js';
export * from './regions.js';
export * from './roles.js';
export * from './errors.js';
export * from './validation.js';
export * from './labels.js';
export * from './sorting.js';
export * from './write-policy.js';
