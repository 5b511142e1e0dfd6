// The `#…` entries (package.json "imports") are how Node, Jest and the browser journeys reach code of
// another project without a build; tsconfig.base.json "paths" repeats them so TypeScript and Nx's project
// graph (and with it the module boundary rule) see the same files. This keeps the two lists equal.
// Run: node --test tools/scripts/
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(REPO_ROOT, file), 'utf8'));

const { imports = {} } = readJson('package.json') as { imports?: Record<string, string> };
const { compilerOptions } = readJson('tsconfig.base.json') as {
  compilerOptions: { paths: Record<string, string[]> };
};
const hashPaths = Object.fromEntries(
  Object.entries(compilerOptions.paths).filter(([name]) => name.startsWith('#')),
);

describe('package.json "imports" and tsconfig.base.json "paths"', () => {
  it('name the same entries', () => {
    assert.deepEqual(Object.keys(hashPaths).sort(), Object.keys(imports).sort());
  });

  for (const [name, target] of Object.entries(imports)) {
    it(`${name} points both at ${target}, which exists`, () => {
      assert.deepEqual(hashPaths[name], [target.replace(/^\.\//, '')]);
      assert.ok(existsSync(path.join(REPO_ROOT, target)), `${target} is missing`);
    });
  }
});
