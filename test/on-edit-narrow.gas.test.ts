/**
 * onEdit of measure rows reads the key columns of the other rows, not the whole sheet (issue #13), and marks
 * the edited rows as a full validation would: run from the built bundle over the fakes.
 */
import { describe, expect, it } from 'vitest';
import { editCell, sheetsOnEdit, type FakeSheet } from './fakes';
import { asSheet, col, project as bundleProject } from './tools/bundle-project';
import { generateWorkbook } from './tools/generate-workbook';

const MEASURES = 'มาตรการ';

const project = (rows: number) => bundleProject(generateWorkbook({ rows, seed: 3 }));

const marksOf = (sheet: FakeSheet, row: number) => ({
  backgrounds: sheet._read('background', { row, numRows: 1 }),
  notes: sheet._read('note', { row, numRows: 1 }),
});

describe('onEdit on a large measures sheet', () => {
  it('marks what a full validation marks, reading about three cells per other row', () => {
    const rows = 2000;
    const { fakes, context } = project(rows);
    const measures = fakes.sheet(MEASURES);
    context.validateWorkbook();
    const width = measures._values()[0].length;
    const at = 1200;
    const id = measures._values()[10][col(measures, 'รหัสแถว') - 1];
    // Three edits whose findings need other rows: an id used above, an issue number out of sequence, an unknown unit.
    const edits: [string, unknown][] = [
      ['รหัสแถว', id],
      ['ประเด็นที่', 1],
      ['ผู้รับผิดชอบ', 'หน่วยที่ไม่มี'],
    ];
    for (const [header, value] of edits) {
      fakes.calls.reset();
      fakes.run({ authMode: 'LIMITED' }, () =>
        context.onEdit(editCell(asSheet(measures), at, col(measures, header), value)),
      );
      const read = fakes.calls.cells.read;
      // The old path read every cell of the sheet (width × rows); now three key columns plus small sheets and marks.
      expect(read).toBeLessThan(rows * 3 + 40 * width + 2_000);
      expect(read).toBeGreaterThan(rows * 3);
    }
    const afterEdit = marksOf(measures, at);
    expect(afterEdit.notes.flat().join('')).toMatch(/รหัสแถว|ประเด็น/);
    expect(afterEdit.notes.flat().join('')).toContain('หน่วยที่ไม่มี');
    // The menu's validation finds the same marks on that row.
    context.validateWorkbook();
    expect(marksOf(measures, at)).toEqual(afterEdit);
  });

  it('a 50-row paste marks each pasted row as the full validation does', () => {
    const { fakes, context } = project(600);
    const measures = fakes.sheet(MEASURES);
    context.validateWorkbook();
    const unit = col(measures, 'ผู้รับผิดชอบ');
    measures._setValues(
      300,
      unit,
      Array.from({ length: 50 }, (_, i) => [i % 2 ? 'หน่วยที่ไม่มี' : 'U1']),
    );
    fakes.run({ authMode: 'LIMITED' }, () => context.onEdit(sheetsOnEdit(measures.getRange(300, unit, 50, 1))));
    const pasted = Array.from({ length: 50 }, (_, i) => marksOf(measures, 300 + i));
    expect(pasted.filter((m) => m.notes.flat().join('').includes('หน่วยที่ไม่มี'))).toHaveLength(25);
    context.validateWorkbook();
    expect(Array.from({ length: 50 }, (_, i) => marksOf(measures, 300 + i))).toEqual(pasted);
  });

  it('rewrites only the edited rows’ lines of the marks memory; the others stay as they were', () => {
    const { fakes, context } = project(600);
    const measures = fakes.sheet(MEASURES);
    const unit = col(measures, 'ผู้รับผิดชอบ');
    for (const r of [20, 200, 400]) measures._setValues(r, unit, [['หน่วยที่ไม่มี']]);
    context.validateWorkbook();
    const memory = () =>
      fakes
        .sheet('_ita_marks')
        ._values()
        .map((line) => line.map(String));
    const before = memory();
    const idOf = (r: number) => String(measures._values()[r - 1][col(measures, 'รหัสแถว') - 1]);
    expect(before.some((line) => line[1] === idOf(200))).toBe(true);
    // Fix row 200 and break row 300: only their lines change.
    fakes.run({ authMode: 'LIMITED' }, () => context.onEdit(editCell(asSheet(measures), 200, unit, 'U1')));
    fakes.run({ authMode: 'LIMITED' }, () => context.onEdit(editCell(asSheet(measures), 300, unit, 'หน่วยที่ไม่มี')));
    const after = memory();
    const changed = after
      .map((line, i) => (JSON.stringify(line) === JSON.stringify(before[i] ?? []) ? null : i))
      .filter((i) => i !== null);
    expect(changed.length).toBeGreaterThan(0);
    for (const i of changed as number[]) {
      const rowKeys = [before[i]?.[1], after[i]?.[1]].filter(Boolean);
      for (const k of rowKeys) expect([idOf(200), idOf(300)]).toContain(k);
    }
    expect(after.some((line) => line[1] === idOf(200))).toBe(false);
    expect(after.some((line) => line[1] === idOf(300) && line[2] === 'ผู้รับผิดชอบ')).toBe(true);
    expect(after.some((line) => line[1] === idOf(20))).toBe(true);
    // A full validation afterwards agrees with what onEdit left on every row.
    const marks = () => ({ bg: measures._read('background'), notes: measures._read('note') });
    const left = marks();
    context.validateWorkbook();
    expect(marks()).toEqual(left);
  });
  it('an edit that changes no mark makes no write and no call on the marks memory', () => {
    const { fakes, context } = project(600);
    const measures = fakes.sheet(MEASURES);
    measures._setValues(250, col(measures, 'ผู้รับผิดชอบ'), [['หน่วยที่ไม่มี']]);
    context.validateWorkbook();
    const before = { bg: measures._read('background'), notes: measures._read('note') };
    expect(marksOf(measures, 250).notes.flat().join('')).toContain('หน่วยที่ไม่มี');
    fakes.calls.reset();
    // Row 250's result reworded: still filled; its unit's mark stays as it is.
    const result = col(measures, 'ผลการดำเนินงาน');
    fakes.run({ authMode: 'LIMITED' }, () => context.onEdit(editCell(asSheet(measures), 250, result, 'จัดอบรม ๒ ครั้ง')));
    expect(fakes.calls.cells.written).toBe(0);
    for (const name of [
      'Range.setValues',
      'Range.setNotes',
      'Range.setBackgrounds',
      'Sheet.isSheetHidden',
      'Sheet.hideSheet',
    ])
      expect(fakes.calls.count(name), name).toBe(0);
    expect({ bg: measures._read('background'), notes: measures._read('note') }).toEqual(before);
  });

  it('new marks from edit after edit grow the marks memory a block at a time, and onEdit leaves its hiding to full runs', () => {
    const { fakes, context } = project(600);
    const measures = fakes.sheet(MEASURES);
    const unit = col(measures, 'ผู้รับผิดชอบ');
    measures._setValues(99, unit, [['หน่วยที่ไม่มี']]);
    context.validateWorkbook();
    // A memory sheet with no room left, as a full validation of many marks leaves it.
    const memory = fakes.sheet('_ita_marks');
    memory.deleteRows(memory.getLastRow() + 1, memory.getMaxRows() - memory.getLastRow());
    const inserts: number[] = [];
    // Each edit gives one more row an unknown unit: one more line at the end of the memory.
    for (let row = 100; row < 106; row++) {
      fakes.calls.reset();
      fakes.run({ authMode: 'LIMITED' }, () => context.onEdit(editCell(asSheet(measures), row, unit, 'หน่วยที่ไม่มี')));
      expect(marksOf(measures, row).notes.flat().join('')).toContain('หน่วยที่ไม่มี');
      expect(fakes.calls.count('Sheet.isSheetHidden')).toBe(0);
      inserts.push(fakes.calls.count('Sheet.insertRowsAfter'));
    }
    // The first new line outgrows the sheet and adds room for 200 more; the next five fit.
    expect(inserts).toEqual([1, 0, 0, 0, 0, 0]);
    expect(memory.getMaxRows()).toBeGreaterThan(memory.getLastRow() + 190);
    // The spare blank lines change nothing: the menu's validation finds the same marks.
    const left = { bg: measures._read('background'), notes: measures._read('note') };
    context.validateWorkbook();
    expect({ bg: measures._read('background'), notes: measures._read('note') }).toEqual(left);
    // A memory sheet left showing is hidden by the next full run that changes a mark.
    memory.showSheet();
    measures._setValues(100, unit, [[measures._values()[1][unit - 1]]]);
    context.validateWorkbook();
    expect(marksOf(measures, 100).notes.flat().join('')).not.toContain('หน่วยที่ไม่มี');
    expect(memory.isSheetHidden()).toBe(true);
  });

  it('reads formulas and rich text only when an edited row has text in a link column', () => {
    const { fakes, context } = project(600);
    const measures = fakes.sheet(MEASURES);
    context.validateWorkbook();
    const linked = ['ผลผลิต', 'ผลสัมฤทธิ์', 'ผลการดำเนินงาน', 'ลิงก์หลักฐาน'].map((h) => col(measures, h));
    for (const c of linked) measures._setValues(260, c, [['']]);
    fakes.calls.reset();
    fakes.run({ authMode: 'LIMITED' }, () => context.onEdit(editCell(asSheet(measures), 260, linked[3], '')));
    expect(fakes.calls.count('Range.getFormulas') + fakes.calls.count('Range.getRichTextValues')).toBe(0);
    // The same row with a label in the evidence cell: its link is read (one call of each).
    fakes.calls.reset();
    fakes.run({ authMode: 'LIMITED' }, () =>
      context.onEdit(editCell(asSheet(measures), 260, linked[3], 'รายงานการประชุม')),
    );
    expect(fakes.calls.count('Range.getFormulas')).toBe(1);
    expect(fakes.calls.count('Range.getRichTextValues')).toBe(1);
    // And onEdit still agrees with the menu's validation on that row.
    const left = marksOf(measures, 260);
    context.validateWorkbook();
    expect(marksOf(measures, 260)).toEqual(left);
  });
});
