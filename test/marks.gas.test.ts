/**
 * Validation marks as staff really work, through the built bundle over the fakes: rows inserted, deleted and
 * sorted under the marks, the hidden memory sheet deleted or edited, an upgrade from marks kept by position.
 * After each, the sheet must look as a person expects: every finding marked on its cell, nothing else marked,
 * and every colour and note staff set back where it belongs.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editCell } from './fakes';
import {
  applyStaff,
  asSheet,
  BAD_UNIT,
  BUNDLE,
  col,
  ERROR_BG,
  expectAsStaffExpect,
  findingCells,
  MARKER,
  MARKS,
  MEASURES,
  project,
  rowOf,
  seedUnit,
  setUnit,
  STAFF,
} from './tools/marks-helpers';

describe.skipIf(!existsSync(BUNDLE))('validation marks survive what staff do (bundle + fakes)', () => {
  it('a row inserted above a marked cell: the mark moves with its row, and the fix brings staff colour and note back', () => {
    const { fakes, context, measures } = project();
    applyStaff(measures, STAFF);
    setUnit(measures, '2567-02', BAD_UNIT);
    context.validateWorkbook();
    expect(measures._cell(3, col(measures, 'ผู้รับผิดชอบ')).background).toBe(ERROR_BG);
    expectAsStaffExpect(fakes, measures, STAFF);

    measures.insertRowsBefore(3, 2); // above 2567-02
    context.validateWorkbook();
    expect(rowOf(measures, '2567-02')).toBe(5);
    expectAsStaffExpect(fakes, measures, STAFF);

    setUnit(measures, '2567-02', seedUnit('2567-02'));
    context.validateWorkbook();
    expect(measures._cell(5, col(measures, 'ผู้รับผิดชอบ'))).toMatchObject({
      background: '#d9ead3',
      note: 'ตรวจทานแล้วโดยคุณสมศรี',
    });
    expectAsStaffExpect(fakes, measures, STAFF);
  });

  it('a marked row deleted: nothing is repainted on the row that moves up, and its memory is dropped', () => {
    const { fakes, context, measures } = project();
    applyStaff(measures, STAFF);
    setUnit(measures, '2567-04', BAD_UNIT);
    setUnit(measures, '2567-05', BAD_UNIT);
    context.validateWorkbook();
    expectAsStaffExpect(fakes, measures, STAFF);

    measures.deleteRow(rowOf(measures, '2567-04'));
    context.validateWorkbook();
    expectAsStaffExpect(fakes, measures, STAFF);
    const memory = fakes
      .sheet(MARKS)
      ._values()
      .map((r) => r[1]);
    expect(memory).not.toContain('2567-04');
    expect(memory).toContain('2567-05');

    setUnit(measures, '2567-05', seedUnit('2567-05'));
    context.validateWorkbook();
    expect(measures._cell(rowOf(measures, '2567-05'), col(measures, 'ผู้รับผิดชอบ'))).toMatchObject({
      background: '#fce5cd',
      note: 'รอยืนยัน',
    });
    expectAsStaffExpect(fakes, measures, STAFF);
  });

  it('the measures sheet sorted, and sorted back: marks follow their rows and every staff colour is where it was', () => {
    const { fakes, context, measures } = project();
    applyStaff(measures, STAFF);
    setUnit(measures, '2567-02', BAD_UNIT);
    setUnit(measures, '2567-09', BAD_UNIT);
    context.validateWorkbook();
    const width = measures._values()[0].length;
    measures.getRange(2, 1, 18, width).sort({ column: 1, ascending: false });
    expect(rowOf(measures, '2567-18')).toBe(2);
    context.validateWorkbook(); // the order is now wrong: numbering findings appear on many rows
    expectAsStaffExpect(fakes, measures, STAFF);

    setUnit(measures, '2567-09', seedUnit('2567-09'));
    measures.getRange(2, 1, 18, width).sort(1);
    context.validateWorkbook();
    expectAsStaffExpect(fakes, measures, STAFF);
    setUnit(measures, '2567-02', seedUnit('2567-02'));
    context.validateWorkbook();
    expectAsStaffExpect(fakes, measures, STAFF);
    expect(fakes.recorded.toasts.at(-1)!.message).toMatch(/^พบข้อผิดพลาด 0 รายการ คำเตือน 5 รายการ/);
  });

  it('_ita_marks deleted: each marked cell still knows its colour from its own note', () => {
    const { fakes, context, measures } = project();
    applyStaff(measures, STAFF);
    setUnit(measures, '2567-02', BAD_UNIT);
    setUnit(measures, '2567-05', BAD_UNIT);
    context.validateWorkbook();
    fakes.spreadsheet.deleteSheet(asSheet(fakes.sheet(MARKS)));
    measures.insertRowsBefore(2, 1); // and a row inserted too
    setUnit(measures, '2567-02', seedUnit('2567-02'));
    context.validateWorkbook();
    expectAsStaffExpect(fakes, measures, STAFF);
    expect(fakes.sheet(MARKS).isSheetHidden()).toBe(true); // remade for the mark still on 2567-05
    expect(
      fakes
        .sheet(MARKS)
        ._values()
        .map((r) => r[1]),
    ).toContain('2567-05');
  });

  it('staff add a line below our note section: it stays when the mark is renewed and when it comes off', () => {
    const { fakes, context, measures } = project();
    applyStaff(measures, STAFF);
    setUnit(measures, '2567-02', BAD_UNIT);
    context.validateWorkbook();
    const [r, c] = [rowOf(measures, '2567-02'), col(measures, 'ผู้รับผิดชอบ')];
    // Staff answer in the note, below our section.
    measures.getRange(r, c).setNote(`${measures._cell(r, c).note}\nแจ้งผู้รับผิดชอบแล้ว`);
    fakes.spreadsheet.deleteSheet(asSheet(fakes.sheet(MARKS))); // the colour known from the note alone
    setUnit(measures, '2567-02', `${BAD_UNIT}2`);
    context.validateWorkbook();
    const renewed = measures._cell(r, c);
    expect(renewed.background).toBe(ERROR_BG);
    expect(renewed.note).toMatch(/^ตรวจทานแล้วโดยคุณสมศรี\nแจ้งผู้รับผิดชอบแล้ว\n\n⚠[^]*\(สีพื้นเดิม #d9ead3\)$/);
    setUnit(measures, '2567-02', seedUnit('2567-02'));
    fakes.run({ authMode: 'LIMITED' }, () => context.onEdit(editCell(asSheet(measures), r, c, seedUnit('2567-02'))));
    expect(measures._cell(r, c)).toMatchObject({
      background: '#d9ead3',
      note: 'ตรวจทานแล้วโดยคุณสมศรี\nแจ้งผู้รับผิดชอบแล้ว',
    });
  });

  it('_ita_marks deleted and our note removed too: the cell keeps its colour rather than turning white', () => {
    const { fakes, context, measures } = project();
    applyStaff(measures, STAFF);
    setUnit(measures, '2567-02', BAD_UNIT);
    context.validateWorkbook();
    fakes.spreadsheet.deleteSheet(asSheet(fakes.sheet(MARKS)));
    const [r, c] = [rowOf(measures, '2567-02'), col(measures, 'ผู้รับผิดชอบ')];
    measures.getRange(r, c).clearNote();
    setUnit(measures, '2567-02', seedUnit('2567-02'));
    context.validateWorkbook();
    // Nothing says the colour is ours: it may be staff's own, so it is left as it is.
    expect(measures._cell(r, c)).toMatchObject({ background: ERROR_BG, note: '' });
  });

  it("_ita_marks edited: garbage rows and wrong colours are ignored, the notes' memory wins, and the sheet is rewritten clean", () => {
    const { fakes, context, measures } = project();
    applyStaff(measures, STAFF);
    setUnit(measures, '2567-02', BAD_UNIT);
    setUnit(measures, '2567-05', BAD_UNIT);
    context.validateWorkbook();
    const marks = fakes.sheet(MARKS);
    const rows = marks._values();
    marks._setValues(
      2,
      4,
      rows.slice(1).map(() => ['#ffffff']),
    ); // every remembered colour "white"
    marks._setValues(rows.length + 1, 1, [
      ['มาตรการ', '', 'ผลผลิต', 'แดง', 'x'],
      ['ไม่มีชีตนี้', '2567-01', 'ผลผลิต', '#zzzzzz', ''],
    ]);
    setUnit(measures, '2567-02', seedUnit('2567-02'));
    setUnit(measures, '2567-05', seedUnit('2567-05'));
    context.validateWorkbook();
    expectAsStaffExpect(fakes, measures, STAFF);
    // What is left is exactly the memory of the cells marked now (the seed's warnings), with their true colours.
    const findings = findingCells(fakes, MEASURES);
    const ids = measures._values().map((r) => r[0]);
    const headers = measures._values()[0];
    const expected = [...findings.keys()].map((at) => {
      const [r, c] = at.split(',').map(Number);
      const own = STAFF.find((f) => f.rowId === ids[r - 1] && f.header === headers[c - 1]);
      return [MEASURES, ids[r - 1], headers[c - 1], own?.bg ?? '#ffffff', c];
    });
    // Blank rows are slots a removed entry left (saves write only the rows that change): they hold no memory.
    expect(
      marks
        ._values()
        .slice(1)
        .filter((r) => r.some((v) => v !== ''))
        .sort(),
    ).toEqual(expected.sort());
  });

  it('_ita_marks with its columns deleted: validation still runs, colours come back, the sheet is made whole again', () => {
    const { fakes, context, measures } = project();
    applyStaff(measures, STAFF);
    setUnit(measures, '2567-02', BAD_UNIT);
    context.validateWorkbook();
    const marks = fakes.sheet(MARKS);
    marks.getRange(1, 3, marks._maxRows, marks._maxColumns - 2).clearContent();
    marks._maxColumns = 2; // as if staff deleted columns C to the end
    setUnit(measures, '2567-02', seedUnit('2567-02'));
    context.validateWorkbook();
    expectAsStaffExpect(fakes, measures, STAFF);
    expect(marks._values()[0]).toEqual(['ชีต', 'คีย์แถว', 'หัวคอลัมน์', 'สีพื้นเดิม', 'คอลัมน์ล่าสุด']);
  });

  it('our note deleted by staff: the memory sheet finds the cell by row id and header, even after a sort', () => {
    const { fakes, context, measures } = project();
    applyStaff(measures, STAFF);
    setUnit(measures, '2567-05', BAD_UNIT);
    context.validateWorkbook();
    const width = measures._values()[0].length;
    measures.getRange(2, 1, 18, width).sort({ column: 1, ascending: false });
    const [r, c] = [rowOf(measures, '2567-05'), col(measures, 'ผู้รับผิดชอบ')];
    measures.getRange(r, c).setNote('รอยืนยัน'); // staff rewrote the note, dropping our section
    setUnit(measures, '2567-05', seedUnit('2567-05'));
    measures.getRange(2, 1, 18, width).sort(1);
    context.validateWorkbook();
    expectAsStaffExpect(fakes, measures, STAFF);
  });

  it('the units sheet sorted and the config sheet given a new row: their marks are kept by code and by label', () => {
    const { fakes, context } = project();
    const units = fakes.sheet('หน่วยงาน');
    const config = fakes.sheet('ตั้งค่า');
    const unitStaff = [{ rowId: 'SBK', header: 'ชื่อหน่วยงาน', bg: '#d9d2e9', note: 'ชื่อตามคำสั่งใหม่' }];
    const configStaff = [{ rowId: 'ปีงบประมาณ (พ.ศ.)', header: 'ค่า', bg: '#fff2cc', note: 'ยืนยันกับกองแผน' }];
    applyStaff(units, unitStaff);
    applyStaff(config, configStaff);
    const name = units._cell(rowOf(units, 'SBK'), 2).value;
    units._setValues(rowOf(units, 'SBK'), 2, [['']]);
    config._setValues(rowOf(config, 'ปีงบประมาณ (พ.ศ.)'), 2, [['สองพันห้าร้อย']]);
    context.validateWorkbook();
    expect(units._cell(rowOf(units, 'SBK'), 2).background).toBe(ERROR_BG);
    expect(config._cell(rowOf(config, 'ปีงบประมาณ (พ.ศ.)'), 2).background).toBe(ERROR_BG);

    units.getRange(2, 1, units._values().length - 1, 4).sort({ column: 1, ascending: false });
    config.insertRowsBefore(2, 1);
    context.validateWorkbook();
    expectAsStaffExpect(fakes, units, unitStaff);
    expectAsStaffExpect(fakes, config, configStaff);
    units._setValues(rowOf(units, 'SBK'), 2, [[name]]);
    config._setValues(rowOf(config, 'ปีงบประมาณ (พ.ศ.)'), 2, [[2567]]);
    context.validateWorkbook();
    expectAsStaffExpect(fakes, units, unitStaff);
    expectAsStaffExpect(fakes, config, configStaff);
    expect(units._cell(rowOf(units, 'SBK'), 2)).toMatchObject({ background: '#d9d2e9', note: 'ชื่อตามคำสั่งใหม่' });
  });

  it('after an upgrade from marks kept by position, the first run still gives staff colours back and rewrites the memory', () => {
    const { fakes, context, measures } = project();
    const [r, c] = [rowOf(measures, '2567-02'), col(measures, 'ผู้รับผิดชอบ')];
    // What the previous version left: our colour over staff's, our section without the colour line, memory by position.
    setUnit(measures, '2567-02', BAD_UNIT);
    measures._setBackground(r, c, ERROR_BG);
    measures._setNote(r, c, `ตรวจทานแล้วโดยคุณสมศรี\n\n${MARKER}\n• ข้อผิดพลาด: ไม่พบหน่วยงาน`);
    fakes.seed(MARKS, [
      ['ชีต', 'แถว', 'คอลัมน์', 'สีพื้นเดิม'],
      [MEASURES, r, c, '#d9ead3'],
    ]);
    setUnit(measures, '2567-02', seedUnit('2567-02'));
    context.validateWorkbook();
    expect(measures._cell(r, c)).toMatchObject({ background: '#d9ead3', note: 'ตรวจทานแล้วโดยคุณสมศรี' });
    expectAsStaffExpect(
      fakes,
      measures,
      STAFF.filter((f) => f.rowId === '2567-02'),
    );
    expect(fakes.sheet(MARKS)._values()[0]).toEqual(['ชีต', 'คีย์แถว', 'หัวคอลัมน์', 'สีพื้นเดิม', 'คอลัมน์ล่าสุด']);
  });
});
