// Integration specs boot the real Nest app and talk GraphQL over HTTP to a real Neo4j (NEO4J_URI,
// set by tools/neo4j/with-neo4j.ts to the embedded server when nothing else is configured).
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'api-integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  testTimeout: 60_000,
  maxWorkers: 1,
};
