/**
 * Staff tick "ไม่ใช้ในรายงาน" (or clear it) while a reconcile reads the forms — minutes at thousands of responses, and
 * the sheet stays open to them meanwhile: the reconcile writes the lines it changed (or the whole ledger) from what
 * it read before, and must not write the old mark over the one typed since. Through the built bundle over the fakes.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QUESTION } from '../src/core/forms/questions';
import { BUNDLE, exclude, ledger, L, submitAndFire, withForm, type FormProject } from './tools/forms-project';

/** Runs `staff` once, as the reconcile reads the form's responses (it has read the ledger and the tab). */
function reconcileWhileStaffType(p: FormProject, staff: () => void): void {
  let typed = false;
  p.fakes.calls.beforeCall = (name) => {
    if (typed || name !== 'Form.getResponses') return;
    typed = true;
    p.fakes.calls.beforeCall = undefined;
    staff();
  };
  try {
    p.context.reconcileResponses();
  } finally {
    p.fakes.calls.beforeCall = undefined;
  }
  expect(typed).toBe(true);
}

const marks = (p: FormProject) => ledger(p.fakes).map((r) => [r[L.done], r[L.quantity], r[L.exclude]]);

describe.skipIf(!existsSync(BUNDLE))("staff's mark typed while a reconcile runs", () => {
  for (const whole of [false, true])
    it(`is kept on the lines it writes (${whole ? 'the ledger rewritten whole' : 'only the changed line written'})`, () => {
      const p = withForm();
      const a = submitAndFire(p, { done: 'คำตอบ-ก', quantity: '1', quantityWord: 'ครั้ง' });
      const b = submitAndFire(p, { done: 'คำตอบ-ข', quantity: '2', quantityWord: 'ครั้ง' });
      exclude(p, b.getId()); // an earlier mark, cleared by staff during the run
      // A edited, its trigger never ran: the reconcile writes A's line.
      p.form._editResponse(a, { [QUESTION.quantity]: '7' }, { timestamp: new Date(Date.UTC(2024, 5, 28, 4)) });
      if (whole) {
        // C kept by its content (the form could not be opened for a moment): the reconcile gives its line its
        // response id, a key changed in place, so it rewrites the ledger whole.
        const forms = p.fakes.workspace.forms;
        forms.delete(p.form.getId());
        submitAndFire(p, { done: 'คำตอบ-ค', quantity: '3', quantityWord: 'ครั้ง' });
        forms.set(p.form.getId(), p.form);
        expect(String(ledger(p.fakes)[2][L.key])).toMatch(/^content:/);
      }
      reconcileWhileStaffType(p, () => {
        exclude(p, a.getId());
        exclude(p, b.getId(), '');
      });
      expect(marks(p).slice(0, 2)).toEqual([
        ['คำตอบ-ก', '7', 'x'],
        ['คำตอบ-ข', '2', ''],
      ]);
    });
});
