// Browser walk through the built SPA served by the real server (see e2e/support/global-setup.ts).
const preset = require('../../jest.preset.cjs');
module.exports = {
  ...preset,
  roots: ['<rootDir>/e2e'],
  testMatch: ['**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/e2e/support/global-setup.ts',
  globalTeardown: '<rootDir>/e2e/support/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 1,
};
