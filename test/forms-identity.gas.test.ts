/**
 * Issue 12, the forms ledger: answers are identified by their Form response (id, edit link), never by
 * a row of the responses tab. Through the built bundle over the fakes: staff delete, sort and insert
 * rows in the tab; the form is deleted; respondents edit; a reconcile is cut short after any write.
 * Each time the ledger and the generated report are compared with what a person expects.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEDGER_HEADER, SHEET } from '../src/core/layout';
import { QUESTION } from '../src/core/forms/questions';
import type { FakeSheet } from './fakes';
import {
  BUNDLE,
  eventForRow,
  ledger,
  L,
  reportRows,
  responsesSheet,
  sheetNamed,
  submit,
  submitAndFire,
  trigger,
  withForm,
  type FormProject,
} from './tools/forms-project';

const EXCLUDE_COLUMN = Object.keys(LEDGER_HEADER).indexOf('exclude') + 1;
const UNIT = '๑. สำนักนโยบายและยุทธศาสตร์';
const line = (n: string, done: string, qty: string) => `(${n}) ${done}\n(จำนวน ${qty} ครั้ง วันที่ ๒๘ มิ.ย. ๒๕๖๗)`;

/** The forms' part of row 2567-02 in the report: the unit's answers, and the total line. */
function formPart(p: FormProject): { answers: string; total: string } {
  const rows = reportRows(p).filter((r) => r.some((c) => c.includes(UNIT)));
  expect(rows).toHaveLength(1);
  const result = rows[0].find((c) => c.includes(UNIT))!;
  const total = rows[0].filter((c) => c.includes('ดำเนินการรวม'));
  expect(total).toHaveLength(1);
  return { answers: result.slice(result.indexOf(UNIT)), total: total[0].split('\n').at(-1)! };
}

/** Staff type `mark` in the "ไม่ใช้ในรายงาน" cell of the ledger line of response `id`. */
function exclude(p: FormProject, id: string, mark: unknown = 'x'): void {
  const sheet = sheetNamed(p.fakes, SHEET.ledger)!;
  const row = sheet._values().findIndex((r) => r[0] === id) + 1;
  expect(row).toBeGreaterThan(1);
  sheet._setValues(row, EXCLUDE_COLUMN, [[mark]]);
}

/** Staff sort the responses tab's answers newest first (values moved with their rows, uncounted). */
function sortNewestFirst(sheet: FakeSheet): void {
  const [, ...rows] = sheet._values();
  rows.sort((a, b) => (b[0] as Date).getTime() - (a[0] as Date).getTime());
  sheet._setRawValues(2, 1, rows);
}

const lastAlert = (p: FormProject) => p.fakes.recorded.alerts.at(-1)!.prompt;

describe.skipIf(!existsSync(BUNDLE))('the forms ledger keyed by the Form response (issue 12)', () => {
  it('rows of the responses tab deleted, sorted and inserted: reconcile and the report count each answer once', () => {
    const p = withForm();
    const ids = ['ทดสอบ-หนึ่ง', 'ทดสอบ-สอง', 'ทดสอบ-สาม'].map((done) => submitAndFire(p, { done, quantity: '1', quantityWord: 'ครั้ง' }).getId());
    const three = {
      answers: [UNIT, line('๑', 'ทดสอบ-หนึ่ง', '๑'), line('๒', 'ทดสอบ-สอง', '๑'), line('๓', 'ทดสอบ-สาม', '๑')].join('\n'),
      total: 'ดำเนินการรวม ๓ ครั้ง',
    };
    expect(formPart(p)).toEqual(three);
    const tab = responsesSheet(p);
    tab.deleteRows(3, 1); // raw row 2 of 3
    p.context.reconcileResponses();
    expect(lastAlert(p)).toContain('คำตอบ 1 รายการไม่อยู่ในชีตคำตอบแล้ว (แถวถูกลบ) — ยังใช้ตามแบบฟอร์ม');
    expect(formPart(p)).toEqual(three);
    sortNewestFirst(tab);
    tab.insertRowsAfter(1, 1); // a blank row under the header
    const raw = tab._values();
    p.context.reconcileResponses();
    expect(formPart(p)).toEqual(three);
    expect(ledger(p.fakes).map((r) => [r[L.key], r[L.row]])).toEqual([
      [ids[0], '4'],
      [ids[1], ''], // its row was deleted: still counted, from the form
      [ids[2], '3'],
    ]);
    expect(tab._values()).toEqual(raw); // the tab itself is never written
    // A new answer after all this lands once, next to the others.
    const fourth = submitAndFire(p, { done: 'ทดสอบ-สี่', quantity: '2', quantityWord: 'ครั้ง' });
    expect(ledger(p.fakes).map((r) => r[L.key])).toEqual([...ids, fourth.getId()]);
    p.context.reconcileResponses();
    expect(formPart(p)).toEqual({
      answers: [three.answers, line('๔', 'ทดสอบ-สี่', '๒')].join('\n'),
      total: 'ดำเนินการรวม ๕ ครั้ง',
    });
  });

  it("staff's x on answer B survives an earlier raw row deleted: B stays out, the total stays right", () => {
    const p = withForm();
    submitAndFire(p, { done: 'คำตอบ-ก', quantity: '2', quantityWord: 'ครั้ง' });
    const b = submitAndFire(p, { done: 'คำตอบ-ข', quantity: '4', quantityWord: 'ครั้ง' });
    exclude(p, b.getId());
    const expected = { answers: [UNIT, 'คำตอบ-ก', '(จำนวน ๒ ครั้ง วันที่ ๒๘ มิ.ย. ๒๕๖๗)'].join('\n'), total: 'ดำเนินการรวม ๒ ครั้ง' };
    expect(formPart(p)).toEqual(expected);
    responsesSheet(p).deleteRows(2, 1); // A's raw row: B moves up to row 2
    p.context.reconcileResponses();
    const rows = ledger(p.fakes);
    expect(rows.map((r) => [r[L.done], r[L.exclude]])).toEqual([
      ['คำตอบ-ก', ''],
      ['คำตอบ-ข', 'x'],
    ]);
    expect(formPart(p)).toEqual(expected);
  });

  it('the form deleted for good: reconcile reads the tab alone, says so in Thai, keeps every answer and the x', () => {
    const p = withForm();
    submitAndFire(p, { done: 'คำตอบ-ก', quantity: '2', quantityWord: 'ครั้ง' });
    const b = submitAndFire(p, { done: 'คำตอบ-ข', quantity: '4', quantityWord: 'ครั้ง' });
    exclude(p, b.getId());
    p.form._deleteForever();
    p.context.reconcileResponses();
    expect(lastAlert(p)).toContain(
      '⚠ ชีต "การตอบแบบฟอร์ม 1": เปิดแบบฟอร์มของชีตนี้ไม่ได้ (ถูกลบ หรือไม่ได้แชร์ให้ผู้ใช้นี้) — จึงใช้คำตอบจากชีตนี้อย่างเดียว',
    );
    const rows = ledger(p.fakes);
    expect(rows.map((r) => [String(r[L.key]).startsWith('content:'), r[L.done], r[L.exclude], r[L.editUrl]])).toEqual([
      [true, 'คำตอบ-ก', '', ''],
      [true, 'คำตอบ-ข', 'x', ''],
    ]);
    expect(formPart(p).total).toBe('ดำเนินการรวม ๒ ครั้ง');
    p.context.reconcileResponses();
    expect(lastAlert(p)).toContain('ไม่มีสิ่งที่ต้องเปลี่ยน');
    // Without its form the tab is all there is: a row deleted there is kept in the ledger, flagged.
    responsesSheet(p).deleteRows(2, 1);
    p.context.reconcileResponses();
    expect(lastAlert(p)).toContain('คำตอบ 1 รายการไม่พบทั้งในแบบฟอร์มและชีตคำตอบแล้ว');
    const after = ledger(p.fakes);
    expect(after.map((r) => [r[L.done], r[L.check]])).toEqual([
      ['คำตอบ-ก', 'ใช้ได้ (มีคำเตือน)'],
      ['คำตอบ-ข', 'ใช้ได้'],
    ]);
    expect(after[0][L.reasons]).toContain('ไม่พบคำตอบนี้ในแบบฟอร์มหรือชีตคำตอบแล้ว');
    expect(formPart(p).total).toBe('ดำเนินการรวม ๒ ครั้ง');
  });

  it('a respondent edits an answer: the same record, the report shows the edit', () => {
    const p = withForm();
    const a = submitAndFire(p, { done: 'ร่างแรก', quantity: '1', quantityWord: 'ครั้ง' });
    submitAndFire(p, { done: 'คำตอบ-ข', quantity: '1', quantityWord: 'ครั้ง' });
    const row = p.form._editResponse(a, { [QUESTION.done]: 'ฉบับแก้ไข', [QUESTION.quantity]: '3' })!;
    trigger(p, eventForRow(p, row, [1, 5, 7]));
    const rows = ledger(p.fakes);
    expect(rows.map((r) => [r[L.key], r[L.done], r[L.editUrl]])).toEqual([
      [a.getId(), 'ฉบับแก้ไข', a.getEditResponseUrl()],
      [expect.any(String), 'คำตอบ-ข', expect.stringContaining('edit2=')],
    ]);
    expect(formPart(p)).toEqual({
      // The report orders a unit's answers by time: the edit is the latest.
      answers: [UNIT, line('๑', 'คำตอบ-ข', '๑'), line('๒', 'ฉบับแก้ไข', '๓')].join('\n'),
      total: 'ดำเนินการรวม ๔ ครั้ง',
    });
  });

  it('a respondent edits an answer staff excluded: it stays out and is flagged for staff, also after reconcile', () => {
    const p = withForm();
    submitAndFire(p, { done: 'คำตอบ-ก', quantity: '2', quantityWord: 'ครั้ง' });
    const b = submitAndFire(p, { done: 'คำตอบ-ข', quantity: '4', quantityWord: 'ครั้ง' });
    exclude(p, b.getId(), true); // a ticked checkbox
    const row = p.form._editResponse(b, { [QUESTION.done]: 'คำตอบ-ข แก้ไขแล้ว' })!;
    trigger(p, eventForRow(p, row, [1, 5]));
    p.context.reconcileResponses();
    const [, edited] = ledger(p.fakes);
    expect(edited).toMatchObject({ [L.key]: b.getId(), [L.done]: 'คำตอบ-ข แก้ไขแล้ว', [L.exclude]: true, [L.check]: 'ใช้ได้ (มีคำเตือน)' });
    expect(edited[L.reasons]).toBe(
      'ผู้ตอบแก้ไขคำตอบหลังจากถูกตัดออก (ไม่ใช้ในรายงาน) — ตรวจสอบอีกครั้ง: ถ้าจะใช้ ให้ลบเครื่องหมายในคอลัมน์ "ไม่ใช้ในรายงาน" ถ้ายังไม่ใช้ ให้ลบข้อความนี้ออกจากช่องเหตุผล',
    );
    expect(formPart(p)).toEqual({ answers: [UNIT, 'คำตอบ-ก', '(จำนวน ๒ ครั้ง วันที่ ๒๘ มิ.ย. ๒๕๖๗)'].join('\n'), total: 'ดำเนินการรวม ๒ ครั้ง' });
    // Staff checked it: they delete the line; the next reconcile does not bring it back, the answer stays out.
    const sheet = sheetNamed(p.fakes, SHEET.ledger)!;
    sheet._setValues(3, Object.keys(LEDGER_HEADER).indexOf('reasons') + 1, [['']]);
    p.context.reconcileResponses();
    expect(ledger(p.fakes)[1]).toMatchObject({ [L.reasons]: '', [L.exclude]: true, [L.check]: 'ใช้ได้' });
  });

  it('a reconcile cut short after any write, then run again: no answer lost or doubled, nothing stale', () => {
    /** A ledger as an older version left it: keys by row, a stale doubled line, B excluded; then A's raw row deleted. */
    const setUp = () => {
      const p = withForm();
      const ids = ['คำตอบ-ก', 'คำตอบ-ข', 'คำตอบ-ค'].map((done, i) => submitAndFire(p, { done, quantity: String(i + 1), quantityWord: 'ครั้ง' }).getId());
      exclude(p, ids[1]);
      const sheet = sheetNamed(p.fakes, SHEET.ledger)!;
      const id = responsesSheet(p).getSheetId();
      const values = sheet._values();
      values.slice(1).forEach((_, i) => sheet._setValues(i + 2, 1, [[`${id}:${i + 2}`]]));
      sheet._setValues(5, 1, [[`${id}:5`, ...values[3].slice(1)]]); // C twice
      responsesSheet(p).deleteRows(2, 1);
      return { p, ids };
    };
    const expected = {
      answers: [UNIT, line('๑', 'คำตอบ-ก', '๑'), line('๒', 'คำตอบ-ค', '๓')].join('\n'),
      total: 'ดำเนินการรวม ๔ ครั้ง',
    };
    const WRITE = /\.(set|insert|clear|delete|append|protect|remove|copy|create)[A-Z]?/;
    let completed = false;
    let cuts = 0;
    for (let k = 0; !completed && k < 40; k++) {
      const { p, ids } = setUp();
      const before = sheetNamed(p.fakes, SHEET.ledger)!._values();
      let writes = 0;
      const record = p.fakes.calls.record.bind(p.fakes.calls);
      p.fakes.calls.record = (name: string) => {
        if (WRITE.test(name) && ++writes > k) throw new Error(`fault: stopped after write ${k}`);
        record(name);
      };
      try {
        p.context.reconcileResponses();
        completed = true; // fewer than k+1 writes: every cut point has been tried
      } catch (error) {
        expect(String(error)).toContain('fault: stopped');
        cuts++;
      }
      p.fakes.calls.record = record;
      // Cut short, the ledger is the old one or the new one, never a mix.
      const cut = ledger(p.fakes).map((r) => r[L.key]);
      const old = before.slice(1).map((r) => r[0]);
      if (JSON.stringify(cut) !== JSON.stringify(old)) {
        expect(cut, `cut after write ${k}`).toEqual(ids);
        expect(formPart(p), `the report right after the cut at write ${k}`).toEqual(expected);
      }
      p.context.reconcileResponses();
      const rows = ledger(p.fakes);
      expect(rows.map((r) => [r[L.key], r[L.done], r[L.exclude]]), `cut after write ${k}`).toEqual([
        [ids[0], 'คำตอบ-ก', ''],
        [ids[1], 'คำตอบ-ข', 'x'],
        [ids[2], 'คำตอบ-ค', ''],
      ]);
      // Nothing stale below the records: no text, no colour.
      const sheet = sheetNamed(p.fakes, SHEET.ledger)!;
      const below = { row: 5, numRows: sheet.getMaxRows() - 4, column: 1, numColumns: Object.keys(LEDGER_HEADER).length };
      expect(new Set(sheet._read('value', below).flat())).toEqual(new Set(['']));
      expect(new Set(sheet._read('background', below).flat()), `colours below, cut after write ${k}`).toEqual(new Set(['#ffffff']));
      expect(formPart(p)).toEqual(expected);
    }
    expect(completed).toBe(true);
    expect(cuts).toBeGreaterThanOrEqual(3); // setNumberFormat, setValues, setBackgrounds at least
  });

  it('the form unreachable when an answer arrives: kept by its content, the next reconcile gives it its id, never twice', () => {
    const p = withForm();
    submitAndFire(p, { done: 'คำตอบ-ก', quantity: '1', quantityWord: 'ครั้ง' });
    const forms = p.fakes.workspace.forms;
    const b = submit(p, { done: 'คำตอบ-ข', quantity: '2', quantityWord: 'ครั้ง' });
    forms.delete(p.form.getId()); // FormApp cannot open it for a moment
    trigger(p, eventForRow(p, 3));
    forms.set(p.form.getId(), p.form);
    expect(ledger(p.fakes).map((r) => [String(r[L.key]).replace(/^content:.*/, 'content'), r[L.done]])).toEqual([
      [expect.stringMatching(/^fake-response-/), 'คำตอบ-ก'],
      ['content', 'คำตอบ-ข'],
    ]);
    expect(p.fakes.recorded.console.some((c) => c.level === 'warn' && String(c.args[0]).includes('kept by its content'))).toBe(true);
    trigger(p, eventForRow(p, 3)); // delivered again: already there, nothing added
    expect(ledger(p.fakes)).toHaveLength(2);
    exclude(p, String(ledger(p.fakes)[1][L.key]));
    p.context.reconcileResponses();
    expect(ledger(p.fakes).map((r) => [r[L.key], r[L.done], r[L.exclude]])).toEqual([
      [expect.stringMatching(/^fake-response-/), 'คำตอบ-ก', ''],
      [b.getId(), 'คำตอบ-ข', 'x'],
    ]);
    expect(formPart(p).total).toBe('ดำเนินการรวม ๑ ครั้ง');
  });

  it('a submission cut short after any write, then the next submission: every answer once', () => {
    let completed = false;
    let cuts = 0;
    const WRITE = /\.(set|insert|clear|delete|append|protect|remove|copy|create)[A-Z]?/;
    for (let k = 0; !completed && k < 40; k++) {
      const p = withForm();
      const a = submitAndFire(p, { done: 'คำตอบ-ก', quantity: '1', quantityWord: 'ครั้ง' });
      const b = submit(p, { done: 'คำตอบ-ข', quantity: '2', quantityWord: 'ครั้ง' });
      let writes = 0;
      const record = p.fakes.calls.record.bind(p.fakes.calls);
      p.fakes.calls.record = (name: string) => {
        if (WRITE.test(name) && ++writes > k) throw new Error(`fault: stopped after write ${k}`);
        record(name);
      };
      try {
        trigger(p, eventForRow(p, 3));
        completed = true;
      } catch (error) {
        expect(String(error)).toContain('fault: stopped');
        cuts++;
      }
      p.fakes.calls.record = record;
      const c = submitAndFire(p, { done: 'คำตอบ-ค', quantity: '4', quantityWord: 'ครั้ง' });
      // B is recorded by its own run or caught up by C's: once, in either order.
      expect(ledger(p.fakes).map((r) => String(r[L.key])).sort(), `cut after write ${k}`).toEqual([a.getId(), b.getId(), c.getId()].sort());
      expect(formPart(p).total).toBe('ดำเนินการรวม ๗ ครั้ง');
    }
    expect(completed).toBe(true);
    expect(cuts).toBeGreaterThanOrEqual(3);
  });
});
