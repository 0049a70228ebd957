/**
 * Property-style: seeded sequences of staff edits (typed cells, pastes over several rows and columns, cleared
 * rows, rows sorted, the small sheets, the forms in use), each through onEdit, then the menu's validation. After
 * every edit the edited rows show what the full validation shows (colours and notes, every column), the marks
 * memory never holds a cell twice, and once every value is put back the sheets look exactly as at the start:
 * staff colours and notes back, no mark left. Through the built bundle over the fakes.
 */
import { describe, expect, it } from 'vitest';
import { SHEET } from '../src/core/layout';
import type { WorkbookData } from '../src/core/workbook';
import { sheetsOnEdit } from './fakes';
import { editMemory, everything, marksOf, memoryKeys, project, random, SHEETS, stepOf } from './tools/edit-sequence';
import { answer, scatteredAnswers, withForms } from './tools/generate-ledger';
import { generateWorkbook } from './tools/generate-workbook';

function run(seed: number, steps: number, data: WorkbookData, forms = false) {
  const { fakes, context } = project(data);
  const rnd = random(seed);
  const measures = fakes.sheet(SHEET.measures);
  const units = fakes.sheet(SHEET.units);
  // Staff's own colours and notes, some on cells the edits will mark.
  for (let i = 0; i < 25; i++) {
    const row = 2 + Math.floor(rnd() * (measures._values().length - 1));
    const column = 1 + Math.floor(rnd() * 14);
    measures._setBackground(row, column, ['#d9ead3', '#cfe2f3', '#fce5cd', '#ead1dc'][i % 4]);
    if (i % 3 === 0) measures._setNote(row, column, `บันทึกของเจ้าหน้าที่ ${i}`);
  }
  units._setBackground(3, 2, '#ead1dc');
  units._setNote(4, 1, 'ตรวจแล้ว');
  const original = Object.fromEntries(
    SHEETS.map((n) => [
      n,
      fakes
        .sheet(n)
        ._values()
        .map((l) => [...l]),
    ]),
  );
  context.validateWorkbook();
  const start = everything(fakes);
  const failures: string[] = [];
  for (let i = 0; i < steps; i++) {
    if (rnd() < 0.15) editMemory(rnd, fakes);
    const step = stepOf(rnd, fakes, forms);
    const range = step.sheet._range({
      row: step.first,
      column: step.left,
      numRows: step.last - step.first + 1,
      numColumns: step.right - step.left + 1,
    });
    const errors = fakes.recorded.console.filter((c) => c.level === 'error').length;
    fakes.run({ authMode: 'LIMITED' }, () =>
      context.onEdit(sheetsOnEdit(range as unknown as GoogleAppsScript.Spreadsheet.Range)),
    );
    const what = `step ${i} (${step.sheet.getName()} ${step.first}-${step.last} × ${step.left}-${step.right})`;
    const logged = fakes.recorded.console.filter((c) => c.level === 'error').slice(errors);
    if (logged.length > 0) failures.push(`${what}: onEdit failed: ${String(logged[0].args.join(' '))}`);
    const keys = memoryKeys(fakes);
    if (new Set(keys).size !== keys.length) failures.push(`${what}: a memory line twice after onEdit`);
    const byEdit = marksOf(step.sheet, step.first, step.last);
    context.validateWorkbook();
    const byMenu = marksOf(step.sheet, step.first, step.last);
    byMenu.bg.forEach((line, r) =>
      line.forEach((bg, c) => {
        const [eb, en, mn] = [byEdit.bg[r][c], byEdit.note[r][c], byMenu.note[r][c]];
        if (eb !== bg || en !== mn)
          failures.push(
            `${what}: row ${step.first + r} col ${c + 1}: onEdit ${eb} ${JSON.stringify(en)}, menu ${bg} ${JSON.stringify(mn)}`,
          );
      }),
    );
    if (failures.length > 0) break;
  }
  expect(failures.slice(0, 5)).toEqual([]);
  // Every value back as it was (rows typed below removed): the sheets look exactly as at the start.
  for (const name of SHEETS) {
    const sheet = fakes.sheet(name);
    const values = original[name];
    const now = sheet._values();
    const width = Math.max(values[0].length, ...now.map((l) => l.length));
    const rows = Math.max(values.length, now.length);
    sheet._setValues(
      1,
      1,
      Array.from({ length: rows }, (_, r) => Array.from({ length: width }, (_, c) => values[r]?.[c] ?? '')),
    );
  }
  context.validateWorkbook();
  const end = everything(fakes);
  const lost: string[] = [];
  SHEETS.forEach((name, i) =>
    start[i].bg.forEach((line, r) =>
      line.forEach((bg, c) => {
        const [b, n, n0] = [end[i].bg[r]?.[c], end[i].note[r]?.[c], start[i].note[r][c]];
        if (b !== bg || n !== n0)
          lost.push(`${name} ${r + 1},${c + 1}: ${bg} ${JSON.stringify(n0)} → ${b} ${JSON.stringify(n)}`);
      }),
    ),
  );
  expect(lost).toEqual([]);
  return fakes;
}

describe('onEdit over seeded sequences of edits', () => {
  for (const seed of [1, 2, 3, 4, 5, 6])
    it(`leaves every edited row as the menu's validation does, and staff formats come back (seed ${seed})`, () => {
      run(seed, 40, generateWorkbook({ rows: 60, seed }));
    });

  for (const seed of [11, 12])
    it(`with the forms in use (seed ${seed})`, () => {
      const lines = [...scatteredAnswers(300, 60, seed), answer(900, 'G-5', 'U1'), answer(901, 'G-5', 'U1')];
      run(
        seed,
        30,
        withForms(generateWorkbook({ rows: 60, seed }), lines, [{ rowId: 'G-7', sheet: 'แบบ ก', respondents: 5 }]),
        true,
      );
    });
});
