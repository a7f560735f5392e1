// Unit tests of pure logic and composables (no DOM, no server).
module.exports = { ...require('../../jest.preset.cjs'), roots: ['<rootDir>/src'], testMatch: ['**/*.spec.ts'] };
