import type { CodegenConfig } from '@graphql-codegen/cli';

// The schema is emitted by the server (type-graphql) and committed; OPENCLR_SCHEMA points elsewhere when needed.
const config: CodegenConfig = {
  schema: process.env.OPENCLR_SCHEMA ?? '../server/schema.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        // Both arrive as ISO 8601 strings: an instant with zone, and a calendar date (YYYY-MM-DD).
        scalars: { DateTimeISO: 'string', LocalDate: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
