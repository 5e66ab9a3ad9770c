module.exports = {
  displayName: 'web',
  preset: '../../jest.preset.js',
  testEnvironment: '<rootDir>/src/testing/jsdom-environment.cjs',
  transform: {
    '^.+\\.[tj]sx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleNameMapper: { '\\.(css)$': '<rootDir>/src/testing/style-stub.cjs' },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx'],
  setupFilesAfterEnv: ['<rootDir>/src/testing/setup-tests.ts'],
  coverageDirectory: '../../coverage/apps/web',
};
