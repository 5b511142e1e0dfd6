import { Migration } from './migration.js';

export const migration005: Migration = { version: 5, name: '005-accounts', statements: [] };
