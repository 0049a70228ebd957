/** [plan] `ita-report plan <workbook.xlsx> -o <plan.docx>`: in-process main(), real .xlsx files in a temporary folder. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';
import { workbookToXlsx } from '../src/cli/write-xlsx';
import { seedWorkbook } from './tools/seed';

const dir = mkdtempSync(join(tmpdir(), 'ita-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('ita-report plan', () => {
  it('writes the plan .docx with its chart from the example workbook, and a summary naming the indicators below target', async () => {
    const output = join(dir, 'plan.docx');
    const r = await run(['plan', 'examples/seed-2567.xlsx', '-o', output]);
    expect(r.err).not.toContain('ข้อผิดพลาดภายใน');
    expect(r.code).toBe(0);
    expect(r.out).toContain('เขียนเอกสารมาตรการแล้ว');
    expect(r.out).toContain('ตัวชี้วัดต่ำกว่าเป้าหมาย ๖ ตัว (๒, ๙, ๕, ๗, ๓, ๘) ยังไม่มีประเด็นแก้ไข ๘');
    const zip = await JSZip.loadAsync(await import('node:fs/promises').then((fs) => fs.readFile(output)));
    expect(Object.keys(zip.files).some((n) => /^word\/media\/.+\.png$/.test(n))).toBe(true);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน');
  });

  it('a workbook made before the plan: exit 1, the missing sheet named, no file written', async () => {
    const old = seedWorkbook();
    delete old['ผลการประเมินปีก่อน'];
    const input = join(dir, 'old.xlsx');
    writeFileSync(input, await workbookToXlsx(old));
    const output = join(dir, 'old-plan.docx');
    const r = await run(['plan', input, '-o', output]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('ไม่พบชีต "ผลการประเมินปีก่อน"');
    expect(existsSync(output)).toBe(false);
    // ... and its report is still made.
    expect((await run(['build', input, '-o', join(dir, 'old-report.docx')])).code).toBe(0);
  });

  it('needs -o; --google-doc and --round belong to build', async () => {
    expect((await run(['plan', 'examples/seed-2567.xlsx'])).code).toBe(2);
    const r = await run(['plan', 'examples/seed-2567.xlsx', '-o', join(dir, 'x.docx'), '--round', '6']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('คำสั่ง plan');
  });
});
