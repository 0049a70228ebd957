/**
 * Pasted text and formula errors through the command line: an .xlsx with error cells exits 1 naming them;
 * legacy Thai PUA text is printed cleaned in a .docx that parses; the .docx check refuses a broken package.
 */
import ExcelJS from 'exceljs';
import { unzipSync, zipSync, strToU8, strFromU8 } from 'fflate';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';
import { readXlsxBuffer } from '../src/cli/read-xlsx';
import { workbookToXlsx } from '../src/cli/write-xlsx';
import { SHEET } from '../src/core/layout';
import { validateWorkbookData } from '../src/core/validation';
import { checkDocxPackage, DocxInvalidError } from '../src/render/docx-check';
import { sampleAgency, setMeasure } from './tools/sample-agency';
import { seedWorkbook } from './tools/seed';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ita-text-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: () => undefined });
  return { code, out: out.join('\n') };
}

/** The seed as an .xlsx, with `edit` applied to the measures sheet through exceljs (error cells need it). */
async function seedXlsx(
  name: string,
  edit: (ws: ExcelJS.Worksheet, column: (header: string) => number) => void,
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await workbookToXlsx(seedWorkbook())) as unknown as ArrayBuffer);
  const ws = workbook.getWorksheet(SHEET.measures)!;
  const headers = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  edit(ws, (h) => headers.indexOf(h));
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return path;
}

describe('the command line and text from outside', () => {
  it('error cells of an .xlsx (#REF!, a formula whose result is #DIV/0!) exit 1 naming each cell', async () => {
    const path = await seedXlsx('errors.xlsx', (ws, col) => {
      ws.getCell(3, col('ผลผลิต')).value = { error: '#REF!' } as ExcelJS.CellErrorValue;
      ws.getCell(5, col('รหัสแถว')).value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
    });
    const output = join(dir, 'errors.docx');
    const r = await cli('build', path, '-o', output);
    expect(r.code).toBe(1);
    const lines = r.out.split('\n');
    expect(lines.find((l) => l.includes('#REF!'))).toMatch(/แถว 3.*ผลผลิต|ผลผลิต.*แถว 3/);
    expect(lines.find((l) => l.includes('#DIV/0!'))).toMatch(/แถว 5.*รหัสแถว|รหัสแถว.*แถว 5/);
  });

  it('legacy Thai PUA characters, a tab and CRLF: exit 0, a warning naming the cell, the .docx holds the cleaned text', async () => {
    const path = await seedXlsx('pua.xlsx', (ws, col) => {
      ws.getCell(2, col('ผลการดำเนินงาน')).value = 'ท\uf702\uf70aประชุม\tมีมติ\r\nบรรทัดสอง (https://example.go.th/a).';
    });
    const output = join(dir, 'pua.docx');
    const r = await cli('build', path, '-o', output);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').filter((l) => l.includes('ฟอนต์รุ่นเก่า'))).toHaveLength(1);
    const bytes = readFileSync(output);
    expect(() => checkDocxPackage(bytes)).not.toThrow();
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
    expect(xml).toContain('ที่ประชุม มีมติ');
    expect(xml).not.toMatch(/[\uf700-\uf71a]/);
    const rels = strFromU8(unzipSync(bytes)['word/_rels/document.xml.rels']);
    expect(rels).toContain('Target="https://example.go.th/a"');
  });

  it('the same pasted cells read from an .xlsx give what the Sheet gives: the same findings and the same text', async () => {
    const pasted = () => {
      let d = setMeasure(
        sampleAgency(),
        1,
        'ผลการดำเนินงาน',
        'ท\uf702\uf70aประชุม\tมีมติ\r\nตรวจน\u0e4d\u0e49\u0e49\u0e32\u2028ดูเเล ＨＲ ﬁle',
      );
      d = setMeasure(d, 1, 'วันที่ดำเนินการ', '๑๕ ธันวาคม พ.ศ. ๒๕๖๗\r\n１６/１２/２５６７');
      d = setMeasure(d, 2, 'ผู้รับผิดชอบ', 'HR\u200b');
      d = setMeasure(d, 3, 'สถานะ', ' ดําเนินการแล้วเสร็จ\u00a0');
      return setMeasure(d, 4, 'ค่าเป้าหมาย', '1. มีช่องทางบริการออนไลน์\n2.\u00adผู้ใช้ไม่น้อยกว่า 1,000 คน');
    };
    const sheet = validateWorkbookData(pasted());
    const xlsx = validateWorkbookData(await readXlsxBuffer(Buffer.from(await workbookToXlsx(pasted()))));
    expect(sheet.findings.map((f) => f.rule)).toContain('text-cleaned');
    expect(xlsx.findings).toEqual(sheet.findings);
    expect(xlsx.workbook.measures).toEqual(sheet.workbook.measures);
  });

  it('the .docx check names the part that does not parse', async () => {
    const path = await seedXlsx('ok.xlsx', () => undefined);
    const output = join(dir, 'ok.docx');
    expect((await cli('build', path, '-o', output)).code).toBe(0);
    const files = unzipSync(readFileSync(output));
    const xml = strFromU8(files['word/document.xml']);
    files['word/document.xml'] = strToU8(xml.replace('<w:t', '<w:t>\ufffe</w:t><w:t'));
    const broken = zipSync(files);
    expect(() => checkDocxPackage(broken)).toThrow(DocxInvalidError);
    try {
      checkDocxPackage(broken);
    } catch (e) {
      expect((e as DocxInvalidError).part).toBe('word/document.xml');
      expect((e as DocxInvalidError).reason).toMatch(/disallowed character/);
    }
    delete files['[Content_Types].xml'];
    expect(() => checkDocxPackage(zipSync(files))).toThrow(/Content_Types/);
  });
});
