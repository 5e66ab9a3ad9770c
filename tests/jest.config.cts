/**
 * End-to-end tests: the built api as a real process over HTTP (embedded PostgreSQL, and
 * PostgreSQL server + Redis with separate workers), the built web app in Chromium.
 */
module.exports = {
  displayName: 'e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.e2e.spec.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  reporters: ['default', '<rootDir>/../tools/jest-summary-reporter.cjs'],
  globalSetup: '<rootDir>/support/global-setup.ts',
  // The processes under test share two cores: one suite at a time.
  maxWorkers: 1,
  verbose: true,
  testTimeout: 120_000,
};
