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
        scalars: { DateTimeISO: 'string' },
      },
    },
  },
};

export default config;
