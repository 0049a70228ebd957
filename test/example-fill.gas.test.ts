/**
 * Menu "ใส่ข้อมูลตัวอย่าง" (fillExampleData) over a config sheet staff have already worked on, through the
 * built bundle: only empty value cells get the example's values; a =HYPERLINK folder cell, a cell linked with
 * Insert > Link, a formula that shows nothing and a typed value all stay as they were, and a second run
 * changes nothing.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGasGlobals, FakeRichTextValue, loadBundle, type FakeSheet } from './fakes';

const BUNDLE = new URL('../dist/Code.js', import.meta.url).pathname;
const FOLDER_URL = 'https://drive.google.com/drive/folders/1AbCdEfGhIjKlMnOpQrStUvWxYz012345';
const FOLDER_FORMULA = `=HYPERLINK("${FOLDER_URL}","โฟลเดอร์รายงาน ITA")`;
const TEMPLATE_URL = 'https://docs.google.com/document/d/1TeMpLaTe0123456789abcdefghijKLMNOP/edit';
const EMPTY_FORMULA = '=IFERROR(VLOOKUP("x",A:A,1,FALSE),"")';

/** Column B of the config sheet by label: value, formula and link of each row. */
function configCells(config: FakeSheet): Record<string, { value: unknown; formula: string; linkUrl: string | null }> {
  const out: Record<string, { value: unknown; formula: string; linkUrl: string | null }> = {};
  config._values().forEach(([label], i) => {
    const { value, formula, linkUrl } = config._cell(i + 1, 2);
    out[String(label)] = { value, formula, linkUrl };
  });
  return out;
}

describe.skipIf(!existsSync(BUNDLE))('fillExampleData keeps what staff put in the config sheet', () => {
  it('fills only empty value cells; links, formulas and typed values are kept; a second run changes nothing', () => {
    const fakes = createGasGlobals({ spreadsheet: { name: 'ITA 2567', timeZone: 'Asia/Bangkok' } });
    const context = loadBundle(BUNDLE, fakes.globals);
    context.setupWorkbook();
    const config = fakes.sheet('ตั้งค่า');
    const row = (label: string) => config._values().findIndex((r) => r[0] === label) + 1;
    config.getRange(row('โฟลเดอร์รายงาน'), 2).setFormula(FOLDER_FORMULA);
    config
      .getRange(row('แม่แบบรายงาน (Google Doc)'), 2)
      .setRichTextValue(
        FakeRichTextValue._cell(
          fakes.env,
          'แม่แบบรายงานของสำนัก',
          TEMPLATE_URL,
        ) as unknown as GoogleAppsScript.Spreadsheet.RichTextValue,
      );
    config.getRange(row('รวบรวมข้อมูลโดย'), 2).setFormula(EMPTY_FORMULA);
    config.getRange(row('ปีงบประมาณ (พ.ศ.)'), 2).setValue(2568);
    const before = configCells(config);
    expect(before['โฟลเดอร์รายงาน']).toEqual({
      value: 'โฟลเดอร์รายงาน ITA',
      formula: FOLDER_FORMULA,
      linkUrl: FOLDER_URL,
    });
    expect(before['ชื่อหน่วยงาน'].value).toBe('');
    expect(before['รวบรวมข้อมูลโดย']).toEqual({ value: '', formula: EMPTY_FORMULA, linkUrl: null });

    context.fillExampleData();
    const after = configCells(config);
    // The empty cells the example has a value for are filled (the agency, and [plan] the year assessed and its score) ...
    expect(after['ชื่อหน่วยงาน']).toEqual({ value: 'สำนักงานคณะกรรมการสิทธิมนุษยชนแห่งชาติ', formula: '', linkUrl: null });
    expect(after['ปีที่ประเมิน']).toEqual({ value: 2566, formula: '', linkUrl: null });
    expect(after['คะแนนรวม']).toEqual({ value: 84.36, formula: '', linkUrl: null });
    const filled = ['ชื่อหน่วยงาน', 'ปีที่ประเมิน', 'คะแนนรวม'];
    // ... and every other cell is exactly as staff left it: value, formula and link.
    for (const label of Object.keys(before).filter((l) => !filled.includes(l)))
      expect(after[label], label).toEqual(before[label]);
    expect(after['แม่แบบรายงาน (Google Doc)']).toEqual({
      value: 'แม่แบบรายงานของสำนัก',
      formula: '',
      linkUrl: TEMPLATE_URL,
    });
    expect(fakes.recorded.alerts.at(-1)!.prompt).toContain('กรอกค่าตั้งค่าที่ว่างอยู่ 3 รายการ');

    fakes.calls.reset();
    context.fillExampleData();
    expect(configCells(config)).toEqual(after);
    expect(fakes.recorded.alerts.at(-1)!.prompt).not.toContain('กรอกค่าตั้งค่า');
    expect(fakes.calls.count('Range.setValues') + fakes.calls.count('Range.setValue')).toBe(0);
  });
});
