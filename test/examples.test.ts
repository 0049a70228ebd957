/** The README's examples work as printed: the 6-month example workbook builds; the 12-month one with --round 6 exits 1; the menu table is the menu. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readXlsxFile } from '../src/cli/read-xlsx';
import { readFileSync } from 'node:fs';
import { EXIT } from '../src/cli/errors';
import { HELP } from '../src/cli/help';
import { main } from '../src/cli/main';
import { MENU_ITEMS } from '../src/gas/menu';
import { seedWorkbookRound6 } from './tools/seed';

const dir = mkdtempSync(join(tmpdir(), 'ita-examples-'));

async function cli(...argv: string[]): Promise<{ code: number; out: string[] }> {
  const out: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => out.push(l) });
  return { code, out };
}

describe('examples/', () => {
  it('seed-2567-6.xlsx is the fixture as a 6-month report: regenerate it with npm run example', async () => {
    const example = await readXlsxFile('examples/seed-2567-6.xlsx');
    for (const [name, sheet] of Object.entries(seedWorkbookRound6()))
      expect(example[name]?.values, name).toEqual(sheet!.values);
  });

  it('builds the 6-month example (exit 0); the 12-month one with --round 6 exits 1 naming the date after 31 March', async () => {
    const six = await cli('build', 'examples/seed-2567-6.xlsx', '-o', join(dir, 'r6.docx'));
    expect(six.code, six.out.join('\n')).toBe(0);
    expect(six.out.join('\n')).toContain('รอบ 6 เดือน');
    const twelve = await cli('build', 'examples/seed-2567.xlsx', '-o', join(dir, 'r12-as-6.docx'), '--round', '6');
    expect(twelve.code).toBe(1);
    expect(twelve.out.join('\n')).toContain('๑๖ พฤษภาคม ๒๕๖๗ อยู่นอกช่วงรายงาน');
  });
});

describe('--help and the README agree', () => {
  it('every validate/build example in --help works as printed (exit 0; written to a temporary folder)', async () => {
    const examples = HELP.split('ตัวอย่าง (examples):')[1]
      .split('\n')
      .map((l) => l.replace(/\(.*\)\s*$/, '').trim())
      .filter((l) => /^ita-report (validate|build) /.test(l) && !l.includes('--pdf'));
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const line of examples) {
      const argv = line
        .split(/\s+/)
        .slice(1)
        .map((w) => (w.startsWith('out/') ? join(dir, w.slice(4)) : w));
      const run = await cli(...argv);
      expect(run.code, `${line}\n${run.out.join('\n')}`).toBe(0);
    }
  });

  it('list the same exit codes', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(Object.values(EXIT)).toEqual([0, 1, 2, 3]);
    expect(HELP).toContain('0 สำเร็จ · 1 ข้อมูลมีข้อผิดพลาด · 2 ');
    expect(HELP).toContain('· 3 ข้อผิดพลาดของโปรแกรม');
    expect(readme).toContain(
      '0 ok, 1 the workbook has errors,\n  2 bad usage, unreadable input, unwritable output or a Google failure, 3 a bug',
    );
  });
});

describe('the README and the product agree', () => {
  it('every ita-report line of its command-line block works as printed, exit code as its comment says', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = readme.split('## The command line (`ita-report`)')[1].split('```bash\n')[1].split('```')[0];
    // links needs the network, --spreadsheet a Google account, --pdf LibreOffice (test/pdf.cli.test.ts).
    const lines = block
      .split('\n')
      .filter((l) => l.startsWith('npx ita-report ') && !/ links |--spreadsheet|--pdf/.test(l));
    expect(lines.length).toBeGreaterThanOrEqual(6);
    for (const line of lines) {
      const [command, comment = ''] = line.split(/\s+#\s+/);
      const argv = command
        .split(/\s+/)
        .slice(2)
        .map((w) => (w.startsWith('out/') ? join(dir, w.slice(4)) : w));
      const run = await cli(...argv);
      expect(run.code, `${line}\n${run.out.join('\n')}`).toBe(/exits 1/.test(comment) ? 1 : 0);
    }
  });

  it('the demo report holds what the Quick start says: the summary, then the problems, and no sign-off', async () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('(the summary on page 1, the problems after the table;');
    const out = join(dir, 'demo.docx');
    expect((await cli('build', 'examples/seed-2567.xlsx', '-o', out)).code).toBe(0);
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    const at = (s: string) => text.indexOf(s);
    expect(at('สรุปผลการดำเนินงาน')).toBeGreaterThan(-1);
    expect(at('ปัญหา อุปสรรค และข้อเสนอแนะ')).toBeGreaterThan(at('สรุปผลการดำเนินงาน'));
    // The seed leaves ผู้รายงาน and ผู้อนุมัติ empty, so no signature block is printed.
    expect(text).not.toContain('ลงชื่อ');
  });

  it('npm run demo prints the 5 warnings the Quick start speaks of', async () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('prints the\n5 warnings a reviewer would also raise');
    const run = await cli('validate', 'examples/seed-2567.xlsx');
    expect(run.code).toBe(0);
    expect(run.out.filter((l) => l.startsWith('[คำเตือน]'))).toHaveLength(5);
    expect(run.out.filter((l) => l.startsWith('[ข้อผิดพลาด]'))).toHaveLength(0);
  });

  it('the menu table names every item of the menu, as the menu spells it, and nothing else', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.split(/^### /m).find((s) => s.startsWith('The menu (รายงาน ITA)'));
    expect(section).toBeDefined();
    const named = section!
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| Item'))
      .flatMap((line) => line.split('|')[1].split(' · '))
      .map((caption) => caption.trim());
    const captions = MENU_ITEMS.flatMap((item) => (item === null ? [] : [item[0]]));
    expect(named).toEqual(captions);
  });
});

/** Every installed package (nested ones too) whose package.json runs a script when npm installs it. */
function packagesWithInstallScripts(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  const entries = readdirSync(dir).filter((e) => !e.startsWith('.'));
  const roots = entries.flatMap((e) => (e.startsWith('@') ? readdirSync(join(dir, e)).map((s) => join(e, s)) : [e]));
  for (const root of roots) {
    const manifest = join(dir, root, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name, scripts = {} } = JSON.parse(readFileSync(manifest, 'utf8')) as {
      name?: string;
      scripts?: Record<string, string>;
    };
    if (name && (scripts.preinstall || scripts.install || scripts.postinstall)) found.push(name);
    found.push(...packagesWithInstallScripts(join(dir, root, 'node_modules')));
  }
  return found;
}

describe('npm install is quiet', () => {
  it("every installed package with an install script is approved in package.json's allowScripts", () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { allowScripts?: Record<string, boolean> };
    const withScripts = [...new Set(packagesWithInstallScripts('node_modules'))];
    expect(withScripts).toContain('esbuild');
    expect(withScripts.filter((name) => pkg.allowScripts?.[name] !== true)).toEqual([]);
  });
});

describe('npm run bench <name>', () => {
  it('refuses a name it does not know, naming those it does (it used to print nothing and exit 0)', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', 'action'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('"action"');
    for (const name of ['sheet', 'docs', 'forms', 'actions', 'links', 'cli', 'bundle'])
      expect(run.stderr).toContain(name);
  });
});
