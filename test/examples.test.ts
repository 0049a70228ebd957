/** The README's examples work as printed: the 6-month example workbook builds; the 12-month one with --round 6 exits 1. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXlsxFile } from '../src/cli/read-xlsx';
import { main } from '../src/cli/main';
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
