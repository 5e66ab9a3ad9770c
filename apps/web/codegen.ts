import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the web app, from the api's committed contract.
 * Run from the workspace root: `npm run codegen`. The operations themselves live in
 * libs/shared (validated against the schema by its tests); the web app may add its own.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: [
    'libs/shared/src/lib/graphql/**/*.ts',
    '!libs/shared/src/lib/graphql/**/*.spec.ts',
    'apps/web/src/**/*.{ts,tsx}',
    '!apps/web/src/gql/**',
    '!apps/web/src/**/*.spec.{ts,tsx}',
  ],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        useTypeImports: true,
        // Keep the bundle small: no map of document sources, only the typed documents that are imported.
        documentMode: 'documentNode',
        scalars: { DateTime: 'string', SafeInt: 'number' },
      },
    },
  },
};

export default config;
