/**
 * The compiled command line (build/cli/, made by `npm run build`): what `--help` and `--version` load, and
 * that no environment variable can redirect the Google calls. Start-up time itself: `npm run bench cli`.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { googleOptions } from '../src/cli/google-loader';
import { VERSION } from '../src/core/version';

/** Every module `import x from '...'` reaches from a built file, following local files (not import()). */
function staticImports(file: string, seen = new Set<string>()): Set<string> {
  const program = parse(readFileSync(file, 'utf8'), { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as {
    body: { type: string; source?: { value: string } }[];
  };
  for (const node of program.body) {
    if (
      (node.type !== 'ImportDeclaration' &&
        node.type !== 'ExportNamedDeclaration' &&
        node.type !== 'ExportAllDeclaration') ||
      !node.source
    )
      continue;
    const spec = node.source.value;
    if (spec.startsWith('./')) {
      const local = join(dirname(file), spec);
      if (!seen.has(local)) {
        seen.add(local);
        staticImports(local, seen);
      }
    } else seen.add(spec);
  }
  return seen;
}

describe('the compiled CLI (build/cli)', () => {
  it('starting it loads only Node built-ins and its own small files; each command is imported when it runs', () => {
    const reached = [...staticImports('build/cli/main.js')];
    const packages = reached.filter((s) => !s.startsWith('build/') && !s.startsWith('node:'));
    expect(packages).toEqual([]);
    const main = readFileSync('build/cli/main.js', 'utf8');
    for (const command of ['validate', 'build', 'links'])
      expect(main).toMatch(new RegExp(`${command}: async .*import\\("\\./${command}-command-`));
    // The packages are there, behind import(): the build command's file reaches docx and exceljs.
    const build = /import\("\.\/(build-command-[^"]+)"\)/.exec(main)![1];
    const reachedByBuild = staticImports(join('build/cli', build));
    expect(reachedByBuild).toContain('docx');
    expect(reachedByBuild).toContain('exceljs');
  });

  it('node bin/ita-report.mjs --version prints the version, on plain node (nothing in its environment but PATH: no loader)', async () => {
    const run = await promisify(execFile)(process.execPath, ['bin/ita-report.mjs', '--version'], {
      env: { PATH: process.env.PATH },
    });
    expect(run.stdout).toBe(`${VERSION}\n`);
    expect(run.stderr).toBe('');
  });

  it('ignores ITA_REPORT_GOOGLE_ROOT_URL: the Google root is a test option (Io.googleRootUrl), never the environment', () => {
    const saved = process.env.ITA_REPORT_GOOGLE_ROOT_URL;
    process.env.ITA_REPORT_GOOGLE_ROOT_URL = 'http://127.0.0.1:9/';
    try {
      const io = { out() {}, err() {} };
      expect(googleOptions({ keyFile: 'k.json' }, io).rootUrl).toBeUndefined();
      expect(googleOptions({}, { ...io, googleRootUrl: 'http://127.0.0.1:8/' }).rootUrl).toBe('http://127.0.0.1:8/');
    } finally {
      if (saved === undefined) delete process.env.ITA_REPORT_GOOGLE_ROOT_URL;
      else process.env.ITA_REPORT_GOOGLE_ROOT_URL = saved;
    }
  });
});
