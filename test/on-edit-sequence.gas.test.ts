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
import { createGasGlobals, loadBundle, sheetsOnEdit, type FakeSheet, type GasFakes } from './fakes';
import { answer, scatteredAnswers, withForms } from './tools/generate-ledger';
import { generateWorkbook } from './tools/generate-workbook';

const BUNDLE = new URL('../dist/Code.js', import.meta.url).pathname;
const MARKS = '_ita_marks';
const SHEETS = [SHEET.config, SHEET.units, SHEET.headings, SHEET.measures];

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0;
    return a / 4294967296;
  };
}

function project(data: WorkbookData) {
  const fakes = createGasGlobals({ spreadsheet: { name: 'ITA', timeZone: 'Asia/Bangkok' } });
  for (const [name, sheet] of Object.entries(data)) fakes.seed(name, sheet?.values ?? []);
  return { fakes, context: loadBundle(BUNDLE, fakes.globals) };
}

const marksOf = (sheet: FakeSheet, first: number, last: number) => {
  const box = { row: first, column: 1, numRows: last - first + 1, numColumns: sheet._maxColumns };
  return { bg: sheet._read('background', box), note: sheet._read('note', box) };
};
const everything = (fakes: GasFakes) =>
  SHEETS.map((name) => {
    const s = fakes.sheet(name);
    return marksOf(s, 1, s._maxRows);
  });

/** The memory's lines as (sheet, row key, header): none twice (a line lost or duplicated breaks the memory). */
function memoryKeys(fakes: GasFakes): string[] {
  const sheet = fakes.spreadsheet._sheetNamed(MARKS);
  if (!sheet) return [];
  return sheet
    ._values()
    .slice(1)
    .filter((l) => String(l[0] ?? '') !== '')
    .map((l) => `${l[0]}|${l[1]}|${l[2]}`);
}

/** Bad or odd values per measures header, each making or clearing a finding. */
const ODD: Record<string, unknown[]> = {
  รหัสแถว: ['', 'G-3', 'G-1', 'NEW-X'],
  ตัวชี้วัด: ['H9', 'H1', 'H3', ''],
  ประเด็นที่: [1, 2, 99, '', 'x'],
  ผู้รับผิดชอบ: ['หน่วยที่ไม่มี', 'U1+U2', 'ทุกสำนัก/หน่วย', '', 'U2 + ไม่มี'],
  ผลผลิต: ['', 'ทำแล้ว'],
  ผลการดำเนินงาน: ['', 'ลิงก์ https://example.go.th/x'],
  วันที่ดำเนินการ: ['ไม่ทราบ', '', '2024-13-40'],
  ลิงก์หลักฐาน: ['ไม่ใช่ลิงก์', ''],
  มาตรการที่: ['', '1.1', 'abc'],
};

interface Step {
  sheet: FakeSheet;
  first: number;
  last: number;
  left: number;
  right: number;
}

function stepOf(rnd: () => number, fakes: GasFakes, forms: boolean): Step {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const measures = fakes.sheet(SHEET.measures);
  const roll = rnd();
  if (roll < 0.12) {
    const units = fakes.sheet(SHEET.units);
    const row = 2 + Math.floor(rnd() * (units._values().length - 1));
    const column = 1 + Math.floor(rnd() * 2);
    const value = column === 1 ? pick(['U1', 'U5', '', 'U99']) : pick(['', 'สำนัก\u200bใหม่', 'สำนักที่ 1']);
    units._setValues(row, column, [[value]]);
    return { sheet: units, first: row, last: row, left: column, right: column };
  }
  if (roll < 0.2) {
    const headings = fakes.sheet(SHEET.headings);
    const row = 2 + Math.floor(rnd() * 3);
    const column = 1 + Math.floor(rnd() * 3);
    headings._setValues(row, column, [[pick(['', 'XYZ', 'OIT', 'H2'])]]);
    return { sheet: headings, first: row, last: row, left: column, right: column };
  }
  if (roll < 0.27) {
    const config = fakes.sheet(SHEET.config);
    const row = 2 + Math.floor(rnd() * 8);
    if (rnd() < 0.3) {
      // A label retyped: blank, another row's (a label used twice), a new row's.
      config._setValues(row, 1, [[pick(['', 'ปีงบประมาณ (พ.ศ.)', 'รอบรายงาน', 'เตือนอัตโนมัติทุกสัปดาห์'])]]);
      return { sheet: config, first: row, last: row, left: 1, right: 1 };
    }
    config._setValues(row, 2, [[pick(['', 'ปีหน้า', 6, 'อารบิก', 'https://example.go.th/folder', 'บางที'])]]);
    return { sheet: config, first: row, last: row, left: 2, right: 2 };
  }
  const header = measures._values()[0] as string[];
  const height = measures._values().length;
  const width = header.length;
  const at = () => 2 + Math.floor(rnd() * (height - 1));
  const kind = rnd();
  if (kind < 0.45) {
    // One typed cell.
    const h = pick(Object.keys(ODD));
    const column = header.indexOf(h) + 1;
    const row = at();
    measures._setValues(row, column, [[pick(ODD[h])]]);
    return { sheet: measures, first: row, last: row, left: column, right: column };
  }
  if (kind < 0.65) {
    // A paste (values only) of another block over k rows × m columns.
    const rows = 1 + Math.floor(rnd() * 6);
    const left = 1 + Math.floor(rnd() * width);
    const right = Math.min(width, left + Math.floor(rnd() * width));
    const from = at();
    const to = Math.min(at(), height - rows + 1);
    const block = measures
      ._values()
      .slice(from - 1, from - 1 + rows)
      .map((l) => l.slice(left - 1, right));
    while (block.length < rows) block.push(block[0].map(() => ''));
    measures._setValues(to, left, block);
    return { sheet: measures, first: to, last: to + rows - 1, left, right };
  }
  if (kind < 0.75) {
    // A row cleared (Delete over the whole row).
    const row = at();
    measures._setValues(row, 1, [header.map(() => '')]);
    return { sheet: measures, first: row, last: row, left: 1, right: width };
  }
  if (kind < 0.87) {
    // Rows sorted (here reversed) with their values only: their ids move, the formats stay.
    const rows = 2 + Math.floor(rnd() * 5);
    const first = Math.min(at(), height - rows + 1);
    const block = measures
      ._values()
      .slice(first - 1, first - 1 + rows)
      .reverse();
    measures._setValues(first, 1, block);
    return { sheet: measures, first, last: first + rows - 1, left: 1, right: width };
  }
  if (forms && kind < 0.93) {
    // A row's units widened to every unit (the ledger then says who has not reported).
    const row = at();
    const column = header.indexOf('ผู้รับผิดชอบ') + 1;
    measures._setValues(row, column, [['ทุกสำนัก/หน่วย']]);
    return { sheet: measures, first: row, last: row, left: column, right: column };
  }
  // A row typed below the last one (a new row), partly filled.
  const row = height + 1;
  const line = (measures._values()[at() - 1] as unknown[]).map((v, c) =>
    c === 0 ? `NEW-${row}` : rnd() < 0.3 ? '' : v,
  );
  measures._setValues(row, 1, [line]);
  return { sheet: measures, first: row, last: row, left: 1, right: width };
}

/** A person edits the hidden marks sheet: a line cleared, a line deleted, two lines swapped, a cell retyped. */
function editMemory(rnd: () => number, fakes: GasFakes): void {
  const sheet = fakes.spreadsheet._sheetNamed(MARKS);
  const lines = sheet ? sheet.getLastRow() - 1 : 0;
  if (!sheet || lines < 2) return;
  const at = () => 2 + Math.floor(rnd() * lines);
  const kind = rnd();
  if (kind < 0.35) sheet._setValues(at(), 1, [['', '', '', '', '']]);
  else if (kind < 0.6) sheet.deleteRow(at());
  else if (kind < 0.85) {
    const [a, b] = [at(), at()];
    const values = sheet._values();
    sheet._setValues(a, 1, [values[b - 1]]);
    sheet._setValues(b, 1, [values[a - 1]]);
  } else sheet._setValues(at(), 4, [['แดง']]);
}

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

/**
 * Edits one after another through onEdit alone (no validation between them) in one project, and each followed
 * by the menu's validation in a twin: after every edit the edited rows look the same in both, and once the first
 * project is validated too, every sheet and the memory's lines are the same.
 */
function runTwins(seed: number, steps: number, data: WorkbookData) {
  const a = project(data);
  const b = project(data);
  const rnd = random(seed);
  for (const p of [a, b]) {
    const measures = p.fakes.sheet(SHEET.measures);
    const staff = random(seed + 100);
    for (let i = 0; i < 20; i++)
      measures._setBackground(2 + Math.floor(staff() * 59), 1 + Math.floor(staff() * 14), '#d9ead3');
    p.context.validateWorkbook();
  }
  const failures: string[] = [];
  for (let i = 0; i < steps && failures.length === 0; i++) {
    const step = stepOf(rnd, a.fakes, false);
    const name = step.sheet.getName();
    const twin = b.fakes.sheet(name);
    // The edited sheet's values, rows cleared at the bottom included (past the data range of the first project).
    const values = step.sheet._values();
    const width = Math.max(...values.map((l) => l.length), ...twin._values().map((l) => l.length));
    const rows = Math.max(values.length, twin._values().length);
    twin._setValues(
      1,
      1,
      Array.from({ length: rows }, (_, r) => Array.from({ length: width }, (_, c) => values[r]?.[c] ?? '')),
    );
    const box = {
      row: step.first,
      column: step.left,
      numRows: step.last - step.first + 1,
      numColumns: step.right - step.left + 1,
    };
    for (const [p, sheet] of [
      [a, step.sheet],
      [b, twin],
    ] as const)
      p.fakes.run({ authMode: 'LIMITED' }, () =>
        p.context.onEdit(sheetsOnEdit(sheet._range(box) as unknown as GoogleAppsScript.Spreadsheet.Range)),
      );
    b.context.validateWorkbook();
    const [left, right] = [marksOf(step.sheet, step.first, step.last), marksOf(twin, step.first, step.last)];
    if (JSON.stringify(left) !== JSON.stringify(right))
      failures.push(
        `step ${i} (${name} ${step.first}-${step.last}): onEdit alone ${JSON.stringify(left)} twin ${JSON.stringify(right)}`,
      );
    const keys = memoryKeys(a.fakes);
    if (new Set(keys).size !== keys.length) failures.push(`step ${i}: a memory line twice after onEdit`);
  }
  expect(failures.map((f) => f.slice(0, 1500))).toEqual([]);
  a.context.validateWorkbook();
  expect(everything(a.fakes)).toEqual(everything(b.fakes));
  expect(memoryKeys(a.fakes).sort()).toEqual(memoryKeys(b.fakes).sort());
}

describe('onEdit over seeded sequences of edits', () => {
  for (const seed of [21, 22, 23])
    it(`onEdit after onEdit leaves what the menu's validation after each would (seed ${seed})`, () => {
      runTwins(seed, 30, generateWorkbook({ rows: 60, seed }));
    });

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
