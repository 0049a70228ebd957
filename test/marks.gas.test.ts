/**
 * Validation marks as staff really work, through the built bundle over the fakes: rows inserted, deleted and
 * sorted under the marks, the hidden memory sheet deleted or edited, onEdit racing the menu's validation, and
 * a validation stopped after every single write. After each, the sheet must look as a person expects: every
 * finding marked on its cell, nothing else marked, and every colour and note staff set back where it belongs.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { columnNumber, createGasGlobals, editCell, loadBundle, type FakeSheet, type GasFakes } from './fakes';
import { countWrites, isWrite, Killed, killAfter } from './tools/faults';
import { seedWorkbook } from './tools/seed';

const BUNDLE = new URL('../dist/Code.js', import.meta.url).pathname;
const ERROR_BG = '#f4cccc';
const WARNING_BG = '#fff2cc';
const MARKER = '⚠ ผลการตรวจสอบ ITA:';
const MEASURES = 'มาตรการ';
const MARKS = '_ita_marks';
const DATA_SHEETS = ['ตั้งค่า', 'หน่วยงาน', 'ตัวชี้วัด', MEASURES];
const BUSY = 'มีการตรวจสอบข้อมูลหรือบันทึกคำตอบแบบฟอร์มอยู่ในขณะนี้';
const BAD_UNIT = 'สำนักที่ไม่มีอยู่จริง';

function project(docs?: unknown) {
  const fakes = createGasGlobals({ docs, spreadsheet: { name: 'ITA 2567', timeZone: 'Asia/Bangkok' } });
  for (const [name, sheet] of Object.entries(seedWorkbook())) fakes.seed(name, sheet?.values ?? []);
  const context = loadBundle(BUNDLE, fakes.globals);
  return { fakes, context, measures: fakes.sheet(MEASURES) };
}

const asSheet = (sheet: FakeSheet) => sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet;
const col = (sheet: FakeSheet, header: string) => sheet._values()[0].indexOf(header) + 1;
/** The sheet row holding a row id: found by identity, as staff would find it. */
const rowOf = (sheet: FakeSheet, rowId: string) => sheet._values().findIndex((r) => r[0] === rowId) + 1;

/** What staff put on cells, by identity: row id (column A) and header. */
interface StaffFormat {
  rowId: string;
  header: string;
  bg?: string;
  note?: string;
}

function applyStaff(sheet: FakeSheet, formats: StaffFormat[]): void {
  for (const f of formats) {
    const [r, c] = [rowOf(sheet, f.rowId), col(sheet, f.header)];
    if (f.bg) sheet._setBackground(r, c, f.bg);
    if (f.note) sheet._setNote(r, c, f.note);
  }
}

/** Cells the findings sheet names on one sheet, "row,column" → the most severe level. */
function findingCells(fakes: GasFakes, sheet: string): Map<string, 'error' | 'warning'> {
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
function expectAsStaffExpect(fakes: GasFakes, sheet: FakeSheet, staff: StaffFormat[] = []): void {
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
        if (bg !== want || !note.includes(MARKER) || !note.startsWith(staffNote) || !section.endsWith(`(สีพื้นเดิม ${own?.bg ?? '#ffffff'})`)) {
          problems.push(`${r + 1},${c + 1}: finding shown as ${bg} / ${JSON.stringify(note)}`);
        }
      } else if (bg !== (own?.bg ?? '#ffffff') || note !== staffNote) {
        problems.push(`${r + 1},${c + 1}: expected ${own?.bg ?? 'no fill'} / ${JSON.stringify(staffNote)}, got ${bg} / ${JSON.stringify(note)}`);
      }
    }),
  );
  expect(problems).toEqual([]);
}

/** Everything a run can leave behind: backgrounds and notes of the data sheets, the findings and the memory. */
function snapshot(fakes: GasFakes): unknown {
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

const STAFF: StaffFormat[] = [
  { rowId: '2567-02', header: 'ผู้รับผิดชอบ', bg: '#d9ead3', note: 'ตรวจทานแล้วโดยคุณสมศรี' },
  { rowId: '2567-03', header: 'ผลผลิต', bg: '#cfe2f3' },
  { rowId: '2567-05', header: 'ผู้รับผิดชอบ', bg: '#fce5cd', note: 'รอยืนยัน' },
  // Staff's own highlight in the very colour we use for warnings (Sheets' "light yellow 3").
  { rowId: '2567-07', header: 'สถานะ', bg: WARNING_BG, note: 'ติดตามด่วน' },
  { rowId: '2567-09', header: 'ผลสัมฤทธิ์', bg: '#ead1dc' },
];

function setUnit(sheet: FakeSheet, rowId: string, value: string) {
  sheet._setValues(rowOf(sheet, rowId), col(sheet, 'ผู้รับผิดชอบ'), [[value]]);
}
const seedUnit = (rowId: string) => seedWorkbook()[MEASURES]!.values.find((r) => r[0] === rowId)![10] as string;

describe.skipIf(!existsSync(BUNDLE))('validation marks survive what staff do (bundle + fakes)', () => {
  it('a row inserted above a marked cell: the mark moves with its row, and the fix brings staff colour and note back', () => {
    const { fakes, context, measures } = project();
    applyStaff(measures, STAFF);
    setUnit(measures, '2567-02', BAD_UNIT);
    context.validateWorkbook();
    expect(measures._cell(3, col(measures, 'ผู้รับผิดชอบ')).background).toBe(ERROR_BG);
    expectAsStaffExpect(fakes, measures, STAFF);

    measures.insertRowsBefore(3, 2); // above 2567-02
    context.validateWorkbook();
    expect(rowOf(measures, '2567-02')).toBe(5);
    expectAsStaffExpect(fakes, measures, STAFF);

    setUnit(measures, '2567-02', seedUnit('2567-02'));
    context.validateWorkbook();
    expect(measures._cell(5, col(measures, 'ผู้รับผิดชอบ'))).toMatchObject({ background: '#d9ead3', note: 'ตรวจทานแล้วโดยคุณสมศรี' });
    expectAsStaffExpect(fakes, measures, STAFF);
  });

  it('a marked row deleted: nothing is repainted on the row that moves up, and its memory is dropped', () => {
    const { fakes, context, measures } = project();
    applyStaff(measures, STAFF);
    setUnit(measures, '2567-04', BAD_UNIT);
    setUnit(measures, '2567-05', BAD_UNIT);
    context.validateWorkbook();
    expectAsStaffExpect(fakes, measures, STAFF);

    measures.deleteRow(rowOf(measures, '2567-04'));
    context.validateWorkbook();
    expectAsStaffExpect(fakes, measures, STAFF);
    const memory = fakes.sheet(MARKS)._values().map((r) => r[1]);
    expect(memory).not.toContain('2567-04');
    expect(memory).toContain('2567-05');

    setUnit(measures, '2567-05', seedUnit('2567-05'));
    context.validateWorkbook();
    expect(measures._cell(rowOf(measures, '2567-05'), col(measures, 'ผู้รับผิดชอบ'))).toMatchObject({ background: '#fce5cd', note: 'รอยืนยัน' });
    expectAsStaffExpect(fakes, measures, STAFF);
  });

  it('the measures sheet sorted, and sorted back: marks follow their rows and every staff colour is where it was', () => {
    const { fakes, context, measures } = project();
    applyStaff(measures, STAFF);
    setUnit(measures, '2567-02', BAD_UNIT);
    setUnit(measures, '2567-09', BAD_UNIT);
    context.validateWorkbook();
    const width = measures._values()[0].length;
    measures.getRange(2, 1, 18, width).sort({ column: 1, ascending: false });
    expect(rowOf(measures, '2567-18')).toBe(2);
    context.validateWorkbook(); // the order is now wrong: numbering findings appear on many rows
    expectAsStaffExpect(fakes, measures, STAFF);

    setUnit(measures, '2567-09', seedUnit('2567-09'));
    measures.getRange(2, 1, 18, width).sort(1);
    context.validateWorkbook();
    expectAsStaffExpect(fakes, measures, STAFF);
    setUnit(measures, '2567-02', seedUnit('2567-02'));
    context.validateWorkbook();
    expectAsStaffExpect(fakes, measures, STAFF);
    expect(fakes.recorded.toasts.at(-1)!.message).toMatch(/^พบข้อผิดพลาด 0 รายการ คำเตือน 5 รายการ/);
  });

  it('_ita_marks deleted: each marked cell still knows its colour from its own note', () => {
    const { fakes, context, measures } = project();
    applyStaff(measures, STAFF);
    setUnit(measures, '2567-02', BAD_UNIT);
    setUnit(measures, '2567-05', BAD_UNIT);
    context.validateWorkbook();
    fakes.spreadsheet.deleteSheet(asSheet(fakes.sheet(MARKS)));
    measures.insertRowsBefore(2, 1); // and a row inserted too
    setUnit(measures, '2567-02', seedUnit('2567-02'));
    context.validateWorkbook();
    expectAsStaffExpect(fakes, measures, STAFF);
    expect(fakes.sheet(MARKS).isSheetHidden()).toBe(true); // remade for the mark still on 2567-05
    expect(fakes.sheet(MARKS)._values().map((r) => r[1])).toContain('2567-05');
  });

  it('_ita_marks deleted and our note removed too: the cell keeps its colour rather than turning white', () => {
    const { fakes, context, measures } = project();
    applyStaff(measures, STAFF);
    setUnit(measures, '2567-02', BAD_UNIT);
    context.validateWorkbook();
    fakes.spreadsheet.deleteSheet(asSheet(fakes.sheet(MARKS)));
    const [r, c] = [rowOf(measures, '2567-02'), col(measures, 'ผู้รับผิดชอบ')];
    measures.getRange(r, c).clearNote();
    setUnit(measures, '2567-02', seedUnit('2567-02'));
    context.validateWorkbook();
    // Nothing says the colour is ours: it may be staff's own, so it is left as it is.
    expect(measures._cell(r, c)).toMatchObject({ background: ERROR_BG, note: '' });
  });

  it('_ita_marks edited: garbage rows and wrong colours are ignored, the notes\' memory wins, and the sheet is rewritten clean', () => {
    const { fakes, context, measures } = project();
    applyStaff(measures, STAFF);
    setUnit(measures, '2567-02', BAD_UNIT);
    setUnit(measures, '2567-05', BAD_UNIT);
    context.validateWorkbook();
    const marks = fakes.sheet(MARKS);
    const rows = marks._values();
    marks._setValues(2, 4, rows.slice(1).map(() => ['#ffffff'])); // every remembered colour "white"
    marks._setValues(rows.length + 1, 1, [['มาตรการ', '', 'ผลผลิต', 'แดง', 'x'], ['ไม่มีชีตนี้', '2567-01', 'ผลผลิต', '#zzzzzz', '']]);
    setUnit(measures, '2567-02', seedUnit('2567-02'));
    setUnit(measures, '2567-05', seedUnit('2567-05'));
    context.validateWorkbook();
    expectAsStaffExpect(fakes, measures, STAFF);
    // What is left is exactly the memory of the cells marked now (the seed's warnings), with their true colours.
    const findings = findingCells(fakes, MEASURES);
    const ids = measures._values().map((r) => r[0]);
    const headers = measures._values()[0];
    const expected = [...findings.keys()].map((at) => {
      const [r, c] = at.split(',').map(Number);
      const own = STAFF.find((f) => f.rowId === ids[r - 1] && f.header === headers[c - 1]);
      return [MEASURES, ids[r - 1], headers[c - 1], own?.bg ?? '#ffffff', c];
    });
    expect(marks._values().slice(1).sort()).toEqual(expected.sort());
  });

  it('our note deleted by staff: the memory sheet finds the cell by row id and header, even after a sort', () => {
    const { fakes, context, measures } = project();
    applyStaff(measures, STAFF);
    setUnit(measures, '2567-05', BAD_UNIT);
    context.validateWorkbook();
    const width = measures._values()[0].length;
    measures.getRange(2, 1, 18, width).sort({ column: 1, ascending: false });
    const [r, c] = [rowOf(measures, '2567-05'), col(measures, 'ผู้รับผิดชอบ')];
    measures.getRange(r, c).setNote('รอยืนยัน'); // staff rewrote the note, dropping our section
    setUnit(measures, '2567-05', seedUnit('2567-05'));
    measures.getRange(2, 1, 18, width).sort(1);
    context.validateWorkbook();
    expectAsStaffExpect(fakes, measures, STAFF);
  });
});

describe.skipIf(!existsSync(BUNDLE))('one lock for marks and the ledger (bundle + fakes)', () => {
  it('while another execution holds the lock: onEdit skips, validation and the report wait, then refuse in Thai and write nothing', () => {
    const { fakes, context, measures } = project({ Documents: {} });
    const locks = fakes.services.LockService;
    locks._holdByOther('document');
    fakes.calls.reset();
    const event = editCell(asSheet(measures), 3, col(measures, 'ผู้รับผิดชอบ'), BAD_UNIT);
    fakes.run({ authMode: 'LIMITED' }, () => context.onEdit(event));
    context.validateWorkbook();
    context.generateReport();
    expect(Object.keys(fakes.calls.snapshot()).filter(isWrite)).toEqual([]);
    expect(locks._state('document').waits.map((w) => [w.method, w.timeoutMs, w.acquired])).toEqual([
      ['tryLock', 2000, false],
      ['tryLock', 30000, false],
      ['tryLock', 30000, false],
    ]);
    expect(fakes.recorded.alerts.map((a) => [a.title, a.prompt.slice(0, BUSY.length)])).toEqual([
      ['ตรวจสอบข้อมูล', BUSY],
      ['ยังสร้างรายงานไม่ได้', BUSY],
    ]);

    locks._holdByOther('document', false);
    context.validateWorkbook(); // the edit that was skipped is marked by the next validation
    expect(measures._cell(3, col(measures, 'ผู้รับผิดชอบ')).background).toBe(ERROR_BG);
    expectAsStaffExpect(fakes, measures);
  });

  it('an onEdit firing in the middle of the menu validation skips; the validation finishes and a later edit marks', () => {
    const { fakes, context, measures } = project();
    const other = loadBundle(BUNDLE, fakes.globals); // a second execution: its own globals, the same spreadsheet
    const unit = col(measures, 'ผู้รับผิดชอบ');
    setUnit(measures, '2567-02', BAD_UNIT);
    let writesDuringEdit = -1;
    let fired = false;
    fakes.calls.beforeCall = (name) => {
      if (fired || !isWrite(name)) return;
      fired = true;
      fakes.calls.beforeCall = undefined;
      const before = Object.entries(fakes.calls.snapshot()).filter(([n]) => isWrite(n)).length;
      const event = editCell(asSheet(measures), 4, unit, BAD_UNIT); // typed while the validation runs
      fakes.run({ authMode: 'LIMITED' }, () => other.onEdit(event));
      writesDuringEdit = Object.entries(fakes.calls.snapshot()).filter(([n]) => isWrite(n)).length - before;
      fakes.calls.beforeCall = () => undefined;
    };
    context.validateWorkbook();
    fakes.calls.beforeCall = undefined;
    expect(fired).toBe(true);
    expect(writesDuringEdit).toBe(0);
    expect(fakes.services.LockService._state('document').waits.map((w) => w.acquired)).toEqual([true, false]);
    expect(measures._cell(3, unit).background).toBe(ERROR_BG);

    const again = editCell(asSheet(measures), 4, unit, BAD_UNIT);
    fakes.run({ authMode: 'LIMITED' }, () => other.onEdit(again));
    expect(measures._cell(4, unit).background).toBe(ERROR_BG);
  });

  it('generateReport takes the lock once per section and never asks for it twice in one execution', () => {
    let creates = 0;
    const docs = { Documents: { create: () => (creates++, { documentId: undefined }) } };
    const { fakes, context } = project(docs);
    context.generateReport();
    expect(creates).toBe(1); // got past validation and the forms' catch-up
    const waits = fakes.services.LockService._state('document').waits;
    expect(waits.length).toBe(2);
    expect(waits.every((w) => w.acquired)).toBe(true);
    expect(fakes.services.LockService._state('document').heldBy).toBeUndefined();
  });
});

describe.skipIf(!existsSync(BUNDLE))('a validation stopped after any write, then run again (bundle + fakes)', () => {
  /**
   * Staff formats, a first validation with errors, then one fixed and one new on a staff-coloured cell. Rows 11
   * and 12 share the id 2567-10 (a duplicate, itself an error): they have no identity for the memory sheet,
   * so only their notes remember their colours.
   */
  const DUPLICATE: StaffFormat = { rowId: '2567-10', header: 'ผลผลิต', bg: '#d0e0e3' };
  const ALL_STAFF = [...STAFF, DUPLICATE];
  function scenario() {
    const p = project();
    const m = p.measures;
    applyStaff(m, STAFF);
    m._setValues(12, 1, [['2567-10']]);
    for (const r of [11, 12]) m._setBackground(r, col(m, 'ผลผลิต'), DUPLICATE.bg!);
    setUnit(m, '2567-02', BAD_UNIT);
    setUnit(m, '2567-03', BAD_UNIT);
    m._setValues(12, col(m, 'ผลผลิต'), [['']]); // an empty output on the staff-coloured cell of a keyless row
    return p;
  }
  const change = (measures: FakeSheet) => {
    setUnit(measures, '2567-02', seedUnit('2567-02'));
    setUnit(measures, '2567-05', BAD_UNIT);
    measures._setValues(rowOf(measures, '2567-07'), col(measures, 'สถานะ'), [['เสร็จแล้วมั้ง']]); // a warning on staff's yellow
    measures._setValues(12, col(measures, 'ผลผลิต'), [[seedWorkbook()[MEASURES]!.values[11][7]]]);
    measures._setValues(11, col(measures, 'ผลผลิต'), [['']]);
  };

  it('the first validation ever, stopped after each of its writes: the next run leaves exactly what an unbroken run leaves', () => {
    const reference = scenario();
    const total = countWrites(reference.fakes, () => reference.context.validateWorkbook());
    const expected = snapshot(reference.fakes);
    expect(total).toBeGreaterThanOrEqual(6);
    for (let k = 0; k < total; k++) {
      const { fakes, context, measures } = scenario();
      const fault = killAfter(fakes, k);
      expect(() => context.validateWorkbook(), `k=${k}`).toThrow(Killed);
      fault.disarm();
      context.validateWorkbook();
      expect(snapshot(fakes), `stopped after write ${k}`).toEqual(expected);
      expectAsStaffExpect(fakes, measures, ALL_STAFF);
    }
  });

  it('a re-validation that un-marks, keeps and adds marks, stopped after each of its writes: the next run repairs it', () => {
    const reference = scenario();
    reference.context.validateWorkbook();
    change(reference.measures);
    const total = countWrites(reference.fakes, () => reference.context.validateWorkbook());
    const expected = snapshot(reference.fakes);
    expectAsStaffExpect(reference.fakes, reference.measures, ALL_STAFF);
    expect(total).toBeGreaterThanOrEqual(5);
    for (let k = 0; k < total; k++) {
      const { fakes, context, measures } = scenario();
      context.validateWorkbook();
      change(measures);
      const fault = killAfter(fakes, k);
      expect(() => context.validateWorkbook(), `k=${k}`).toThrow(Killed);
      fault.disarm();
      context.validateWorkbook();
      expect(snapshot(fakes), `stopped after write ${k}`).toEqual(expected);
      expectAsStaffExpect(fakes, measures, ALL_STAFF);
    }
  });

  it('an onEdit stopped after each of its writes: the next validation repairs it', () => {
    const reference = scenario();
    reference.context.validateWorkbook();
    const unit = col(reference.measures, 'ผู้รับผิดชอบ');
    const edit = (p: ReturnType<typeof scenario>) => editCell(asSheet(p.measures), rowOf(p.measures, '2567-02'), unit, seedUnit('2567-02'));
    const event = edit(reference);
    const total = countWrites(reference.fakes, () => reference.fakes.run({ authMode: 'LIMITED' }, () => reference.context.onEdit(event)));
    reference.context.validateWorkbook();
    const expected = snapshot(reference.fakes);
    expect(total).toBeGreaterThanOrEqual(3);
    for (let k = 0; k < total; k++) {
      const p = scenario();
      p.context.validateWorkbook();
      const e = edit(p);
      const fault = killAfter(p.fakes, k);
      p.fakes.run({ authMode: 'LIMITED' }, () => p.context.onEdit(e)); // onEdit logs, never throws at the user
      expect(fault.fired()).toBe(true);
      fault.disarm();
      p.context.validateWorkbook();
      expect(snapshot(p.fakes), `stopped after write ${k}`).toEqual(expected);
    }
  });
});
