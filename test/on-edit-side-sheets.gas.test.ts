/**
 * onEdit of the config, units or headings sheet reads the small sheets only, not the measures or the form answers
 * (issue #13): their findings depend on nothing else (src/core/validation/side-sheets.ts). Held here to the marks
 * the menu's full validation puts on the same rows, through the built bundle over the fakes.
 */
import { describe, expect, it } from 'vitest';
import { AUTO_REMIND_LABEL } from '../src/core/reminders';
import { editCell, type FakeSheet } from './fakes';
import { asSheet, col, project as bundleProject } from './tools/bundle-project';
import { generateWorkbook } from './tools/generate-workbook';

const project = (rows: number) => bundleProject(generateWorkbook({ rows, seed: 5 }));

const marks = (sheet: FakeSheet) => ({ backgrounds: sheet._read('background'), notes: sheet._read('note') });

describe('onEdit of the small sheets', () => {
  it('marks what a full validation marks, without reading the measures sheet', () => {
    const rows = 2000;
    const { fakes, context } = project(rows);
    context.validateWorkbook();
    const units = fakes.sheet('หน่วยงาน');
    const headings = fakes.sheet('ตัวชี้วัด');
    const config = fakes.sheet('ตั้งค่า');
    const configRows = config._values().length;
    // Each edit makes (or clears) a finding on its own sheet: a unit name emptied, another emptied then typed
    // again, a pasted name with a zero-width space, an unknown assessment tool, a fiscal year that is not one, a
    // weekly-reminder switch that is neither yes nor no (a row added under the config).
    const edits: [FakeSheet, number, number, unknown][] = [
      [units, 3, col(units, 'ชื่อหน่วยงาน'), ''],
      [units, 5, col(units, 'ชื่อหน่วยงาน'), ''],
      [units, 4, col(units, 'ชื่อหน่วยงาน'), 'กอง\u200bคลัง'],
      [headings, 2, col(headings, 'แบบวัด'), 'XYZ'],
      [config, 4, 2, 'ปีหน้า'],
      [config, configRows + 1, 1, AUTO_REMIND_LABEL],
      [config, configRows + 1, 2, 'บางที'],
      [units, 5, col(units, 'ชื่อหน่วยงาน'), 'กองกลาง'],
    ];
    for (const [sheet, row, column, value] of edits) {
      fakes.calls.reset();
      fakes.run({ authMode: 'LIMITED' }, () => context.onEdit(editCell(asSheet(sheet), row, column, value)));
      // The measures sheet alone is rows × 14 cells; what is read is the small sheets and the marks memory's keys.
      expect(fakes.calls.cells.read).toBeLessThan(rows * 2);
    }
    const left = { units: marks(units), headings: marks(headings), config: marks(config) };
    const noteAt = (m: { notes: string[][] }, row: number) => m.notes[row - 1].join('');
    expect(noteAt(left.units, 3)).toContain('ข้อผิดพลาด');
    expect(noteAt(left.units, 5)).toBe('');
    expect(noteAt(left.headings, 2)).toContain('แบบวัดต้องเป็น');
    expect(noteAt(left.config, 4)).toContain('ปีงบประมาณ');
    expect(noteAt(left.config, configRows + 1)).toContain('บางที');
    // The menu's validation agrees on every cell of the three sheets.
    context.validateWorkbook();
    expect({ units: marks(units), headings: marks(headings), config: marks(config) }).toEqual(left);
  });
});
