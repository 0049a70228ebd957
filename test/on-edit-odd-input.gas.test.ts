/**
 * onEdit on odd input, each edit held to the menu's validation of the same rows and to no logged failure: a
 * small sheet deleted, a key header renamed, an empty measures sheet, a paste as wide as the sheet and one taller
 * than onEdit's window, the last rows cleared, the forms' ledger with a damaged header / an empty one / a survey
 * mapping that names the ledger, a copy of the row id column (header and all). Through the built bundle.
 */
import { describe, expect, it } from 'vitest';
import { SHEET } from '../src/core/layout';
import { sheetsOnEdit, type FakeSheet } from './fakes';
import { project as bundleProject } from './tools/bundle-project';
import { generateWorkbook } from './tools/generate-workbook';
import { answer, withForms } from './tools/generate-ledger';
const project = (data = generateWorkbook({ rows: 60, seed: 1 })) => bundleProject(data);
const rowsOf = (s: FakeSheet, first: number, last: number) => {
  const box = { row: first, column: 1, numRows: last - first + 1, numColumns: s._maxColumns };
  return JSON.stringify({ bg: s._read('background', box), note: s._read('note', box) });
};
function edit(p: ReturnType<typeof project>, s: FakeSheet, row: number, col: number, rows: unknown[][]) {
  s._setValues(row, col, rows);
  const errs = p.fakes.recorded.console.filter((c) => c.level === 'error').length;
  p.fakes.run({ authMode: 'LIMITED' }, () =>
    p.context.onEdit(sheetsOnEdit(s.getRange(row, col, rows.length, rows[0].length))),
  );
  const logged = p.fakes.recorded.console.filter((c) => c.level === 'error').slice(errs);
  expect(logged.map((l) => String(l.args))).toEqual([]);
  const byEdit = rowsOf(s, row, row + rows.length - 1);
  p.context.validateWorkbook();
  expect(rowsOf(s, row, row + rows.length - 1)).toBe(byEdit);
  return byEdit;
}
describe('onEdit on odd input', () => {
  it('units sheet deleted: onEdit of measures and headings', () => {
    const p = project();
    p.context.validateWorkbook();
    p.fakes.spreadsheet.deleteSheet(p.fakes.sheet(SHEET.units) as never);
    edit(p, p.fakes.sheet(SHEET.measures), 10, 11, [['U1']]);
    edit(p, p.fakes.sheet(SHEET.headings), 2, 2, [['XYZ']]);
    edit(p, p.fakes.sheet(SHEET.config), 4, 2, [['ปีหน้า']]);
  });
  it('headings + config deleted: onEdit of units', () => {
    const p = project();
    p.context.validateWorkbook();
    p.fakes.spreadsheet.deleteSheet(p.fakes.sheet(SHEET.headings) as never);
    p.fakes.spreadsheet.deleteSheet(p.fakes.sheet(SHEET.config) as never);
    edit(p, p.fakes.sheet(SHEET.units), 3, 2, [['']]);
    edit(p, p.fakes.sheet(SHEET.measures), 3, 2, [['H1']]);
  });
  it('measures key header renamed', () => {
    const p = project();
    const m = p.fakes.sheet(SHEET.measures);
    m._setValues(1, 3, [['ประเด็น']]);
    p.context.validateWorkbook();
    edit(p, m, 5, 11, [['ไม่มี']]);
  });
  it('empty measures sheet (header only) then a row typed', () => {
    const data = generateWorkbook({ rows: 60, seed: 1 });
    data[SHEET.measures] = { values: [data[SHEET.measures]!.values[0]] };
    const p = project(data);
    p.context.validateWorkbook();
    const m = p.fakes.sheet(SHEET.measures);
    edit(p, m, 2, 1, [['X-1']]);
    edit(p, m, 2, 2, [['H1']]);
  });
  it('a paste as wide as the sheet and a tall paste past the window', () => {
    const p = project(generateWorkbook({ rows: 1200, seed: 2 }));
    p.context.validateWorkbook();
    const m = p.fakes.sheet(SHEET.measures);
    edit(
      p,
      m,
      5,
      1,
      Array.from({ length: 3 }, () => Array.from({ length: 26 }, (_, c) => (c === 0 ? '' : 'x'))),
    );
    edit(
      p,
      m,
      100,
      11,
      Array.from({ length: 1050 }, (_, i) => [i % 3 ? 'U1' : 'ไม่มี']),
    );
  });
  it('cleared last rows', () => {
    const p = project();
    p.context.validateWorkbook();
    const m = p.fakes.sheet(SHEET.measures);
    m._setValues(58, 11, [['ไม่มี'], ['ไม่มี'], ['ไม่มี']]);
    p.context.validateWorkbook();
    edit(
      p,
      m,
      58,
      1,
      Array.from({ length: 3 }, () => Array.from({ length: 14 }, () => '')),
    );
  });
  it('forms: ledger header damaged, mapping names the ledger, empty ledger', () => {
    const base = generateWorkbook({ rows: 60, seed: 1 });
    for (const variant of ['header', 'mapping', 'empty']) {
      const lines = variant === 'empty' ? [] : [answer(1, 'G-5', 'U1'), answer(2, 'G-9', 'U2')];
      const data = withForms(base, lines, [
        { rowId: 'G-5', sheet: variant === 'mapping' ? SHEET.ledger : 'แบบ ก', respondents: 3 },
      ]);
      if (variant === 'header') data[SHEET.ledger]!.values[0][4] = 'รหัส';
      const p = project(data);
      p.context.validateWorkbook();
      const m = p.fakes.sheet(SHEET.measures);
      edit(p, m, 6, 11, [['ทุกสำนัก/หน่วย']]);
      edit(p, m, 6, 8, [['']]);
    }
  });
  it('a copy of the row id column, header and all', () => {
    const p = project();
    const m = p.fakes.sheet(SHEET.measures);
    const ids = m._values().map((l) => [l[0]]);
    m._setValues(1, 15, ids);
    p.context.validateWorkbook();
    const s0 = rowsOf(m, 1, 61);
    m._setBackground(20, 11, '#d9ead3');
    edit(p, m, 20, 11, [['ไม่มี']]);
    edit(p, m, 20, 11, [['U1']]);
    expect(m._read('background', { row: 20, column: 11, numRows: 1, numColumns: 1 })[0][0]).toBe('#d9ead3');
    m._setBackground(20, 11, '#ffffff');
    expect(rowsOf(m, 1, 61)).toBe(s0);
  });
});
