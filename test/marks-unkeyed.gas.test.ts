/**
 * A mark on a cell without identity (its row id or unit code blank or used twice) is remembered by its note only,
 * not by a line of the marks memory: the menu's validation, which reads only the columns where marks are or were,
 * must still find it and take it off once the value is fixed, staff's colour back (through the built bundle).
 */
import { describe, expect, it } from 'vitest';
import { SHEET } from '../src/core/layout';
import { createGasGlobals, loadBundle, sheetsOnEdit, type FakeSheet } from './fakes';
import { generateWorkbook } from './tools/generate-workbook';

const BUNDLE = new URL('../dist/Code.js', import.meta.url).pathname;
const STAFF_BG = '#cfe2f3';

function project() {
  const fakes = createGasGlobals({ spreadsheet: { name: 'ITA', timeZone: 'Asia/Bangkok' } });
  for (const [name, sheet] of Object.entries(generateWorkbook({ rows: 60, seed: 1 })))
    fakes.seed(name, sheet?.values ?? []);
  return { fakes, context: loadBundle(BUNDLE, fakes.globals) };
}

const cell = (sheet: FakeSheet, row: number, column: number) => ({
  bg: sheet._read('background', { row, column, numRows: 1, numColumns: 1 })[0][0],
  note: sheet._read('note', { row, column, numRows: 1, numColumns: 1 })[0][0],
});

describe('marks on cells without identity', () => {
  for (const { what, sheet, row, bad, message } of [
    { what: 'a row id emptied', sheet: SHEET.measures, row: 22, bad: '', message: 'กรอกรหัสแถว' },
    { what: 'a row id used twice', sheet: SHEET.measures, row: 52, bad: 'G-12', message: 'ซ้ำกับแถวที่ 13' },
    { what: 'a unit code emptied', sheet: SHEET.units, row: 6, bad: '', message: 'กรอกรหัสหน่วยงาน' },
  ])
    it(`the menu's validation takes the mark off once fixed: ${what}`, () => {
      const { fakes, context } = project();
      const s = fakes.sheet(sheet);
      const good = s._values()[row - 1][0];
      s._setBackground(row, 1, STAFF_BG);
      context.validateWorkbook();
      s._setValues(row, 1, [[bad]]);
      context.validateWorkbook();
      expect(cell(s, row, 1).note).toContain(message);
      s._setValues(row, 1, [[good]]);
      context.validateWorkbook();
      expect(cell(s, row, 1)).toEqual({ bg: STAFF_BG, note: '' });
    });

  it('a mark onEdit put on such a cell comes off at the next validation (the fix made without onEdit)', () => {
    const { fakes, context } = project();
    const measures = fakes.sheet(SHEET.measures);
    context.validateWorkbook();
    measures._setValues(30, 1, [['']]);
    fakes.run({ authMode: 'LIMITED' }, () => context.onEdit(sheetsOnEdit(measures.getRange(30, 1, 1, 1))));
    expect(cell(measures, 30, 1).note).toContain('กรอกรหัสแถว');
    // Typed back while another run held the lock: onEdit skipped it.
    measures._setValues(30, 1, [['G-29']]);
    context.validateWorkbook();
    expect(cell(measures, 30, 1)).toEqual({ bg: '#ffffff', note: '' });
  });

  it('onEdit of a row without identity keeps one memory line for the column, never two', () => {
    const { fakes, context } = project();
    const measures = fakes.sheet(SHEET.measures);
    // One id used twice: neither row has identity, both still parse.
    measures._setValues(12, 1, [['DUP']]);
    measures._setValues(40, 1, [['DUP']]);
    context.validateWorkbook();
    const markers = () =>
      fakes.spreadsheet
        ._sheetNamed('_ita_marks')!
        ._values()
        .filter((l) => String(l[0]) === SHEET.measures && String(l[1]).includes('ไม่มีรหัส'));
    expect(markers()).toHaveLength(1);
    for (const row of [40, 12]) {
      measures._setValues(row, 11, [['หน่วยที่ไม่มี']]);
      fakes.run({ authMode: 'LIMITED' }, () => context.onEdit(sheetsOnEdit(measures.getRange(row, 1, 1, 11))));
      expect(cell(measures, row, 11).note).toContain('หน่วยที่ไม่มี');
    }
    expect(
      markers()
        .map((l) => l[2])
        .sort(),
    ).toEqual(['ผู้รับผิดชอบ', 'รหัสแถว']);
    measures._setValues(12, 1, [['G-11']]);
    measures._setValues(40, 1, [['G-39']]);
    context.validateWorkbook();
    expect(markers()).toEqual([]);
  });

  it('a row sorted with its formats keeps its mark found, and the memory forgets the column once none is left', () => {
    const { fakes, context } = project();
    const measures = fakes.sheet(SHEET.measures);
    context.validateWorkbook();
    measures._setValues(10, 1, [['']]);
    context.validateWorkbook();
    const memoryHad = fakes.spreadsheet
      ._sheetNamed('_ita_marks')!
      ._values()
      .some((l) => String(l[1]).includes('ไม่มีรหัส'));
    // The emptied row moved to the bottom with its note and colour (a sort moves formats).
    const line = measures._values()[9];
    const mark = cell(measures, 10, 1);
    const last = measures._values().length;
    const moved = measures._values().slice(10, last);
    measures._setValues(10, 1, moved);
    measures._setValues(last, 1, [line]);
    for (let r = 10; r <= last; r++) {
      const at = r === last ? mark : cell(measures, r + 1, 1);
      measures._setBackground(r, 1, at.bg);
      measures._setNote(r, 1, at.note);
    }
    measures._setValues(last, 1, [['G-9']]);
    context.validateWorkbook();
    expect(cell(measures, last, 1)).toEqual({ bg: '#ffffff', note: '' });
    const memory = fakes.spreadsheet._sheetNamed('_ita_marks');
    // While the mark was there, its column had a line; with no mark left, none.
    const lines = memory!._values().filter((l) => String(l[0]) === SHEET.measures && String(l[1]).includes('ไม่มีรหัส'));
    expect(lines).toEqual([]);
    expect(memoryHad).toBe(true);
  });

  it('a mark onEdit put under a repeated header comes off at the next edit once the header is unique again', () => {
    const { fakes, context } = project();
    const measures = fakes.sheet(SHEET.measures);
    context.validateWorkbook();
    const header = measures._values()[0] as string[];
    const [output, outcome] = [header.indexOf('ผลผลิต') + 1, header.indexOf('ผลสัมฤทธิ์') + 1];
    const text = measures._values()[2][output - 1];
    measures._setValues(1, outcome, [['ผลผลิต']]); // two columns named ผลผลิต: neither has identity
    const edit = (value: unknown) => {
      measures._setValues(3, output, [[value]]);
      fakes.run({ authMode: 'LIMITED' }, () => context.onEdit(sheetsOnEdit(measures.getRange(3, output))));
    };
    edit('');
    expect(cell(measures, 3, output).note).toContain('กรอกผลผลิต');
    measures._setValues(1, outcome, [['ผลสัมฤทธิ์']]); // a header-only edit: onEdit leaves it
    edit(text);
    expect(cell(measures, 3, output)).toEqual({ bg: '#ffffff', note: '' });
  });
});
