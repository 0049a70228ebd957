/**
 * What the bundle's size costs: Apps Script compiles dist/Code.js and runs its top level at the start of every
 * execution (each onEdit, each form answer, each menu run). Measured here in fresh Node processes (no code cache).
 * Called from bench/run.ts; `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUNDLE = new URL('../dist/Code.js', import.meta.url).pathname;
const RUNS = 9;

// One fresh process per sample: compile (new vm.Script) and the top level (the IIFE that defines everything).
const PROBE = `
const vm = require('node:vm');
const src = require('node:fs').readFileSync(process.argv[1], 'utf8');
const t0 = performance.now();
const script = new vm.Script(src, { filename: 'Code.js' });
const t1 = performance.now();
script.runInContext(vm.createContext({ console }));
const t2 = performance.now();
process.stdout.write(JSON.stringify([t1 - t0, t2 - t1]));
`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

function loadMs(file: string): { compile: number; topLevel: number } {
  const samples = Array.from({ length: RUNS }, () => {
    const out = spawnSync(process.execPath, ['-e', PROBE, file], { encoding: 'utf8' });
    if (out.status !== 0) throw new Error(`bundle probe failed: ${out.stderr}`);
    return JSON.parse(out.stdout) as [number, number];
  });
  return { compile: median(samples.map((s) => s[0])), topLevel: median(samples.map((s) => s[1])) };
}

function describe(label: string, file: string): string {
  const code = readFileSync(file);
  const { compile, topLevel } = loadMs(file);
  return (
    `  ${label.padEnd(38)} ${code.length.toLocaleString('en')} bytes (gzip ${gzipSync(code).length.toLocaleString('en')}); ` +
    `compile ${compile.toFixed(1)} ms + top level ${topLevel.toFixed(1)} ms (median of ${RUNS} fresh processes)`
  );
}

/** The figures as lines. */
export function benchBundleLoad(): string[] {
  if (!existsSync(BUNDLE)) return ['Bundle load: dist/Code.js is missing — run `npm run build` first'];
  return [
    'Bundle load (cost at the start of every Apps Script execution; Apps Script may be 1–4× slower: cost-model.ts cpu)',
    describe('dist/Code.js as built (minified)', BUNDLE),
  ];
}
