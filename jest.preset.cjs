// Shared jest settings. The code is native ESM (NestJS 12 ships as ESM), so jest runs in its ESM mode
// (node --experimental-vm-modules) and SWC compiles TypeScript to ESM with decorator metadata.
const path = require('node:path');

module.exports = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: {
    '^@netzwerkstatt/domain$': path.join(__dirname, 'libs/domain/src/index.ts'),
    '^@netzwerkstatt/editor$': path.join(__dirname, 'libs/editor/src/index.ts'),
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
};
