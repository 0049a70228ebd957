/**
 * Staff insert a column of their own inside ผลจากแบบฟอร์ม (a note per answer, between its columns): the ledger's
 * header is then not the plain block the script writes, and a submission or reconcile rewrote the ledger at its
 * own positions, over the staff's column. Now their column is moved right of the ledger, each note on its answer's
 * line, and the ledger is written as usual. Through the built bundle over the fakes.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHEET } from '../src/core/layout';
import { BUNDLE, formPart, L, ledger, sheetNamed, submitAndFire, withForm } from './tools/forms-project';

const WIDTH = Object.keys(L).length;

describe.skipIf(!existsSync(BUNDLE))("staff's own column inside the ledger", () => {
  for (const then of ['a submission', 'a reconcile'] as const)
    it(`is kept, with each note on its answer's line, by ${then}`, () => {
      const p = withForm();
      submitAndFire(p, { done: 'คำตอบ-ก', quantity: '1', quantityWord: 'ครั้ง' });
      submitAndFire(p, { done: 'คำตอบ-ข', quantity: '2', quantityWord: 'ครั้ง' });
      const sheet = sheetNamed(p.fakes, SHEET.ledger)!;
      sheet.insertColumnsAfter(4, 1); // staff: Insert column right of แถวคำตอบ... (column E)
      sheet._setValues(1, 5, [['หมายเหตุเจ้าหน้าที่'], ['โทรถามแล้ว'], ['รอเอกสาร']]);
      if (then === 'a submission') submitAndFire(p, { done: 'คำตอบ-ค', quantity: '3', quantityWord: 'ครั้ง' });
      else p.context.reconcileResponses();

      const values = sheet._values();
      expect(values[0].slice(0, WIDTH)).toEqual(Object.values(L));
      const notes = values[0].indexOf('หมายเหตุเจ้าหน้าที่');
      expect(notes).toBeGreaterThanOrEqual(WIDTH);
      const byAnswer = values.slice(1).map((r) => [r[Object.keys(L).indexOf('done')], r[notes]]);
      expect(byAnswer.slice(0, 2)).toEqual([
        ['คำตอบ-ก', 'โทรถามแล้ว'],
        ['คำตอบ-ข', 'รอเอกสาร'],
      ]);
      expect(ledger(p.fakes).filter((r) => r[L.key] !== '').length).toBe(then === 'a submission' ? 3 : 2);
      expect(formPart(p).total).toBe(then === 'a submission' ? 'ดำเนินการรวม ๖ ครั้ง' : 'ดำเนินการรวม ๓ ครั้ง');
    });

  it('two columns, one before the ledger and one inside it: both moved right of it, in their order, then left alone', () => {
    const p = withForm();
    submitAndFire(p, { done: 'คำตอบ-ก' });
    const sheet = sheetNamed(p.fakes, SHEET.ledger)!;
    sheet.insertColumnsAfter(10, 1);
    sheet._setValues(1, 11, [['ผู้ตรวจ'], ['สมชาย']]);
    sheet.insertColumnsAfter(0, 1);
    sheet._setValues(1, 1, [['ลำดับ'], ['๑']]);
    submitAndFire(p, { done: 'คำตอบ-ข' });
    const values = sheet._values();
    expect(values[0].slice(0, WIDTH)).toEqual(Object.values(L));
    expect(values.map((r) => r.slice(WIDTH, WIDTH + 2))).toEqual([
      ['ลำดับ', 'ผู้ตรวจ'],
      ['๑', 'สมชาย'],
      ['', ''],
    ]);
    p.fakes.calls.reset();
    p.context.reconcileResponses();
    expect(p.fakes.calls.count('Sheet.moveColumns')).toBe(0);
    expect(p.fakes.recorded.alerts.at(-1)?.prompt).toContain('ไม่มีสิ่งที่ต้องเปลี่ยน');
  });
});
