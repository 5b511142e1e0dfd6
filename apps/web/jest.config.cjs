const preset = require('../../jest.preset.cjs');
const [pattern, [swc, swcOptions]] = Object.entries(preset.transform)[0];

module.exports = {
  ...preset,
  displayName: 'web',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
  setupFiles: ['<rootDir>/src/test/setup.cjs'],
  // JSON imports carry `with { type: 'json' }` (as Vite and Node want); SWC must keep it.
  transform: {
    [pattern]: [
      swc,
      { ...swcOptions, jsc: { ...swcOptions.jsc, experimental: { keepImportAttributes: true } } },
    ],
  },
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    '\\.css$': '<rootDir>/src/test/style-stub.cjs',
  },
};
