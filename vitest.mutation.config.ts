import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant. Tests that load the built bundle (dist/Code.js, *.gas.test.ts,
// bundle.test.ts) cannot see a mutant in src/, and the CLI / loopback tests spawn processes or servers and
// are slow; both are left out here (npm test still runs everything).
// MUTATION_TESTS="test/thai.test.ts,test/thai-dates.test.ts" narrows the run to the tests of one module (quick;
// the score it gives is a lower bound of the whole suite's).
const only = process.env.MUTATION_TESTS?.split(',').filter(Boolean);

export default defineConfig({
  test: {
    include: only ?? ['test/**/*.test.ts'],
    exclude: [
      'test/**/*.gas.test.ts',
      'test/**/*.cli.test.ts',
      'test/bundle.test.ts',
      'test/cli.test.ts',
      'test/cli-google.test.ts',
      'test/text-boundary.google.test.ts',
      'test/cost-model.test.ts',
      // No mutant to see: the bundle's size, the clasp set-up script, the CLI's fonts and start-up (src/cli).
      'test/bundle-size.test.ts',
      'test/clasp-setup.test.ts',
      'test/docx-fonts.test.ts',
      'test/cli-start.test.ts',
      // The CLI run in-process: it imports the core lazily, inside a test, so every constant of the core would
      // count as covered by that one test (and run against it alone) instead of static.
      'test/examples.test.ts',
      'test/google-errors.test.ts',
      'node_modules/**',
    ],
    testTimeout: 60_000,
  },
});
