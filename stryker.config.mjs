// Mutation testing (issue #19): `npm run mutation`. Not part of CI: a full run takes tens of minutes on two
// cores. One file: `npx stryker run --mutate src/core/thai.ts`. See README "Mutation testing".
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  // The modules issue #19 sets a score for. The rest of src/core and src/render (about 5,800 more mutants, hours
  // on two cores) is run one part at a time: `npx stryker run --mutate 'src/render/**/*.ts'`. src/gas and src/cli
  // are left out: only the bundle tests and the CLI tests (not run here) reach them.
  mutate: [
    'src/core/forms/ledger.ts',
    'src/core/forms/ledger-merge.ts',
    'src/core/forms/contributions.ts',
    'src/core/forms/match.ts',
    'src/core/thai.ts',
    'src/core/validation/index.ts',
    'src/core/validation/numbering.ts',
    'src/core/validation/targets.ts',
    'src/core/validation/text-lint.ts',
    'src/core/report-model.ts',
    'src/render/docs-requests.ts',
    // docs-requests.ts's page and cell code, split out of it (issue #18): the same Docs request builder.
    'src/render/docs-page.ts',
    'src/render/docs-table-content.ts',
  ],
  coverageAnalysis: 'perTest',
  // A mutant reached only when a module loads (a regex or table at the top of a file) would need the whole suite
  // (~1 min) each; they are left out of the score and counted in the README, which says how they were checked.
  ignoreStatic: true,
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
