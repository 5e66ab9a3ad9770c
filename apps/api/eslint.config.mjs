import importPlugin from 'eslint-plugin-import';
import baseConfig from '../../eslint.config.mjs';

const src = `${import.meta.dirname}/src`;

// The contexts of the api: each may import the layers below it and other contexts (without circles).
const contexts = [
  'accounts',
  'audit',
  'campaigns',
  'contracts',
  'dashboards',
  'distribution',
  'health',
  'identity',
  'imports',
  'migrations',
  'notifications',
  'pipeline',
  'rivals',
  'search',
  'security',
  'subscriptions',
  'web',
  'webhooks',
].map((name) => `./${name}`);
// The composition root (and the demo it loads): it knows everything, and nothing imports it (but tests).
const root = ['./api', './app.module.ts', './bootstrap.ts', './main.ts', './entities.ts', './demo', './setup'];

export default [
  ...baseConfig,
  {
    // The layers of apps/api/src, bottom up (README.md, Architecture): config and common know no
    // context; database and jobs are the infrastructure; contexts; the composition root. No layer
    // imports one above it, and no file imports itself back through others.
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.spec.ts', 'src/testing/**'],
    plugins: { import: importPlugin },
    settings: {
      'import/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import/resolver': { node: { extensions: ['.ts', '.js'] } },
      'import/extensions': ['.ts', '.js'],
      // Packages are not followed: only the api's own files can make a circle.
      'import/ignore': ['node_modules'],
    },
    rules: {
      'import/no-cycle': ['error', { ignoreExternal: true }],
      'import/no-restricted-paths': [
        'error',
        {
          basePath: src,
          zones: [
            { target: './config', from: './', except: ['./config'], message: 'config/ is the bottom layer: it imports nothing of the api.' },
            {
              target: './common',
              from: './',
              except: ['./common', './config'],
              message: 'common/ knows no context: register with its registries (LoadersFactory, NodeRegistry) instead.',
            },
            { target: './database', from: './', except: ['./database', './common', './config'], message: 'database/ is below jobs and every context.' },
            { target: './jobs', from: './', except: ['./jobs', './database', './common', './config'], message: 'jobs/ is below every context.' },
            { target: contexts, from: root, message: 'Only the composition root imports the composition root.' },
            // Identity and audit are below the business contexts.
            {
              target: ['./identity', './audit'],
              from: contexts.filter((c) => c !== './identity' && c !== './audit'),
              message: 'identity/ and audit/ are below the business contexts.',
            },
            { target: './audit', from: './identity', message: 'audit/ is below identity/.' },
          ],
        },
      ],
    },
  },
];
