/**
 * Seeded staff edits for the onEdit sequence tests (test/on-edit-sequence.gas.test.ts, on-edit-twins.gas.test.ts):
 * a project over the fakes, one random edit (typed cells, pastes, cleared rows, rows sorted, the small sheets), a
 * person editing the marks sheet, and the marks and memory lines to compare.
 */
import { SHEET } from '../../src/core/layout';
import type { FakeSheet, GasFakes } from '../fakes';

const MARKS = '_ita_marks';
export const SHEETS = [SHEET.config, SHEET.units, SHEET.headings, SHEET.measures];

export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0;
    return a / 4294967296;
  };
}

export { project } from './bundle-project';

export const marksOf = (sheet: FakeSheet, first: number, last: number) => {
  const box = { row: first, column: 1, numRows: last - first + 1, numColumns: sheet._maxColumns };
  return { bg: sheet._read('background', box), note: sheet._read('note', box) };
};
export const everything = (fakes: GasFakes) =>
  SHEETS.map((name) => {
    const s = fakes.sheet(name);
    return marksOf(s, 1, s._maxRows);
  });

/** The memory's lines as (sheet, row key, header): none twice (a line lost or duplicated breaks the memory). */
export function memoryKeys(fakes: GasFakes): string[] {
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

export interface Step {
  sheet: FakeSheet;
  first: number;
  last: number;
  left: number;
  right: number;
}

export function stepOf(rnd: () => number, fakes: GasFakes, forms: boolean): Step {
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
export function editMemory(rnd: () => number, fakes: GasFakes): void {
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
