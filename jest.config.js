/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }] },
  moduleNameMapper: {
    "^@customer-profiles/identity-resolution$": "<rootDir>/provider/index.ts",
    "^@customer-profiles/identity-resolution/emulator$": "<rootDir>/emulator/index.ts",
  },
  setupFiles: ["<rootDir>/test/setup/isolateAwsEnvironment.ts"],
  testTimeout: 30000,
};
