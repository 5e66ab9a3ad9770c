const nxPreset = require('@nx/jest/preset').default;

module.exports = {
  ...nxPreset,
  reporters: ['default', '<rootDir>/../../tools/jest-summary-reporter.cjs'],
};
