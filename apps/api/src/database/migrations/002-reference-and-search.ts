import { Migration } from './migration.js';

export const migration002: Migration = { version: 2, name: '002-reference-and-search', statements: [] };
