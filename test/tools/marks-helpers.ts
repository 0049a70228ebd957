/**
 * Shared by the marks tests: a seeded project over the fakes, staff formats placed by identity (row id and
 * header), and the check that a sheet looks as a person expects after any run.
 */
import { expect } from 'vitest';
import { columnNumber, createGasGlobals, loadBundle, type FakeSheet, type GasFakes } from '../fakes';
import { seedWorkbook } from './seed';

export const BUNDLE = new URL('../../dist/Code.js', import.meta.url).pathname;
export const ERROR_BG = '#f4cccc';
export const WARNING_BG = '#fff2cc';
export const MARKER = '⚠ ผลการตรวจสอบ ITA:';
export const MEASURES = 'มาตรการ';
export const MARKS = '_ita_marks';
export const DATA_SHEETS = ['ตั้งค่า', 'หน่วยงาน', 'ตัวชี้วัด', MEASURES];
export const BUSY = 'มีการตรวจสอบข้อมูลหรือบันทึกคำตอบแบบฟอร์มอยู่ในขณะนี้';
export const BAD_UNIT = 'สำนักที่ไม่มีอยู่จริง';

export function project(docs?: unknown) {
  const fakes = createGasGlobals({ docs, spreadsheet: { name: 'ITA 2567', timeZone: 'Asia/Bangkok' } });
  for (const [name, sheet] of Object.entries(seedWorkbook())) fakes.seed(name, sheet?.values ?? []);
  const context = loadBundle(BUNDLE, fakes.globals);
  return { fakes, context, measures: fakes.sheet(MEASURES) };
}

export const asSheet = (sheet: FakeSheet) => sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet;
export const col = (sheet: FakeSheet, header: string) => sheet._values()[0].indexOf(header) + 1;
/** The sheet row holding a row id: found by identity, as staff would find it. */
export const rowOf = (sheet: FakeSheet, rowId: string) => sheet._values().findIndex((r) => r[0] === rowId) + 1;

/** What staff put on cells, by identity: row id (column A) and header. */
export interface StaffFormat {
  rowId: string;
  header: string;
  bg?: string;
  note?: string;
}

export function applyStaff(sheet: FakeSheet, formats: StaffFormat[]): void {
  for (const f of formats) {
    const [r, c] = [rowOf(sheet, f.rowId), col(sheet, f.header)];
    if (f.bg) sheet._setBackground(r, c, f.bg);
    if (f.note) sheet._setNote(r, c, f.note);
  }
}

/** Cells the findings sheet names on one sheet, "row,column" → the most severe level. */
export function findingCells(fakes: GasFakes, sheet: string): Map<string, 'error' | 'warning'> {
  const out = new Map<string, 'error' | 'warning'>();
  for (const r of fakes.sheet('ผลการตรวจสอบ')._values().slice(1)) {
    if (r[1] !== sheet || !r[2] || !r[3]) continue;
    const at = `${r[2]},${columnNumber(String(r[3]))}`;
    if (out.get(at) !== 'error') out.set(at, r[0] === 'ข้อผิดพลาด' ? 'error' : 'warning');
  }
  return out;
}

/**
 * The whole sheet as a person expects it: a finding's cell shows our colour and keeps staff's note before our
 * section; every other cell shows exactly staff's colour and note (none where staff set none).
 */
export function expectAsStaffExpect(fakes: GasFakes, sheet: FakeSheet, staff: StaffFormat[] = []): void {
  const findings = findingCells(fakes, sheet.getName());
  const box = { row: 1, column: 1, numRows: sheet._maxRows, numColumns: sheet._maxColumns };
  const bgs = sheet._read('background', box);
  const notes = sheet._read('note', box);
  const ids = sheet._read('value', { ...box, numColumns: 1 }).map((r) => r[0]);
  const headers = sheet._read('value', { ...box, numRows: 1 })[0];
  const problems: string[] = [];
  bgs.forEach((line, r) =>
    line.forEach((bg, c) => {
      const own = staff.find((f) => f.rowId === ids[r] && f.header === headers[c]);
      const level = findings.get(`${r + 1},${c + 1}`);
      const note = notes[r][c];
      const staffNote = own?.note ?? '';
      if (level) {
        const want = level === 'error' ? ERROR_BG : WARNING_BG;
        const section = note.slice(note.indexOf(MARKER));
        if (
          bg !== want ||
          !note.includes(MARKER) ||
          !note.startsWith(staffNote) ||
          !section.endsWith(`(สีพื้นเดิม ${own?.bg ?? '#ffffff'})`)
        ) {
          problems.push(`${r + 1},${c + 1}: finding shown as ${bg} / ${JSON.stringify(note)}`);
        }
      } else if (bg !== (own?.bg ?? '#ffffff') || note !== staffNote) {
        problems.push(
          `${r + 1},${c + 1}: expected ${own?.bg ?? 'no fill'} / ${JSON.stringify(staffNote)}, got ${bg} / ${JSON.stringify(note)}`,
        );
      }
    }),
  );
  expect(problems).toEqual([]);
}

/** Everything a run can leave behind: backgrounds and notes of the data sheets, the findings and the memory. */
export function snapshot(fakes: GasFakes): unknown {
  const out: Record<string, unknown> = {};
  for (const name of DATA_SHEETS) {
    const s = fakes.sheet(name);
    const box = { row: 1, column: 1, numRows: s._maxRows, numColumns: s._maxColumns };
    out[name] = { bg: s._read('background', box), note: s._read('note', box) };
  }
  const findings = fakes.sheet('ผลการตรวจสอบ');
  out.findings = { values: findings._values(), frozen: findings.getFrozenRows(), width: findings.getColumnWidth(6) };
  const marks = fakes.spreadsheet._sheetNamed(MARKS);
  out.marks = marks ? { values: marks._values(), hidden: marks.isSheetHidden() } : null;
  return out;
}

export const STAFF: StaffFormat[] = [
  { rowId: '2567-02', header: 'ผู้รับผิดชอบ', bg: '#d9ead3', note: 'ตรวจทานแล้วโดยคุณสมศรี' },
  { rowId: '2567-03', header: 'ผลผลิต', bg: '#cfe2f3' },
  { rowId: '2567-05', header: 'ผู้รับผิดชอบ', bg: '#fce5cd', note: 'รอยืนยัน' },
  // Staff's own highlight in the very colour we use for warnings (Sheets' "light yellow 3").
  { rowId: '2567-07', header: 'สถานะ', bg: WARNING_BG, note: 'ติดตามด่วน' },
  { rowId: '2567-09', header: 'ผลสัมฤทธิ์', bg: '#ead1dc' },
];

export function setUnit(sheet: FakeSheet, rowId: string, value: string) {
  sheet._setValues(rowOf(sheet, rowId), col(sheet, 'ผู้รับผิดชอบ'), [[value]]);
}
export const seedUnit = (rowId: string) => seedWorkbook()[MEASURES]!.values.find((r) => r[0] === rowId)![10] as string;
