/**
 * generateReport catches up answers a missed trigger left in the responses tab, under the document lock, after its
 * validation has let the lock go. When another run (a submission being recorded, someone's validation) takes the
 * lock in between, the catch-up is skipped: the report used to be made without those answers and say nothing
 * ("สำเร็จ" in the history). It now says so, in the dialog and the history, and what to do.
 */
import { describe, expect, it } from 'vitest';
import { SHEET } from '../src/core/layout';
import { submit, withForm } from './tools/forms-project';

describe('the report when its forms catch-up cannot have the lock', () => {
  it('says the waiting answers were not read, in the dialog and the history', () => {
    const p = withForm();
    submit(p, { done: 'คำตอบที่ทริกเกอร์พลาด' }); // its trigger never ran
    let n = 0;
    p.fakes.calls.beforeCall = (name) => {
      // The second getDocumentLock of the run is the catch-up's: another execution holds the lock by then.
      if (name === 'LockService.getDocumentLock' && ++n === 2) p.fakes.services.LockService._holdByOther('document');
    };
    p.context.generateReport();
    p.fakes.calls.beforeCall = undefined;
    expect(n).toBe(2);
    const said = p.fakes.recorded.dialogs.at(-1)!.html;
    expect(said).toContain('ยังไม่ได้ดึงคำตอบแบบฟอร์ม');
    expect(said).toContain('สร้างรายงานอีกครั้ง');
    const history = p.fakes.spreadsheet._sheetNamed(SHEET.history)!._values().at(-1)!.map(String);
    expect(history.join(' ')).toContain('ยังไม่ได้ดึงคำตอบแบบฟอร์ม');

    // Run again with the lock free: the answer is caught up and in the report, and nothing is said.
    p.fakes.services.LockService._holdByOther('document', false);
    p.context.generateReport();
    const doc = [...p.docs.docs.values()].at(-1)!;
    expect(
      doc
        .tables()[0]
        .cells.flat()
        .some((c) => c.text.includes('คำตอบที่ทริกเกอร์พลาด')),
    ).toBe(true);
    expect(p.fakes.recorded.dialogs.at(-1)!.html).not.toContain('ยังไม่ได้ดึงคำตอบแบบฟอร์ม');
  });
});
