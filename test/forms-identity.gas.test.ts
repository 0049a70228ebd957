/**
 * Issue 12, the forms ledger: answers are identified by their Form response (id, edit link), never by
 * a row of the responses tab. Through the built bundle over the fakes: staff delete, sort and insert
 * rows in the tab; the form is deleted or unlinked; respondents edit (runs cut short: forms-cut-short).
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
  exclude,
  formPart,
  ledger,
  L,
  line,
  responsesSheet,
  sheetNamed,
  submit,
  submitAndFire,
  trigger,
  UNIT,
  withForm,
  type FormProject,
} from './tools/forms-project';

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
    const ids = ['ทดสอบ-หนึ่ง', 'ทดสอบ-สอง', 'ทดสอบ-สาม'].map((done) =>
      submitAndFire(p, { done, quantity: '1', quantityWord: 'ครั้ง' }).getId(),
    );
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
    const expected = {
      answers: [UNIT, 'คำตอบ-ก', '(จำนวน ๒ ครั้ง วันที่ ๒๘ มิ.ย. ๒๕๖๗)'].join('\n'),
      total: 'ดำเนินการรวม ๒ ครั้ง',
    };
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
    expect(edited).toMatchObject({
      [L.key]: b.getId(),
      [L.done]: 'คำตอบ-ข แก้ไขแล้ว',
      [L.exclude]: true,
      [L.check]: 'ใช้ได้ (มีคำเตือน)',
    });
    expect(edited[L.reasons]).toBe(
      'ผู้ตอบแก้ไขคำตอบหลังจากถูกตัดออก (ไม่ใช้ในรายงาน) — ตรวจสอบอีกครั้ง: ถ้าจะใช้ ให้ลบเครื่องหมายในคอลัมน์ "ไม่ใช้ในรายงาน" ถ้ายังไม่ใช้ ให้ลบข้อความนี้ออกจากช่องเหตุผล',
    );
    expect(formPart(p)).toEqual({
      answers: [UNIT, 'คำตอบ-ก', '(จำนวน ๒ ครั้ง วันที่ ๒๘ มิ.ย. ๒๕๖๗)'].join('\n'),
      total: 'ดำเนินการรวม ๒ ครั้ง',
    });
    // Staff checked it: they delete the line; the next reconcile does not bring it back, the answer stays out.
    const sheet = sheetNamed(p.fakes, SHEET.ledger)!;
    sheet._setValues(3, Object.keys(LEDGER_HEADER).indexOf('reasons') + 1, [['']]);
    p.context.reconcileResponses();
    expect(ledger(p.fakes)[1]).toMatchObject({ [L.reasons]: '', [L.exclude]: true, [L.check]: 'ใช้ได้' });
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
    expect(
      p.fakes.recorded.console.some((c) => c.level === 'warn' && String(c.args[0]).includes('kept by its content')),
    ).toBe(true);
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

  it('the form linked again (a new tab with every answer, the old tab unlinked): each answer once, the old tab named', () => {
    const p = withForm();
    submitAndFire(p, { done: 'คำตอบ-ก', quantity: '2', quantityWord: 'ครั้ง' });
    const b = submitAndFire(p, { done: 'คำตอบ-ข', quantity: '4', quantityWord: 'ครั้ง' });
    exclude(p, b.getId());
    p.form.setDestination(p.fakes.globals.FormApp.DestinationType.SPREADSHEET, p.fakes.spreadsheet.getId());
    expect(responsesSheet(p).getName()).toBe('การตอบแบบฟอร์ม 2');
    p.context.reconcileResponses();
    expect(lastAlert(p)).toContain('⚠ ชีต "การตอบแบบฟอร์ม 1": ไม่มีแบบฟอร์มเชื่อมกับชีตนี้แล้ว');
    expect(ledger(p.fakes).map((r) => [r[L.sheet], r[L.row], r[L.done], r[L.exclude]])).toEqual([
      ['การตอบแบบฟอร์ม 2', '2', 'คำตอบ-ก', ''],
      ['การตอบแบบฟอร์ม 2', '3', 'คำตอบ-ข', 'x'],
    ]);
    expect(formPart(p).total).toBe('ดำเนินการรวม ๒ ครั้ง');
  });

  it('a ledger written by an earlier version (keys by row): the first submission gives every answer its id, an edit is not doubled', () => {
    const p = withForm();
    const a = submitAndFire(p, { done: 'คำตอบ-ก', quantity: '2', quantityWord: 'ครั้ง' });
    const b = submitAndFire(p, { done: 'คำตอบ-ข', quantity: '4', quantityWord: 'ครั้ง' });
    exclude(p, b.getId());
    const sheet = sheetNamed(p.fakes, SHEET.ledger)!;
    const id = responsesSheet(p).getSheetId();
    sheet._setValues(2, 1, [[`${id}:2`], [`${id}:3`]]); // as the earlier version keyed them
    const row = p.form._editResponse(a, { [QUESTION.quantity]: '3' })!;
    trigger(p, eventForRow(p, row, [1, 7]));
    expect(ledger(p.fakes).map((r) => [r[L.key], r[L.quantity], r[L.exclude]])).toEqual([
      [a.getId(), '3', ''],
      [b.getId(), '4', 'x'],
    ]);
    expect(formPart(p).total).toBe('ดำเนินการรวม ๓ ครั้ง');
  });

  it('an edit that lands on a stale row (rows deleted before it): the stale copy is shown red and left out, nothing doubled', () => {
    const p = withForm();
    submitAndFire(p, { done: 'คำตอบ-ก', quantity: '1', quantityWord: 'ครั้ง' });
    submitAndFire(p, { done: 'คำตอบ-ข', quantity: '1', quantityWord: 'ครั้ง' });
    const c = submitAndFire(p, { done: 'คำตอบ-ค', quantity: '1', quantityWord: 'ครั้ง' });
    responsesSheet(p).deleteRows(2, 1);
    // The fakes' Forms writes the edit to the row the response had (4): row 3 keeps C's old copy.
    const row = p.form._editResponse(c, { [QUESTION.done]: 'คำตอบ-ค ฉบับแก้', [QUESTION.quantity]: '5' })!;
    expect(row).toBe(4);
    trigger(p, eventForRow(p, row, [1, 5, 7]));
    p.context.reconcileResponses();
    expect(lastAlert(p)).toContain(
      'แถว 1 แถวในชีตคำตอบไม่ตรงกับคำตอบใดในแบบฟอร์ม — เก็บไว้ ระบายสีแดงพร้อมเหตุผล และไม่นำเข้ารายงาน',
    );
    const rows = ledger(p.fakes);
    expect(rows.map((r) => [r[L.done], r[L.row], r[L.check]])).toEqual([
      ['คำตอบ-ก', '', 'ใช้ได้'],
      ['คำตอบ-ข', '2', 'ใช้ได้'],
      ['คำตอบ-ค ฉบับแก้', '4', 'ใช้ได้'],
      ['คำตอบ-ค', '3', 'ใช้ไม่ได้'],
    ]);
    expect(rows[3][L.reasons]).toContain('แถว 3 ของชีต "การตอบแบบฟอร์ม 1" ไม่ตรงกับคำตอบใดในแบบฟอร์ม');
    expect(formPart(p)).toEqual({
      answers: [UNIT, line('๑', 'คำตอบ-ก', '๑'), line('๒', 'คำตอบ-ข', '๑'), line('๓', 'คำตอบ-ค ฉบับแก้', '๕')].join('\n'),
      total: 'ดำเนินการรวม ๗ ครั้ง',
    });
  });

  it('an answer that lost the lock while a raw row was deleted: noted, and the next submission catches it up', () => {
    const p = withForm();
    const a = submitAndFire(p, { done: 'คำตอบ-ก' });
    const b = submitAndFire(p, { done: 'คำตอบ-ข' });
    responsesSheet(p).deleteRows(2, 1); // the tab now shows as many rows as the ledger holds
    const locks = p.fakes.services.LockService;
    locks._holdByOther('document');
    const c = submit(p, { done: 'คำตอบ-ค' });
    trigger(p, eventForRow(p, 3));
    locks._holdByOther('document', false);
    expect(ledger(p.fakes)).toHaveLength(2);
    const d = submitAndFire(p, { done: 'คำตอบ-ง' });
    expect(
      ledger(p.fakes)
        .map((r) => String(r[L.key]))
        .sort(),
    ).toEqual([a, b, c, d].map((r) => r.getId()).sort());
    expect(p.fakes.services.PropertiesService.getDocumentProperties().getProperty('ITA_FORMS_MISSED_AT')).toBeNull();
  });
});
