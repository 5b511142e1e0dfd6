import { Migration } from './migration.js';

export const migration003: Migration = { version: 3, name: '003-actors-people', statements: [] };
