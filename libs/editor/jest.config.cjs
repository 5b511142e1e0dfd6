module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'editor',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
