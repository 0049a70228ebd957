/**
 * The one lock and runs cut short, through the built bundle over the fakes: onEdit racing the menu's validation
 * (another execution holding the lock), the report never asking twice, and a validation or onEdit stopped after
 * every single write, then run again and compared with an unbroken run.
 */
import { existsSync } from 'node:fs';
import { SHEET } from '../src/core/layout';
import { describe, expect, it } from 'vitest';
import { editCell, loadBundle, type FakeSheet } from './fakes';
import { countWrites, isWrite, Killed, killAfter } from './tools/faults';
import {
  applyStaff,
  asSheet,
  BAD_UNIT,
  BUNDLE,
  BUSY,
  col,
  ERROR_BG,
  expectAsStaffExpect,
  MEASURES,
  project,
  rowOf,
  seedUnit,
  setUnit,
  snapshot,
  STAFF,
  type StaffFormat,
} from './tools/marks-helpers';
import { seedWorkbook } from './tools/seed';

describe.skipIf(!existsSync(BUNDLE))('one lock for marks and the ledger (bundle + fakes)', () => {
  it('while another execution holds the lock: onEdit skips, validation and the report wait, then refuse in Thai and write nothing', () => {
    const { fakes, context, measures } = project({ Documents: {} });
    const locks = fakes.services.LockService;
    locks._holdByOther('document');
    fakes.calls.reset();
    const event = editCell(asSheet(measures), 3, col(measures, 'ผู้รับผิดชอบ'), BAD_UNIT);
    // Every sheet as it is, but the report history (the refused run is logged there, as every run is).
    const state = () =>
      fakes.spreadsheet
        .getSheets()
        .filter((s) => s.getName() !== SHEET.history)
        .map((s) => [
          s.getName(),
          fakes.sheet(s.getName())._values(),
          fakes.sheet(s.getName())._read('background'),
          fakes.sheet(s.getName())._read('note'),
        ]);
    const before = state();
    fakes.run({ authMode: 'LIMITED' }, () => context.onEdit(event));
    context.validateWorkbook();
    context.generateReport();
    expect(state()).toEqual(before);
    const history = fakes.sheet(SHEET.history)._values();
    expect(
      history
        .slice(1)
        .map((r) => r.map(String).join(' '))
        .filter((l) => l.includes('ล้มเหลว')),
    ).toHaveLength(1);
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

  /**
   * For every k < total: a fresh scenario, `prepare`, then a validation stopped after its k-th write, then a whole
   * validation; the sheets must equal `expected` and staff's colours and notes be back.
   */
  function cutAfterEachWrite(
    total: number,
    expected: unknown,
    prepare: (p: ReturnType<typeof scenario>) => void,
  ): void {
    for (let k = 0; k < total; k++) {
      const p = scenario();
      prepare(p);
      const fault = killAfter(p.fakes, k);
      expect(() => p.context.validateWorkbook(), `k=${k}`).toThrow(Killed);
      fault.disarm();
      p.context.validateWorkbook();
      expect(snapshot(p.fakes), `stopped after write ${k}`).toEqual(expected);
      expectAsStaffExpect(p.fakes, p.measures, ALL_STAFF);
    }
  }

  it('the first validation ever, stopped after each of its writes: the next run leaves exactly what an unbroken run leaves', () => {
    const reference = scenario();
    const total = countWrites(reference.fakes, () => reference.context.validateWorkbook());
    const expected = snapshot(reference.fakes);
    expect(total).toBeGreaterThanOrEqual(6);
    cutAfterEachWrite(total, expected, () => undefined);
  });

  it('a re-validation that un-marks, keeps and adds marks, stopped after each of its writes: the next run repairs it', () => {
    const reference = scenario();
    reference.context.validateWorkbook();
    change(reference.measures);
    const total = countWrites(reference.fakes, () => reference.context.validateWorkbook());
    const expected = snapshot(reference.fakes);
    expectAsStaffExpect(reference.fakes, reference.measures, ALL_STAFF);
    expect(total).toBeGreaterThanOrEqual(5);
    cutAfterEachWrite(total, expected, (p) => {
      p.context.validateWorkbook();
      change(p.measures);
    });
  });

  it('an onEdit stopped after each of its writes: the next validation repairs it', () => {
    const reference = scenario();
    reference.context.validateWorkbook();
    const unit = col(reference.measures, 'ผู้รับผิดชอบ');
    const edit = (p: ReturnType<typeof scenario>) =>
      editCell(asSheet(p.measures), rowOf(p.measures, '2567-02'), unit, seedUnit('2567-02'));
    const event = edit(reference);
    const total = countWrites(reference.fakes, () =>
      reference.fakes.run({ authMode: 'LIMITED' }, () => reference.context.onEdit(event)),
    );
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
