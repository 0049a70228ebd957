/**
 * An answer kept by its content (the form could not be opened when it arrived), then edited by its respondent
 * before any reconcile: the edit's response replaces that line (the form has only the edited version, so the
 * content line's answer is found nowhere) instead of counting beside it. Found by a probe of #13's flows.
 * Through the built bundle over the fakes.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QUESTION } from '../src/core/forms/questions';
import {
  BUNDLE,
  eventForRow,
  exclude,
  formPart,
  ledger,
  L,
  responsesSheet,
  submit,
  submitAndFire,
  trigger,
  withForm,
} from './tools/forms-project';

/** A (1) recorded; B (2) kept by its content, maybe excluded by staff; then B edited to 5 (its trigger fired or not). */
function editedAfterKeptByContent(fired: boolean, excluded = false) {
  const p = withForm();
  submitAndFire(p, { done: 'คำตอบ-ก', quantity: '1', quantityWord: 'ครั้ง' });
  const b = submit(p, { done: 'คำตอบ-ข', quantity: '2', quantityWord: 'ครั้ง' });
  const forms = p.fakes.workspace.forms;
  forms.delete(p.form.getId()); // FormApp cannot open it for a moment
  trigger(p, eventForRow(p, 3));
  forms.set(p.form.getId(), p.form);
  expect(String(ledger(p.fakes)[1][L.key])).toMatch(/^content:/);
  if (excluded) exclude(p, String(ledger(p.fakes)[1][L.key]));
  const header = responsesSheet(p)._values()[0];
  const row = p.form._editResponse(b, { [QUESTION.quantity]: '5' }, { timestamp: new Date(Date.UTC(2024, 5, 28, 4)) })!;
  if (fired) trigger(p, eventForRow(p, row, [1, header.indexOf(QUESTION.quantity) + 1]));
  return { p, b: b.getId() };
}

/** Generates the report (its catch-up first). */
const reportTotal = (p: ReturnType<typeof editedAfterKeptByContent>['p']) => formPart(p).total;

const lines = (p: ReturnType<typeof editedAfterKeptByContent>['p']) =>
  ledger(p.fakes).map((r) => [String(r[L.key]).replace(/^content:.*/, 'content'), r[L.quantity], r[L.exclude]]);

describe.skipIf(!existsSync(BUNDLE))('an answer kept by its content, then edited', () => {
  for (const fired of [true, false])
    it(`counts once, in the report and after a reconcile (the edit's trigger ${fired ? 'ran' : 'never ran'})`, () => {
      const { p, b } = editedAfterKeptByContent(fired);
      expect(formPart(p).total).toBe('ดำเนินการรวม ๖ ครั้ง'); // 1 + 5: the report's catch-up
      p.context.reconcileResponses();
      expect(lines(p).slice(1)).toEqual([[b, '5', '']]);
      const before = JSON.stringify(ledger(p.fakes));
      p.context.reconcileResponses();
      expect(JSON.stringify(ledger(p.fakes))).toBe(before);
    });

  it('excluded by staff while kept by its content: the edited answer stays out, flagged for staff', () => {
    const { p, b } = editedAfterKeptByContent(true, true);
    p.context.reconcileResponses();
    expect(lines(p).slice(1)).toEqual([[b, '5', 'x']]);
    expect(ledger(p.fakes)[1][L.reasons]).toContain('ผู้ตอบแก้ไขคำตอบหลังจากถูกตัดออก');
    expect(formPart(p).total).toBe('ดำเนินการรวม ๑ ครั้ง');
  });

  it('found nowhere (deleted from the form and the tab): flagged by the first catch-up, the next ones read no form', () => {
    const { p } = editedAfterKeptByContent(false);
    p.form._responses.splice(1, 1); // B deleted in the form (Form.deleteResponse) ...
    responsesSheet(p).deleteRows(3, 1); // ... and its tab row by staff
    reportTotal(p);
    expect(ledger(p.fakes)[1][L.reasons]).toContain('ไม่พบคำตอบนี้ในแบบฟอร์มหรือชีตคำตอบแล้ว');
    p.fakes.calls.reset();
    reportTotal(p);
    expect(p.fakes.calls.count('Form.getResponses')).toBe(0);
  });
});
