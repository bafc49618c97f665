/** Jest over ESM TypeScript (ts-jest, no type check here: `npm run typecheck` does that). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }]
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts', '<rootDir>/src/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/bench/'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/test/fixtures/'],
  clearMocks: true,
  setupFilesAfterEnv: ['<rootDir>/test/support/jest-exit-code.ts', '<rootDir>/test/support/jest-glob-library.ts', '<rootDir>/test/support/jest-no-proxy.ts'],
  testTimeout: 30000
}
