// Unit tests of pure logic and composables (no DOM, no server).
const preset = require('../../jest.preset.cjs');

// Apollo Client 3 publishes ESM under `@apollo/client/core/index.js`, which @vue/apollo-composable's CommonJS
// build requires; Jest on Node 20 cannot require ESM, so those packages are transformed like our own code.
const esmOnly = ['@apollo/client', '@vue/apollo-composable', '@openclr/domain'];
const pattern = esmOnly.map((m) => m.replace('/', '\\+?/?')).join('|');

module.exports = {
  ...preset,
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts'],
  transformIgnorePatterns: [`/node_modules/(?!(\\.pnpm/)?(${pattern}))`],
};
