import { Migration } from './migration.js';

export const migration004: Migration = { version: 4, name: '004-challenges-solutions', statements: [] };
