/**
 * CLI start-up: `node bin/ita-report.mjs --version` (the compiled CLI, build/cli/) against bare `node -e 0`,
 * run alternately so both see the same machine load; medians. Target (issue #18): within 3×.
 * Called from bench/run.ts (`npm run bench cli`); `npm run build` first.
 */
import { spawnSync } from 'node:child_process';

const RUNS = 15;

function timeMs(args: string[]): number {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, args, { stdio: 'ignore' });
  const ms = performance.now() - t0;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}`);
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function benchCliStart(): string[] {
  const bare: number[] = [];
  const cli: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(timeMs(['-e', '0']));
    cli.push(timeMs(['bin/ita-report.mjs', '--version']));
  }
  const ratio = median(cli) / median(bare);
  return [
    `CLI start-up (median of ${RUNS}, alternating)`,
    `  node -e 0: ${median(bare).toFixed(0)} ms · ita-report --version: ${median(cli).toFixed(0)} ms · ${ratio.toFixed(2)}× (target ≤ 3×: ${ratio <= 3 ? 'met' : 'NOT met'})`,
  ];
}
