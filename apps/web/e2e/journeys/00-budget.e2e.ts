import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { BUDGET_BYTES, firstPageSizes } from '#tools/web-bundle';

// The built app the journeys run against: its first pages must stay within the download budget.
const DIST = path.resolve(import.meta.dirname, '../../../../dist/apps/web');

describe('download budget of the built app', () => {
  for (const [name, size] of Object.entries(firstPageSizes(DIST))) {
    it(`${name} (${size.path}) needs at most 200 kB of JavaScript (gzip)`, () => {
      assert.ok(
        size.gzipBytes <= BUDGET_BYTES,
        `${name}: ${size.gzipBytes} bytes gzip > ${BUDGET_BYTES}; largest files: ${[...size.files]
          .sort((a, b) => b.gzipBytes - a.gzipBytes)
          .slice(0, 3)
          .map((f) => `${f.file} ${f.gzipBytes}`)
          .join(', ')}`,
      );
    });
  }
});
