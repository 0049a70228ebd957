/**
 * onEdit of a row that needs no mark and carries none of ours reads neither its backgrounds nor its notes, and
 * writes nothing (src/gas/marks-absent.ts); whenever the memory alone cannot say so (a mark on the row, a new
 * finding, the row id in the edited range, a row without an id of its own, a column without a header of its own)
 * it reads them as before. Each edit is held to the menu's validation of the same rows. Through the built bundle.
 */
import { describe, expect, it } from 'vitest';
import { MEASURE_HEADER, SHEET } from '../src/core/layout';
import { sheetsOnEdit, type FakeSheet } from './fakes';
import { col, project } from './tools/bundle-project';
import { generateWorkbook } from './tools/generate-workbook';

type Project = ReturnType<typeof project>;

const marksOf = (s: FakeSheet, row: number) => {
  const box = { row, column: 1, numRows: 1, numColumns: s._maxColumns };
  return JSON.stringify({ bg: s._read('background', box), note: s._read('note', box) });
};

/** A validated 60-row workbook, its measures sheet, and a row the validation left without any note. */
function validated(): { p: Project; m: FakeSheet; clean: number; marked: number } {
  const p = project(generateWorkbook({ rows: 60, seed: 1 }));
  p.context.validateWorkbook();
  const m = p.fakes.sheet(SHEET.measures);
  const notes = m._read('note', { row: 1, column: 1, numRows: 61, numColumns: m._maxColumns });
  const clean = notes.findIndex((line, i) => i > 1 && line.every((n) => n === '')) + 1;
  const marked = notes.findIndex((line, i) => i > 1 && line.some((n) => n !== '')) + 1;
  expect(clean).toBeGreaterThan(1);
  expect(marked).toBeGreaterThan(1);
  return { p, m, clean, marked };
}

/** Types `rows` at (row, column) and runs onEdit; returns the reads of backgrounds and the cells written. */
function edit(p: Project, m: FakeSheet, row: number, column: number, rows: unknown[][]) {
  m._setValues(row, column, rows);
  p.fakes.calls.reset();
  p.fakes.run({ authMode: 'LIMITED' }, () =>
    p.context.onEdit(sheetsOnEdit(m.getRange(row, column, rows.length, rows[0].length))),
  );
  const seen = {
    backgrounds: p.fakes.calls.count('Range.getBackgrounds'),
    notes: p.fakes.calls.count('Range.getNotes'),
    written: p.fakes.calls.cells.written,
  };
  const byEdit = marksOf(m, row);
  p.context.validateWorkbook();
  expect(marksOf(m, row), `row ${row} after the menu's validation`).toBe(byEdit);
  return seen;
}

describe('onEdit of a row that needs no mark and has none', () => {
  it('typing in a clean row: no backgrounds or notes read, nothing written, and the menu agrees', () => {
    const { p, m, clean } = validated();
    const staff = { row: clean, column: col(m, MEASURE_HEADER.output), numRows: 1, numColumns: 1 };
    m.getRange(staff.row, staff.column).setBackground('#d9ead3'); // staff's own colour stays as it is
    expect(edit(p, m, clean, col(m, MEASURE_HEADER.result), [['จัดประชุมชี้แจงครบทุกหน่วยงาน']])).toEqual({
      backgrounds: 0,
      notes: 0,
      written: 0,
    });
    expect(m._read('background', staff)).toEqual([['#d9ead3']]);
  });

  it('a marked row, or an edit that makes a finding: read as before (the mark goes, or comes)', () => {
    const { p, m, clean, marked } = validated();
    expect(edit(p, m, marked, col(m, MEASURE_HEADER.result), [['แก้ไขแล้ว']]).backgrounds).toBe(1);
    const made = edit(p, m, clean, col(m, MEASURE_HEADER.units), [['หน่วยที่ไม่มีในรายชื่อ']]);
    expect(made.backgrounds).toBe(1);
    expect(made.written).toBeGreaterThan(0);
    expect(marksOf(m, clean)).toContain('หน่วยที่ไม่มีในรายชื่อ');
  });

  it('the row id inside the edited range: read (marks remembered under the old id show only in the cells)', () => {
    const { p, m, clean } = validated();
    const id = col(m, MEASURE_HEADER.rowId);
    const line = m._values()[clean - 1];
    expect(edit(p, m, clean, id, [[`${line[id - 1]}-ใหม่`, line[id]]]).backgrounds).toBe(1);
  });

  it('a row without an id of its own (blank or shared) and a column without a header of its own: read', () => {
    const { p, m, clean } = validated();
    const id = col(m, MEASURE_HEADER.rowId);
    const other = m._values()[clean]; // the next row's id, copied onto the clean row: both lose their identity
    m._setValues(clean, id, [[other[id - 1]]]);
    p.context.validateWorkbook();
    expect(edit(p, m, clean, col(m, MEASURE_HEADER.result), [['ข้อความใหม่']]).backgrounds).toBe(1);

    const q = validated();
    q.m._setValues(1, q.m._values()[0].length + 1, [['หมายเหตุ']]);
    q.m._setValues(1, q.m._values()[0].length + 1, [['หมายเหตุ']]); // the same header twice
    q.p.context.validateWorkbook();
    expect(edit(q.p, q.m, q.clean, col(q.m, MEASURE_HEADER.result), [['ข้อความใหม่']]).backgrounds).toBe(1);
  });
});

describe('onEdit of a row whose identity came back without it being edited', () => {
  /** onEdit alone, without the menu's validation after it (which would repair what it leaves). */
  const onEditOnly = (p: Project, m: FakeSheet, row: number, column: number, value: unknown) => {
    m._setValues(row, column, [[value]]);
    p.fakes.run({ authMode: 'LIMITED' }, () => p.context.onEdit(sheetsOnEdit(m.getRange(row, column))));
  };
  // A full run marks cells without identity by their note only; the row or column may then get its identity back
  // by another edit (its twin's id changed, the header made unique again): its next edit must still find them.
  it('a row that shared its id: once the other row is renamed, fixing its unit takes the mark off', () => {
    const { p, m, clean } = validated();
    const [id, units] = [col(m, MEASURE_HEADER.rowId), col(m, MEASURE_HEADER.units)];
    const good = m._values()[clean - 1][units - 1];
    const twin = clean + 1;
    const twinId = m._values()[twin - 1][id - 1];
    m.getRange(clean, units).setBackground('#d9ead3').setNote('ตรวจทานแล้ว');
    m._setValues(clean, units, [['หน่วยที่ไม่มีในรายชื่อ']]);
    m._setValues(twin, id, [[m._values()[clean - 1][id - 1]]]); // both rows share one id at the full run
    p.context.validateWorkbook();
    expect(marksOf(m, clean)).toContain('หน่วยที่ไม่มีในรายชื่อ');
    onEditOnly(p, m, twin, id, twinId); // the twin gets its own id back: the clean row has its identity again
    edit(p, m, clean, units, [[good]]);
    expect(m._read('background', { row: clean, column: units, numRows: 1, numColumns: 1 })).toEqual([['#d9ead3']]);
    expect(m._read('note', { row: clean, column: units, numRows: 1, numColumns: 1 })).toEqual([['ตรวจทานแล้ว']]);
  });

  it('a column whose header was repeated: once the header is unique again, the edited row loses the old mark', () => {
    const { p, m } = validated();
    const output = col(m, MEASURE_HEADER.output);
    m._setValues(1, output, [[MEASURE_HEADER.units]]); // two columns named ผู้รับผิดชอบ at the full run
    p.context.validateWorkbook();
    // A row marked in that column only (its text is no unit), by its note alone: the column has no identity.
    const notes = m._read('note', { row: 1, column: 1, numRows: 61, numColumns: m._maxColumns });
    const row = notes.findIndex((line, i) => i > 0 && line.every((n, c) => (c === output - 1) === (n !== ''))) + 1;
    expect(row).toBeGreaterThan(1);
    m._setValues(1, output, [[MEASURE_HEADER.output]]); // a header-only edit: onEdit leaves it
    edit(p, m, row, col(m, MEASURE_HEADER.result), [['ข้อความใหม่']]);
    expect(marksOf(m, row)).not.toContain('⚠');
  });
});
