import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Who may import whom, by project tags. tools/ (scope:tools) is the scripts around the apps: it uses the
// shared domain, never an app's source.
const DEP_CONSTRAINTS = [
  { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:tools', 'scope:shared'] },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
  // The editor schema (libs/editor) is shared by the web editor and the collaboration server.
  { sourceTag: 'type:editor', onlyDependOnLibsWithTags: ['type:editor', 'type:domain'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:domain'] },
];

// The API's integration specs and the browser journeys may also use what tools/ exposes through
// package.json "imports" (`#tools/…`): the embedded Neo4j launcher, the Chromium launcher, the web bundle
// sizes. App source and unit specs may not.
const TEST_DEP_CONSTRAINTS = DEP_CONSTRAINTS.map((constraint) =>
  constraint.sourceTag === 'scope:api' || constraint.sourceTag === 'scope:web'
    ? { ...constraint, onlyDependOnLibsWithTags: [...constraint.onlyDependOnLibsWithTags, 'scope:tools'] }
    : constraint,
);

const boundaries = (depConstraints) => [
  'error',
  { enforceBuildableLibDependency: true, allow: [], depConstraints },
];

// What the server never imports: the client's frameworks and the web app itself.
const CLIENT_IMPORTS = [
  {
    group: [
      'react',
      'react-*',
      '@mantine/*',
      '@apollo/client',
      '@apollo/client/*',
      'i18next',
      'react-i18next',
    ],
    message: 'The API never imports client packages.',
  },
  {
    group: ['**/apps/web', '**/apps/web/**', '**/web/src/**', '**/web/e2e/**'],
    message: 'The API never imports web app code.',
  },
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.nx',
      'data/**',
      'tools/neo4j/lib/**',
      '**/generated/**',
      '**/vite.config.*.timestamp*',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    rules: { '@nx/enforce-module-boundaries': boundaries(DEP_CONSTRAINTS) },
  },
  {
    files: ['apps/api/test/**/*.ts', 'apps/web/e2e/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': boundaries(TEST_DEP_CONSTRAINTS) },
  },
  {
    files: ['apps/api/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: CLIENT_IMPORTS }] },
  },
  {
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', 'neo4j-driver', '@neo4j/*'],
              message: 'Web code never imports server packages.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', 'neo4j-driver', 'react', 'react-*', 'graphql', '@apollo/*'],
              message: 'Domain code imports no framework.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/editor/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', 'neo4j-driver', 'react', 'react-*', '@apollo/*', 'ws', 'y-websocket'],
              message: 'The editor schema runs in the browser and on the server: no framework, no transport.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests assert the shape they just checked; a non-null assertion there is the assertion.
    files: [
      '**/*.spec.ts',
      '**/*.spec.tsx',
      '**/*.int-spec.ts',
      '**/*.test.ts',
      '**/test/**/*.ts',
      '**/e2e/**/*.ts',
    ],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  ...tseslint.config({
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  }),
];
