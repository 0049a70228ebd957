/**
 * A row whose key cells are filled but another required cell is empty (its unit, say) counts in the cross-row
 * rules by its key cells, in onEdit (which sees other rows by their key cells only) and in the menu's validation
 * alike (src/core/validation/key-rows.ts): the edited row below gets the same marks from both, and the row missing
 * its unit is one error, not also "issue skipped" on the next issue.
 */
import { describe, expect, it } from 'vitest';
import { SHEET } from '../src/core/layout';
import { createGasGlobals, loadBundle, sheetsOnEdit, type FakeSheet } from './fakes';
import { generateWorkbook } from './tools/generate-workbook';

const BUNDLE = new URL('../dist/Code.js', import.meta.url).pathname;
const UNITS = 11;

function project() {
  const fakes = createGasGlobals({ spreadsheet: { name: 'ITA', timeZone: 'Asia/Bangkok' } });
  for (const [name, sheet] of Object.entries(generateWorkbook({ rows: 60, seed: 1 })))
    fakes.seed(name, sheet?.values ?? []);
  const context = loadBundle(BUNDLE, fakes.globals);
  const measures = fakes.sheet(SHEET.measures);
  context.validateWorkbook();
  return { fakes, context, measures };
}

const rowMarks = (sheet: FakeSheet, row: number) => ({
  bg: sheet._read('background', { row, numRows: 1 }),
  note: sheet._read('note', { row, numRows: 1 }),
});

/** onEdit of one cell, then the menu's validation: the edited row's marks after each. */
function editThenMenu(p: ReturnType<typeof project>, row: number, column: number, value: unknown) {
  p.measures._setValues(row, column, [[value]]);
  p.fakes.run({ authMode: 'LIMITED' }, () => p.context.onEdit(sheetsOnEdit(p.measures.getRange(row, column, 1, 1))));
  const byEdit = rowMarks(p.measures, row);
  p.context.validateWorkbook();
  return { byEdit, byMenu: rowMarks(p.measures, row) };
}

describe('onEdit below a row that does not parse', () => {
  it('an issue of one row whose unit is emptied: the next issue’s number is not called skipped', () => {
    const p = project();
    const issue = (r: number) => p.measures._values()[r - 1][2];
    // The first row r whose previous row is an issue of its own (one row).
    let r = 4;
    while (!(issue(r - 1) !== issue(r - 2) && issue(r - 1) !== issue(r))) r++;
    p.measures._setValues(r - 1, UNITS, [['']]);
    p.context.validateWorkbook();
    const { byEdit, byMenu } = editThenMenu(p, r, 3, issue(r));
    expect(byMenu.note.flat().join('')).not.toContain('ลำดับประเด็นข้าม');
    expect(
      rowMarks(p.measures, r - 1)
        .note.flat()
        .join(''),
    ).toContain('ข้อผิดพลาด'); // its own empty unit
    expect(byEdit).toEqual(byMenu);
  });

  it('an id typed again below a row whose unit is emptied is a duplicate for both', () => {
    const p = project();
    p.measures._setValues(10, UNITS, [['']]);
    p.context.validateWorkbook();
    const { byEdit, byMenu } = editThenMenu(p, 50, 1, p.measures._values()[9][0]);
    expect(byEdit.note.flat().join('')).toContain('ซ้ำ');
    expect(byEdit).toEqual(byMenu);
  });
});
