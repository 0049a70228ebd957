/**
 * A layout sheet renamed in the downloaded workbook ("มาตรการ (1)", a trailing space): the core says the sheet is
 * missing and to re-create it with set-up, which would start an empty sheet beside the staff's rows. The CLI
 * knows the file's sheet names: it names the sheet to rename, or lists what the file has.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';
import { workbookToXlsx } from '../src/cli/write-xlsx';
import { SHEET } from '../src/core/layout';
import type { WorkbookData } from '../src/core/workbook';
import { seedWorkbook } from './tools/seed';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ita-renamed-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(command: string, data: WorkbookData) {
  const path = join(dir, `${command}.xlsx`);
  writeFileSync(path, await workbookToXlsx(data));
  const out: string[] = [];
  const extra = command === 'validate' ? [] : ['-o', join(dir, `${command}.docx`)];
  const code = await main([command, path, ...extra], { out: (l) => out.push(l), err: () => undefined });
  return { code, lines: out.filter((l) => l.includes(`ไม่พบชีต "${SHEET.measures}"`)) };
}

function renamed(name: string): WorkbookData {
  const seed = seedWorkbook();
  const { [SHEET.measures]: measures, ...rest } = seed;
  return { ...rest, [name]: measures };
}

describe('a renamed layout sheet', () => {
  for (const command of ['validate', 'build', 'plan'])
    it(`${command}: names the sheet to rename instead of only "re-create it"`, async () => {
      for (const name of [`${SHEET.measures} (1)`, `${SHEET.measures} `, `สำเนาของ ${SHEET.measures}`]) {
        const r = await run(command, renamed(name));
        expect(r.code).toBe(1);
        expect(r.lines).toEqual([expect.stringContaining(`เปลี่ยนชื่อชีต "${name}" เป็น "${SHEET.measures}"`)]);
      }
    });

  it('no sheet like it: lists the sheets the file has', async () => {
    const r = await run('validate', renamed('Sheet1'));
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toContain('ชีตในไฟล์นี้: "ตั้งค่า", "หน่วยงาน", "ตัวชี้วัด", "ผลการประเมินปีก่อน", "Sheet1"');
  });
});
