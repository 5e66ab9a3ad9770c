import nx from '@nx/eslint-plugin';

// The architecture of DESIGN.md §7, enforced in lint:
// - libs/domain is pure: no framework, no I/O, nothing from the apps or from libs/shared;
// - libs/shared imports nothing from the apps;
// - an app never imports another app.
const frameworks = [
  '@nestjs/*',
  '@apollo/*',
  'typeorm',
  'pg',
  '@electric-sql/*',
  'bullmq',
  'ioredis',
  'react',
  'react-dom',
  'react/*',
  'express',
  'graphql',
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/vite.config.*.timestamp*', '**/node_modules', '.lifeboat', 'coverage'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:shared'] },
            { sourceTag: 'type:shared', onlyDependOnLibsWithTags: ['type:domain', 'type:shared'] },
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain'],
              bannedExternalImports: frameworks,
            },
            { sourceTag: 'scope:any', onlyDependOnLibsWithTags: ['scope:any'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:any'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:any'] },
          ],
        },
      ],
    },
  },
];
