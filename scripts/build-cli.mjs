/**
 * The command line compiled to plain JavaScript (run by `npm run build`): build/cli/, not committed.
 * ES modules with code splitting, so each command's `import()` (src/cli/commands.ts) stays a separate file
 * loaded only when that command runs; packages stay in node_modules (external), loaded the same way.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

const OUT = 'build/cli';
rmSync(OUT, { recursive: true, force: true });
await build({
  entryPoints: { main: 'src/cli/main.ts' },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  charset: 'utf8',
  sourcemap: true,
  logLevel: 'warning',
});
