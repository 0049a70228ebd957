/**
 * onEdit of measure rows with the forms in use reads only the ledger lines and survey tabs of the edited rows'
 * row ids (src/gas/form-rows-read.ts), and marks the edited rows exactly as the menu's full validation does:
 * answers before, after and between others', several units, excluded and invalid answers, a stale copy of an
 * answer, a row id changed, emptied or doubled by the edit, a paste, a survey linked to the edited row and
 * one to another row. Through the built bundle over the fakes.
 */
import { describe, expect, it } from 'vitest';
import { SHEET } from '../src/core/layout';
import type { WorkbookData } from '../src/core/workbook';
import { createGasGlobals, loadBundle, sheetsOnEdit } from './fakes';
import { answer, scatteredAnswers, withForms, type LedgerLine } from './tools/generate-ledger';
import { generateWorkbook } from './tools/generate-workbook';

const BUNDLE = new URL('../dist/Code.js', import.meta.url).pathname;
const LEDGER_WIDTH = 18;
const ALL_UNITS = 'ทุกสำนัก/หน่วย';

function project(data: WorkbookData) {
  const fakes = createGasGlobals({ spreadsheet: { name: 'ITA', timeZone: 'Asia/Bangkok' } });
  for (const [name, sheet] of Object.entries(data)) fakes.seed(name, sheet?.values ?? []);
  const context = loadBundle(BUNDLE, fakes.globals);
  const measures = fakes.sheet('มาตรการ');
  const col = (header: string) => measures._values()[0].indexOf(header) + 1;
  const marks = (first: number, last: number) => ({
    backgrounds: measures._read('background', { row: first, numRows: last - first + 1 }),
    notes: measures._read('note', { row: first, numRows: last - first + 1 }),
  });
  /**
   * Staff type `cells` (header → value per row) into rows first.. and onEdit fires for that block; then the
   * menu's validation runs. Returns onEdit's marks and cells read; the full validation must leave the same marks.
   */
  const edit = (first: number, cells: Record<string, unknown[]>) => {
    const columns = Object.keys(cells).map(col);
    const height = Object.values(cells)[0].length;
    Object.entries(cells).forEach(([h, vs]) =>
      measures._setValues(
        first,
        col(h),
        vs.map((v) => [v]),
      ),
    );
    const left = Math.min(...columns);
    const range = measures._range({ row: first, column: left, numRows: height, numColumns: 1 });
    const event = sheetsOnEdit(range as unknown as GoogleAppsScript.Spreadsheet.Range);
    // onEdit of the measures sheet marks its edited rows only: the forms' sheets keep their values and colours.
    const formSheets = () =>
      JSON.stringify(
        [SHEET.ledger, SHEET.surveys].map((n) => {
          const sheet = fakes.sheet(n);
          return [sheet._read('note'), sheet._read('background'), sheet._read('value')];
        }),
      );
    const before = formSheets();
    fakes.calls.reset();
    fakes.run({ authMode: 'LIMITED' }, () => context.onEdit(event));
    expect(formSheets()).toBe(before);
    const bySheet = new Map(fakes.calls.cellsReadBySheet);
    const read = (name: string) => bySheet.get(name) ?? 0;
    const byEdit = marks(first, first + height - 1);
    context.validateWorkbook();
    expect(marks(first, first + height - 1)).toEqual(byEdit);
    return { read, notes: byEdit.notes.flat().filter(Boolean).join('\n') };
  };
  return { fakes, context, measures, col, edit };
}

/** Sheet row r of the generated workbook has row id G-(r − 1). */
const idOf = (row: number) => `G-${row - 1}`;

/** The edited row's answers among many others', in arrival order, with the cases a full read must agree on. */
function ledgerFor(row: number, rows: number, seed: number): LedgerLine[] {
  const id = idOf(row);
  // Gaps of hundreds of lines between the edited row's answers: several spans, each read on its own.
  const others = scatteredAnswers(2000, rows, seed, 100).filter((a) => a.rowId !== id);
  return [
    answer(1, id, 'U1'), // the first line
    ...others.slice(0, 500),
    answer(2, id, 'U3'),
    answer(3, 'NEW-1', 'U2'), // a row id the sheet gets later (below)
    ...others.slice(500, 1000),
    answer(4, id, 'U7', { exclude: 'x' }), // excluded by staff
    // A stale copy (a rewrite cut short) between two of the edited row's answers, so it is read with them: the
    // key of an earlier answer of another row, naming the edited row. readLedger keeps a key's first line only.
    { ...answer(7, id, 'U11'), key: others[10].key },
    answer(6, idOf(20), 'U4'), // row 20's, read with its neighbours but not theirs: the id doubled below
    answer(5, id, 'U9', { check: 'ใช้ไม่ได้', reasons: 'วันที่ไม่ถูกต้อง' }), // invalid
    ...others.slice(1000, 1500),
    answer(8, 'NEW-1', 'U6', { round: '6' }),
    ...others.slice(1500),
    answer(9, id, 'U5'), // the last line
  ];
}

describe('onEdit with the forms in use', () => {
  for (const { rows, seed, row } of [
    { rows: 800, seed: 5, row: 150 },
    { rows: 800, seed: 9, row: 3 },
    { rows: 800, seed: 11, row: 790 },
  ])
    it(`marks the edited rows as the full validation does (${rows} rows, row ${row})`, () => {
      const data = withForms(generateWorkbook({ rows, seed }), ledgerFor(row, rows, seed), [
        { rowId: idOf(row), sheet: 'แบบประเมิน ก', respondents: 40 },
        { rowId: idOf(40), sheet: 'แบบประเมิน ข', respondents: 3000 },
      ]);
      const ledgerCells = data[SHEET.ledger]!.values.length * LEDGER_WIDTH;
      const p = project(data);
      p.context.validateWorkbook();

      // Every unit expected; output, outcome and result left to the forms (the ledger and the survey fill them).
      const filled = p.edit(row, { ผู้รับผิดชอบ: [ALL_UNITS], ผลผลิต: [''], ผลสัมฤทธิ์: [''], ผลการดำเนินงาน: [''] });
      expect(filled.notes).toContain('ยังไม่ได้รับรายงานผล');
      // Reported: U1, U3, U5; not U7 (excluded), U9 (invalid), U11 (a stale copy): 3 of 12.
      expect(filled.notes).toContain('(๓ จาก ๑๒ หน่วยงาน)');
      for (const missing of ['กรอกผลผลิต', 'กรอกผลสัมฤทธิ์', 'กรอกผลการดำเนินงาน'])
        expect(filled.notes).not.toContain(missing);
      // The old read took the whole ledger and both survey tabs: now two columns and some lines, and one tab.
      expect(filled.read(SHEET.ledger)).toBeLessThan(ledgerCells / 2);
      expect(filled.read('แบบประเมิน ก')).toBe(41 * 2);
      expect(filled.read('แบบประเมิน ข')).toBe(0);

      // Marks follow a row by its id: an edit that changes the id starts from a row without marks (an id change
      // that also clears a mark leaves it to the next full run: a limit of the marks' identity, not of this read).
      const clean = { ผู้รับผิดชอบ: ['U1'], ผลผลิต: ['ผลผลิต'], ผลสัมฤทธิ์: ['ผลสัมฤทธิ์'], ผลการดำเนินงาน: ['ผล'] };
      expect(p.edit(row, clean).notes).toBe('');
      // The id changed to one with answers of its own (U2, and U6 for round 6), the result left to them.
      const renamed = p.edit(row, { รหัสแถว: ['NEW-1'], ผู้รับผิดชอบ: [ALL_UNITS], ผลการดำเนินงาน: [''] });
      expect(renamed.notes).toContain('(๒ จาก ๑๒ หน่วยงาน)');
      expect(renamed.notes).not.toContain('กรอกผลการดำเนินงาน');
      expect(renamed.read(SHEET.ledger)).toBeLessThan(ledgerCells / 2);
      expect(renamed.read('แบบประเมิน ก')).toBe(0);
      expect(p.edit(row, { ผู้รับผิดชอบ: ['U2'], ผลการดำเนินงาน: ['ผล'] }).notes).toBe('');
      // No id at all: only the missing id is marked (a row that does not parse gets nothing from the forms).
      const emptied = p.edit(row, { รหัสแถว: [''], ผู้รับผิดชอบ: [ALL_UNITS], ผลการดำเนินงาน: [''] });
      expect(emptied.notes).toContain('กรอกรหัสแถว');
      expect(emptied.notes).not.toContain('ยังไม่ได้รับรายงานผล');
      // Another row takes row 20's id (the later of the two is flagged) and every unit: row 20's answers count.
      const other = row > 30 ? row - 5 : row + 5;
      const doubled = p.edit(other, { รหัสแถว: [idOf(20)], ผู้รับผิดชอบ: [ALL_UNITS] });
      expect(doubled.notes).toContain('ยังไม่ได้รับรายงานผล');
      if (other > 20) expect(doubled.notes).toContain('ซ้ำกับแถวที่ 20');

      // A 30-row paste over the edited row and its neighbours (their answers among the others').
      const top = Math.max(2, Math.min(row - 10, rows + 1 - 30));
      const pasted = p.edit(top, { ผู้รับผิดชอบ: Array.from({ length: 30 }, () => ALL_UNITS) });
      expect(pasted.notes.split('ยังไม่ได้รับรายงานผล').length - 1).toBeGreaterThan(20);

      // Row 40, linked to the other survey: its tab is read now.
      const linked = p.edit(40, { ผลผลิต: [''], ผลสัมฤทธิ์: [''] });
      expect(linked.notes).not.toContain('กรอกผลสัมฤทธิ์');
      expect(linked.read('แบบประเมิน ข')).toBe(3001 * 2);
      expect(linked.read('แบบประเมิน ก')).toBe(0);
    });

  it('reads the header, two columns and the edited row’s lines of a 2,000-line ledger', () => {
    const rows = 600;
    const row = 300;
    const id = idOf(row);
    const mine = [answer(1, id, 'U1'), answer(2, id, 'U2'), answer(3, id, 'U3')];
    const others = scatteredAnswers(1997, rows, 4, 100).filter((a) => a.rowId !== id);
    const lines = [
      ...others.slice(0, 300),
      mine[0],
      ...others.slice(300, 1200),
      mine[1],
      ...others.slice(1200),
      mine[2],
    ];
    const p = project(withForms(generateWorkbook({ rows, seed: 2 }), lines));
    p.context.validateWorkbook();
    const edited = p.edit(row, { ผู้รับผิดชอบ: [ALL_UNITS], ผลการดำเนินงาน: [''] });
    expect(edited.notes).toContain('(๓ จาก ๑๒ หน่วยงาน)');
    expect(edited.notes).not.toContain('กรอกผลการดำเนินงาน');
    const whole = (lines.length + 1) * LEDGER_WIDTH;
    // The header, the key and row id columns (two reads, or one over columns 1–5 when the cost model says that is
    // cheaper) and the three answers' lines: under a third of the 36,000 cells of the whole ledger.
    const read = edited.read(SHEET.ledger);
    expect(read).toBeGreaterThanOrEqual(LEDGER_WIDTH + 2 * lines.length + 3 * LEDGER_WIDTH);
    expect(read).toBeLessThanOrEqual(LEDGER_WIDTH + 5 * lines.length + 3 * LEDGER_WIDTH);
    expect(read).toBeLessThan(whole / 3);
  });
});
