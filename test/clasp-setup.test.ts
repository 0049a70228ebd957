import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain-node script without type declarations
import { setUp } from '../scripts/clasp-setup.mjs';

/**
 * A stand-in for `clasp create`, doing what clasp 3.4's create-script.js does where it runs: refuse when a
 * .clasp.json is found, else write .clasp.json and pull the stub Code.js and appsscript.json into its folder.
 */
const FAKE_CLASP = `
const fs = require('node:fs');
if (fs.existsSync('.clasp.json')) { console.error('Project file already exists.'); process.exit(1); }
if (process.env.FAKE_CLASP_FAIL) process.exit(1);
fs.writeFileSync('Code.js', 'function myFunction() {}');
fs.writeFileSync('appsscript.json', '{"timeZone":"America/New_York"}');
fs.writeFileSync('.clasp.json', JSON.stringify({ scriptId: 'NEW-script-id-from-google-0123', rootDir: '', parentId: 'sheet-id-456' }));
fs.writeFileSync(process.argv[2], JSON.stringify({ cwd: process.cwd(), args: process.argv.slice(3) }));
`;

function clone(): { root: string; clasp: string[]; seen: string } {
  const root = mkdtempSync(join(tmpdir(), 'ita-clone-'));
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist', 'Code.js'), '// built bundle');
  writeFileSync(join(root, 'dist', 'appsscript.json'), '{"timeZone":"Asia/Bangkok"}');
  const fake = join(root, 'fake-clasp.cjs');
  writeFileSync(fake, FAKE_CLASP);
  const seen = join(root, 'seen.json');
  return { root, clasp: [process.execPath, fake, seen], seen };
}

const quiet = () => {};

describe('npm run deploy:setup (scripts/clasp-setup.mjs)', () => {
  it('--create runs clasp outside the clone: dist/ is untouched, .clasp.json gets the new ids and rootDir dist', () => {
    const { root, clasp, seen } = clone();
    expect(setUp({ root, argv: ['--create', '--title', 'รายงาน ITA ทดลอง'], clasp, log: quiet })).toBe(0);
    expect(JSON.parse(readFileSync(join(root, '.clasp.json'), 'utf8'))).toEqual({
      scriptId: 'NEW-script-id-from-google-0123',
      parentId: 'sheet-id-456',
      rootDir: 'dist',
    });
    expect(readFileSync(join(root, 'dist', 'Code.js'), 'utf8')).toBe('// built bundle');
    expect(readFileSync(join(root, 'dist', 'appsscript.json'), 'utf8')).toBe('{"timeZone":"Asia/Bangkok"}');
    expect(readdirSync(root).sort()).toEqual(['.clasp.json', 'dist', 'fake-clasp.cjs', 'seen.json']);
    const run = JSON.parse(readFileSync(seen, 'utf8'));
    expect(run.cwd.startsWith(root)).toBe(false);
    expect(run.args).toEqual(['create', '--type', 'sheets', '--title', 'รายงาน ITA ทดลอง']);
  });

  it('--script-id binds an existing script without calling clasp', () => {
    const { root } = clone();
    expect(setUp({ root, argv: ['--script-id', '1AbC_dEf-0123456789xyzXYZ'], clasp: ['false'], log: quiet })).toBe(0);
    expect(JSON.parse(readFileSync(join(root, '.clasp.json'), 'utf8'))).toEqual({
      scriptId: '1AbC_dEf-0123456789xyzXYZ',
      rootDir: 'dist',
    });
  });

  it('never replaces an existing .clasp.json, refuses a malformed id, and writes nothing when clasp fails', () => {
    const { root, clasp } = clone();
    writeFileSync(join(root, '.clasp.json'), '{"scriptId":"mine","rootDir":"dist"}');
    const said: string[] = [];
    expect(setUp({ root, argv: ['--create'], clasp, log: (s: string) => said.push(s) })).toBe(1);
    expect(readFileSync(join(root, '.clasp.json'), 'utf8')).toBe('{"scriptId":"mine","rootDir":"dist"}');
    expect(said.join('\n')).toContain('มีอยู่แล้ว');

    const other = clone();
    expect(setUp({ root: other.root, argv: ['--script-id', 'https://script.google.com/d/x/edit'], log: quiet })).toBe(
      2,
    );
    expect(setUp({ root: other.root, argv: [], log: quiet })).toBe(2);
    expect(
      setUp({ root: other.root, argv: ['--create'], clasp: [process.execPath, '-e', 'process.exit(1)'], log: quiet }),
    ).toBe(2);
    expect(readdirSync(other.root)).not.toContain('.clasp.json');
  });
});

describe('npm run deploy checks .clasp.json first (--check)', () => {
  it('passes a set-up clone, stops one with no file, the placeholder id, or a rootDir other than dist', () => {
    const { root } = clone();
    const target = join(root, '.clasp.json');
    const check = () => setUp({ root, argv: ['--check'], log: quiet });
    expect(check()).toBe(2);
    writeFileSync(target, readFileSync('.clasp.json.example'));
    expect(check()).toBe(2);
    writeFileSync(target, JSON.stringify({ scriptId: '1AbC_dEf-0123456789xyzXYZ', rootDir: '' }));
    expect(check()).toBe(2);
    writeFileSync(target, JSON.stringify({ scriptId: '1AbC_dEf-0123456789xyzXYZ', rootDir: 'dist' }));
    expect(check()).toBe(0);
  });

  it('a hand-edited .clasp.json that is not JSON (a trailing comma) is one Thai line, exit 2, not a stack trace', () => {
    const { root, clasp } = clone();
    const target = join(root, '.clasp.json');
    const edited = '{\n  "scriptId": "1AbC_dEf-0123456789xyzXYZ",\n  "rootDir": "dist",\n}\n';
    writeFileSync(target, edited);
    const said: string[] = [];
    const log = (s: string) => said.push(s);
    expect(setUp({ root, argv: ['--check'], log })).toBe(2);
    expect(said.join('\n')).toMatch(/\.clasp\.json.*JSON/);
    said.length = 0;
    expect(setUp({ root, argv: ['--create'], clasp, log })).toBe(1);
    expect(said.join('\n')).toContain('มีอยู่แล้ว');
    expect(readFileSync(target, 'utf8')).toBe(edited);
  });
});
