/**
 * A row whose identity changes (its row id retyped or emptied) loses no stale mark: its old marks come off when
 * their findings go, in onEdit and in the menu's validation alike (through the built bundle over the fakes).
 */
import { describe, expect, it } from 'vitest';
import { editCell, type FakeSheet } from './fakes';
import { asSheet, col, project as bundleProject } from './tools/bundle-project';
import { generateWorkbook } from './tools/generate-workbook';

const MEASURES = 'มาตรการ';

const project = (rows: number) => bundleProject(generateWorkbook({ rows, seed: 7 }));

const noteAt = (sheet: FakeSheet, row: number, column: number) =>
  sheet._read('note', { row, numRows: 1 })[0][column - 1] as string;

/** 300 rows validated with an unknown unit on row 40, so that the unit cell carries our mark. */
function markedRow40() {
  const p = project(300);
  const measures = p.fakes.sheet(MEASURES);
  const unit = col(measures, 'ผู้รับผิดชอบ');
  measures._setValues(40, unit, [['หน่วยที่ไม่มี']]);
  p.context.validateWorkbook();
  expect(noteAt(measures, 40, unit)).toContain('หน่วยที่ไม่มี');
  return { ...p, measures, unit };
}

describe('marks of a row whose identity changes', () => {
  it('the menu validation takes a mark off a row whose row id was emptied', () => {
    const { context, measures, unit } = markedRow40();
    measures._setValues(40, col(measures, 'รหัสแถว'), [['']]);
    context.validateWorkbook();
    // The row no longer parses: only its empty id is a finding; the unit's old mark is gone.
    expect(noteAt(measures, 40, col(measures, 'รหัสแถว'))).toContain('รหัสแถว');
    expect(noteAt(measures, 40, unit)).toBe('');
  });

  it('onEdit takes a mark off when one paste changes the row id and fixes the cell', () => {
    const { fakes, context, measures, unit } = markedRow40();
    const id = col(measures, 'รหัสแถว');
    const good = measures._values()[41][unit - 1];
    // A paste over the whole row: a new id and a known unit.
    const line = [...measures._values()[39]];
    line[id - 1] = 'NEW-40';
    line[unit - 1] = good;
    measures._setValues(40, 1, [line]);
    const event = { ...editCell(asSheet(measures), 40, 1, line[0]), range: measures.getRange(40, 1, 1, line.length) };
    fakes.run({ authMode: 'LIMITED' }, () => context.onEdit(event as GoogleAppsScript.Events.SheetsOnEdit));
    expect(noteAt(measures, 40, unit)).toBe('');
  });

  it('onEdit of a row id emptied leaves the row as the menu validation leaves it', () => {
    const { fakes, context, measures, unit } = markedRow40();
    fakes.run({ authMode: 'LIMITED' }, () =>
      context.onEdit(editCell(asSheet(measures), 40, col(measures, 'รหัสแถว'), '')),
    );
    const row = () => ({
      notes: measures._read('note', { row: 40, numRows: 1 }),
      backgrounds: measures._read('background', { row: 40, numRows: 1 }),
    });
    const left = row();
    expect(noteAt(measures, 40, unit)).toBe('');
    context.validateWorkbook();
    expect(row()).toEqual(left);
  });
});
