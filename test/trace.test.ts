/**
 * `npm run trace` (scripts/trace.mjs): a stack trace of the minified dist/Code.js, as Apps Script's execution log
 * shows it (`at uf (Code:54:7593)`), comes back as src/ files and lines through build/Code.js.map. The bundle is
 * run here with no Apps Script services, so its first call to one throws where src/ makes it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';

/** The stack of calling an entry point of the bundle in a context that holds only `console`. */
function stackOf(entryPoint: string): string {
  const context = vm.createContext({ console });
  vm.runInContext(readFileSync('dist/Code.js', 'utf8'), context, { filename: 'Code' });
  try {
    vm.runInContext(`${entryPoint}()`, context);
  } catch (error) {
    return String((error as Error).stack);
  }
  throw new Error(`${entryPoint} did not throw`);
}

/** The 1-based line of `src` where `text` first appears. */
function lineOf(src: string, text: string): number {
  const lines = readFileSync(src, 'utf8').split('\n');
  const at = lines.findIndex((l) => l.includes(text));
  expect(at, `${text} in ${src}`).toBeGreaterThanOrEqual(0);
  return at + 1;
}

function trace(input: string) {
  return spawnSync(process.execPath, ['scripts/trace.mjs'], { input, encoding: 'utf8' });
}

describe('npm run trace', () => {
  it('maps the minified frames of a real failure to the src/ lines that made it', () => {
    const stack = stackOf('validateWorkbook');
    expect(stack).toMatch(/SpreadsheetApp is not defined/);
    expect(stack).toMatch(/\(Code:\d+:\d+\)/);
    const out = trace(stack);
    expect(out.status).toBe(0);
    const line = lineOf('src/gas/validate.ts', 'SpreadsheetApp.getActiveSpreadsheet()');
    // The first frame: where validate.ts asks for the spreadsheet (the banner line above the code is counted).
    const frames = out.stdout.split('\n').filter((l) => /^\s+at /.test(l));
    expect(frames[0]).toContain(`src/gas/validate.ts:${line}:`);
    // The entry point's own frame is the readable stub appended after the minified code.
    expect(out.stdout).toMatch(/at validateWorkbook \(Code:\d+:\d+ \[a forwarding stub/);
  });

  it('maps a frame of another module and keeps the rest of the text', () => {
    const stack = stackOf('generateReport');
    const out = trace(`Execution log:\n${stack}`);
    expect(out.status).toBe(0);
    expect(out.stdout.startsWith('Execution log:\n')).toBe(true);
    expect(out.stdout).toMatch(/src\/gas\/[\w-]+\.ts:\d+:\d+/);
    expect(out.stdout).not.toMatch(/\(Code:\d+:\d+\)/);
  });

  it('runs from a clone whose folder has a space and Thai in its name (a URL-escaped path)', () => {
    // The script used to compare import.meta.url with `file://${argv[1]}` unescaped: from such a folder it printed
    // nothing and exited 0.
    const clone = join(mkdtempSync(join(tmpdir(), 'ita trace ')), 'รายงาน ITA');
    try {
      mkdirSync(join(clone, 'scripts'), { recursive: true });
      mkdirSync(join(clone, 'build'));
      copyFileSync('scripts/trace.mjs', join(clone, 'scripts', 'trace.mjs'));
      copyFileSync('build/Code.js.map', join(clone, 'build', 'Code.js.map'));
      symlinkSync(realpathSync('node_modules'), join(clone, 'node_modules'));
      const stack = stackOf('validateWorkbook');
      const out = spawnSync(process.execPath, [join(clone, 'scripts', 'trace.mjs')], {
        input: stack,
        encoding: 'utf8',
      });
      expect(out.status, out.stderr).toBe(0);
      expect(out.stdout).toContain('src/gas/validate.ts:');
    } finally {
      rmSync(join(clone, '..'), { recursive: true, force: true });
    }
  });

  it('says what to paste when the text holds no position', () => {
    const out = trace('TypeError: x is not a function');
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('Code:2:48213');
  });
});
