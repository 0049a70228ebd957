// Mutation testing (issue #19): `npm run mutation`. Not part of CI: a full run takes tens of minutes on two
// cores. One file: `npx stryker run --mutate src/core/thai.ts`. See README "Mutation testing".
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  // Everything pure: the core and the renderers (the .docx writer too: its tests run on Node). src/gas and
  // src/cli are left out: only the bundle tests and the CLI tests (not run here) reach them.
  mutate: ['src/core/**/*.ts', 'src/render/**/*.ts'],
  coverageAnalysis: 'perTest',
  // The machine has 2 cores shared with other sessions.
  concurrency: 1,
  // Re-runs only mutate what changed since reports/stryker-incremental.json (committed).
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  thresholds: { high: 85, low: 80, break: null },
  timeoutMS: 10_000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
