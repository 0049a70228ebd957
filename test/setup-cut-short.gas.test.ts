/**
 * Menu "ตั้งค่าสมุดงาน" on workbooks as staff really leave them, through the built bundle: a run stopped after
 * every single write and then run again (the result must be an unbroken run's: headers with their notes and
 * formats, the config rows with theirs, the survey-mapping sheet with its headers), list sheets whose empty
 * rows were deleted, a list sheet deleted and made again by set-up (its dropdown must follow), and a config
 * sheet an administrator protected (Sheet.protect() hands back that protection: it must stay as they set it),
 * sheets with a title row above the headers (the reader finds headers in rows 1–5; set-up must too), and
 * measure numbers and row ids typed into a new sheet (Sheets reads "1.10" as the number 1.1, "001" as 1), and
 * headers and labels pasted with the zero-width spaces Thai text from Word and web pages carries.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGasGlobals, loadBundle, type FakeSheet, type GasFakes } from './fakes';
import { countWrites, Killed, killAfter } from './tools/faults';
import { seedWorkbook } from './tools/seed';

const BUNDLE = new URL('../dist/Code.js', import.meta.url).pathname;

function project(seed?: (fakes: GasFakes) => void) {
  const fakes = createGasGlobals({ spreadsheet: { name: 'ITA 2568', timeZone: 'Asia/Bangkok' } });
  seed?.(fakes);
  return { fakes, context: loadBundle(BUNDLE, fakes.globals) };
}

/** Last year's workbook: the seed's data, a column of the staff's own, no plan columns and some config rows gone. */
function lastYear(fakes: GasFakes): void {
  const data = seedWorkbook();
  for (const name of ['หน่วยงาน', 'ตัวชี้วัด'] as const) fakes.seed(name, data[name]!.values);
  fakes.seed(
    'มาตรการ',
    data['มาตรการ']!.values.map((row, i) => [...row.slice(0, 14), i === 0 ? 'หมายเหตุของสำนัก' : `โน้ต ${i}`]),
  );
  fakes.seed('ตั้งค่า', data['ตั้งค่า']!.values.slice(0, 6));
}

/** The same with a title row above the measures' headers (the reader looks for headers in rows 1–5). */
function titled(fakes: GasFakes): void {
  lastYear(fakes);
  const measures = fakes.sheet('มาตรการ');
  measures.insertRowsBefore(1, 1);
  measures._setValues(1, 1, [['มาตรการขับเคลื่อนฯ ปีงบประมาณ ๒๕๖๗ (แผ่นงานของสำนัก)']]);
}

/** Everything set-up writes, sheet by sheet: values, notes, formats, dropdowns, widths, frozen rows, protection. */
function state(fakes: GasFakes) {
  return fakes.spreadsheet._sheets.map((s: FakeSheet) => {
    const box = { row: 1, column: 1, numRows: Math.max(s.getLastRow(), 3), numColumns: Math.max(s.getLastColumn(), 1) };
    const rule = (v: GoogleAppsScript.Spreadsheet.DataValidation | null) =>
      v && JSON.stringify([String(v.getCriteriaType()), v.getCriteriaValues().map(String), v.getAllowInvalid()]);
    return {
      name: s._name,
      frozen: s._frozenRows,
      size: [s._maxRows, s._maxColumns],
      cells: (['value', 'note', 'background', 'fontWeight', 'wrap'] as const).map((f) => s._read(f, box)),
      rules: s._read('validation', box).map((line) => line.map(rule)),
      widths: [...s._columnWidths.entries()],
      protections: s._protections.map((p) => [p._type, p._description, p._warningOnly]),
    };
  });
}

describe.skipIf(!existsSync(BUNDLE))('set-up as staff leave workbooks (bundle + fakes)', () => {
  for (const [label, seed] of [
    ['a new Sheet', undefined],
    ["last year's workbook", lastYear],
    ['a workbook with a title row', titled],
  ] as const)
    it(`on ${label}, stopped after every write and run again, ends as one unbroken run`, () => {
      const unbroken = project(seed);
      const writes = countWrites(unbroken.fakes, () => unbroken.context.setupWorkbook());
      const want = state(unbroken.fakes);
      expect(writes).toBeGreaterThan(20);
      for (let k = 0; k < writes; k++) {
        const { fakes, context } = project(seed);
        const kill = killAfter(fakes, k);
        expect(() => context.setupWorkbook()).toThrow(Killed);
        kill.disarm();
        context.setupWorkbook();
        expect(state(fakes), `stopped after write ${k}`).toEqual(want);
      }
    });

  it('on list sheets whose empty rows were deleted, adds the dropdowns over the rows the sheets have', () => {
    const { fakes, context } = project(lastYear);
    fakes.sheet('ตัวชี้วัด')._maxRows = 12;
    fakes.sheet('หน่วยงาน')._maxRows = 25;
    context.setupWorkbook();
    const measures = fakes.sheet('มาตรการ');
    const header = measures._values()[0];
    const source = (h: string) =>
      (
        measures
          ._cell(2, header.indexOf(h) + 1)
          .validation!.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range
      ).getA1Notation();
    expect(source('ตัวชี้วัด')).toBe('A2:A12');
    expect(source('ผู้รับผิดชอบ')).toBe('B2:B25');
  });

  it('on an older config sheet whose empty rows were deleted, adds the new config rows below its last', () => {
    const { fakes, context } = project(lastYear);
    const config = fakes.sheet('ตั้งค่า');
    config._maxRows = config.getLastRow(); // 6 rows: the earlier version's labels, nothing below
    const before = config._values().map((r) => [...r]);
    expect(() => context.setupWorkbook()).not.toThrow();
    const labels = config._values().map((r) => String(r[0]));
    expect(config._values().slice(0, before.length)).toEqual(before);
    for (const label of ['ปัญหาและอุปสรรค', 'กำหนดส่งผลการดำเนินงาน', 'คะแนนเป้าหมาย']) expect(labels).toContain(label);
  });

  it('after a list sheet was deleted, set-up makes it again and points the dropdown into the new sheet', () => {
    const { fakes, context } = project();
    context.setupWorkbook();
    const ss = fakes.spreadsheet;
    ss.deleteSheet(ss._sheetNamed('หน่วยงาน') as unknown as GoogleAppsScript.Spreadsheet.Sheet);
    context.setupWorkbook();
    expect(fakes.recorded.alerts.at(-1)!.prompt).toContain('เพิ่มรายการให้เลือกในคอลัมน์ "ผู้รับผิดชอบ"');
    const measures = fakes.sheet('มาตรการ');
    const units = measures._values()[0].indexOf('ผู้รับผิดชอบ') + 1;
    for (const row of [2, 700]) {
      const range = measures._cell(row, units).validation!.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range;
      expect(range.getSheet().getSheetId()).toBe(fakes.sheet('หน่วยงาน').getSheetId());
    }
    // The headings' dropdown, whose sheet stayed, is left as it was; a third run adds nothing.
    expect(fakes.recorded.alerts.at(-1)!.prompt).not.toContain('"ตัวชี้วัด"');
    context.setupWorkbook();
    expect(fakes.recorded.alerts.at(-1)!.prompt).toBe('สมุดงานครบถ้วนแล้ว ไม่มีสิ่งที่ต้องเพิ่ม');
  });

  it("keeps the protection an administrator put on the config sheet: not turned into set-up's warning", () => {
    const { fakes, context } = project(lastYear);
    const config = fakes.sheet('ตั้งค่า');
    config.protect().setDescription('เฉพาะผู้ดูแลระบบ').setWarningOnly(false);
    context.setupWorkbook();
    context.setupWorkbook();
    expect(config._protections.map((p) => [p._type, p._description, p._warningOnly])).toEqual([
      ['SHEET', 'เฉพาะผู้ดูแลระบบ', false],
    ]);
    // The data sheets still get their header warning.
    expect(fakes.sheet('มาตรการ')._protections.map((p) => [p._type, p._warningOnly])).toEqual([['RANGE', true]]);
  });

  it('on sheets with a title row above the headers, completes that header row: the data stays readable', () => {
    const { fakes, context } = project(titled);
    const findings = () => fakes.sheet('ผลการตรวจสอบ')._values();
    context.validateWorkbook();
    const before = findings();
    expect(before.length).toBeGreaterThan(2);
    context.setupWorkbook();
    context.validateWorkbook();
    // The same findings: no row went missing behind a second header row.
    expect(findings()).toEqual(before);
    const measures = fakes.sheet('มาตรการ');
    const [title, header] = measures._read('value', { row: 1, column: 1, numRows: 2, numColumns: 20 });
    expect(title.filter((v) => v !== '')).toEqual(['มาตรการขับเคลื่อนฯ ปีงบประมาณ ๒๕๖๗ (แผ่นงานของสำนัก)']);
    expect(header.slice(14, 17)).toEqual(['หมายเหตุของสำนัก', 'ระยะเวลาดำเนินการ', 'งบประมาณ (บาท)']);
    expect(measures.getFrozenRows()).toBe(2);
    const status = header.indexOf('สถานะ') + 1;
    expect(measures._cell(2, status).validation).toBeNull(); // not on the header cell itself
    expect(measures._cell(3, status).validation).not.toBeNull();
    expect(measures._protections.map((p) => p.getRange().getA1Notation())).toEqual(['A1:Z2']);
    context.setupWorkbook();
    expect(fakes.recorded.alerts.at(-1)!.prompt).toBe('สมุดงานครบถ้วนแล้ว ไม่มีสิ่งที่ต้องเพิ่ม');
  });

  it('keeps the rows staff froze beyond the header: a second run has nothing to do', () => {
    const { fakes, context } = project(lastYear);
    context.setupWorkbook();
    fakes.sheet('มาตรการ').setFrozenRows(3);
    context.setupWorkbook();
    expect(fakes.sheet('มาตรการ').getFrozenRows()).toBe(3);
    expect(fakes.recorded.alerts.at(-1)!.prompt).toBe('สมุดงานครบถ้วนแล้ว ไม่มีสิ่งที่ต้องเพิ่ม');
  });

  it('a new measures sheet keeps measure numbers and row ids as typed: 1.10 is not the number 1.1', () => {
    const { fakes, context } = project();
    context.setupWorkbook();
    const measures = fakes.sheet('มาตรการ');
    const header = measures._values()[0];
    const [rowId, measureNo] = ['รหัสแถว', 'มาตรการที่'].map((h) => header.indexOf(h) + 1);
    // As staff type them (Sheets parses typed text as setValue does).
    measures.getRange(11, measureNo).setValue('1.10');
    measures.getRange(11, rowId).setValue('001');
    measures.getRange(900, measureNo).setValue('2.10');
    expect([measures._cell(11, measureNo).value, measures._cell(11, rowId).value]).toEqual(['1.10', '001']);
    expect(measures._cell(900, measureNo).value).toBe('2.10');
    // Headers and the other columns are untouched: a number typed as the issue stays a number.
    expect(measures._cell(1, measureNo).numberFormat).toBeUndefined();
    measures.getRange(11, header.indexOf('ประเด็นที่') + 1).setValue('1');
    expect(measures._cell(11, header.indexOf('ประเด็นที่') + 1).value).toBe(1);
  });

  it('takes a header or config label pasted with zero-width spaces as that header: no second column or row', () => {
    const { fakes, context } = project(lastYear);
    const measures = fakes.sheet('มาตรการ');
    const units = measures._values()[0].indexOf('ผู้รับผิดชอบ') + 1;
    measures._setValues(1, units, [['ผู้รับ\u200bผิดชอบ']]);
    const config = fakes.sheet('ตั้งค่า');
    const year = config._values().findIndex((r) => r[0] === 'ปีงบประมาณ (พ.ศ.)') + 1;
    config._setValues(year, 1, [['\u200bปีงบประมาณ\u200b (พ.ศ.)']]);
    context.setupWorkbook();
    const prompt = fakes.recorded.alerts.at(-1)!.prompt;
    expect(prompt).not.toContain('"ผู้รับผิดชอบ",');
    expect(prompt).not.toContain('"ปีงบประมาณ (พ.ศ.)"');
    context.validateWorkbook();
    const findings = fakes
      .sheet('ผลการตรวจสอบ')
      ._values()
      .filter((r) => r[0] === 'ข้อผิดพลาด');
    expect(findings).toEqual([]);
  });
});
