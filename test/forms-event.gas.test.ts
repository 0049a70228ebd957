/**
 * Issue 13, onFormSubmit from what the event carries (e.namedValues, e.values, e.range): the answers come
 * from the event when the form's answers are the same texts, and the ledger line is then the one the form's
 * per-question getters give; an event without them, an edited response, a number Sheets reformats take the
 * form's answers as before. The cells read stay bounded by the ledger's key column. Through the built bundle.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QUESTION } from '../src/core/forms/questions';
import { SHEET } from '../src/core/layout';
import { sheetsOnFormSubmitForLastResponse, type FormSubmitOptions } from './fakes/events';
import {
  answers,
  BUNDLE,
  eventForRow,
  exclude,
  ledger,
  L,
  responsesSheet,
  sheetNamed,
  submit,
  trigger,
  withForm,
  type FormProject,
  type Reply,
} from './tools/forms-project';

type GForm = GoogleAppsScript.Forms.Form;

const REPLIES: Reply[] = [
  { done: 'จัดประชุมคณะกรรมการ\nครั้งที่ ๑/๒๕๖๗', quantity: '2', quantityWord: 'ครั้ง' },
  { unit: 'SBK', row: '2567-05', done: '=ไม่ใช่สูตร แต่ขึ้นต้นด้วยเครื่องหมายเท่ากับ' },
  { unit: 'LAW', done: 'เผยแพร่ประกาศ', quantity: '12' },
];

/** Submits each reply and fires the trigger for its row, with the event's fields as `options` leave them. */
function submitAll(replies: readonly Reply[], options: FormSubmitOptions = {}) {
  const p = withForm();
  const calls = replies.map((reply) => {
    submit(p, reply);
    p.fakes.calls.reset();
    trigger(p, sheetsOnFormSubmitForLastResponse(p.form as unknown as GForm, options));
    return p.fakes.calls.snapshot();
  });
  return { p, calls };
}

/** Everything the ledger sheet holds: values and colours (uncounted). */
function ledgerSheet(p: FormProject) {
  const sheet = sheetNamed(p.fakes, SHEET.ledger)!;
  return { values: sheet._values(), backgrounds: sheet._read('background') };
}

/** Per-question getters: what the form path costs and the event path does without. */
const perQuestion = (c: Record<string, number>) =>
  (c['FormResponse.getResponseForItem'] ?? 0) + (c['Item.getTitle'] ?? 0);

describe.skipIf(!existsSync(BUNDLE))('onFormSubmit from the event (issue 13)', () => {
  it('answers from e.namedValues give the same ledger line and colours as the form path, without per-question getters', () => {
    const fromEvent = submitAll(REPLIES);
    const fromForm = submitAll(REPLIES, { without: ['values', 'namedValues'] });
    expect(ledger(fromEvent.p.fakes)).toHaveLength(REPLIES.length);
    expect(ledgerSheet(fromEvent.p)).toEqual(ledgerSheet(fromForm.p));
    expect(ledger(fromEvent.p.fakes).map((r) => [r[L.unit], r[L.quantity], r[L.check]])).toEqual([
      ['SNY', '2', 'ใช้ได้'],
      ['SBK', '', 'ใช้ได้'],
      ['LAW', '12', expect.any(String)],
    ]);
    for (const c of fromEvent.calls) {
      expect(perQuestion(c)).toBe(0);
      expect(c['FormResponse.getItemResponses']).toBe(1);
      expect(c['Sheet.getLastColumn'] ?? 0).toBe(0); // the header came from namedValues' keys
    }
    for (const c of fromForm.calls) expect(perQuestion(c)).toBeGreaterThan(0);
    expect(fromEvent.calls[0]['Range.getValues']).toBeLessThan(fromForm.calls[0]['Range.getValues']);
  });

  it("a reconcile after event-path submissions changes nothing: not even an excluded answer's flag", () => {
    const { p } = submitAll(REPLIES);
    exclude(p, ledger(p.fakes)[0][L.key] as string);
    const before = ledgerSheet(p);
    p.context.reconcileResponses();
    // The fingerprints are the form path's, so the reconcile sees no edit (an edit of an excluded answer is flagged).
    expect(ledgerSheet(p)).toEqual(before);
    expect(ledger(p.fakes)[0][L.reasons]).toBe('');
  });

  it('an event lacking values, namedValues or both records the same line as the full event', () => {
    const full = ledgerSheet(submitAll(REPLIES).p);
    for (const without of [['values'], ['namedValues'], ['values', 'namedValues']] as const) {
      const { p, calls } = submitAll(REPLIES, { without });
      expect(ledgerSheet(p), without.join('+')).toEqual(full);
      expect(perQuestion(calls[0])).toBeGreaterThan(0);
    }
  });

  it('a number Sheets shows otherwise (2.50 as 2.5): the form is asked per question, and the line is the form path’s', () => {
    const replies: Reply[] = [{ done: 'อบรม', quantity: '2.50', quantityWord: 'ชั่วโมง' }];
    const fromEvent = submitAll(replies);
    const fromForm = submitAll(replies, { without: ['values', 'namedValues'] });
    expect(responsesSheet(fromEvent.p)._values()[1]).toContain(2.5); // the sheet holds a number
    expect(perQuestion(fromEvent.calls[0])).toBeGreaterThan(0);
    expect(ledgerSheet(fromEvent.p)).toEqual(ledgerSheet(fromForm.p));
    const before = ledgerSheet(fromEvent.p);
    fromEvent.p.context.reconcileResponses();
    expect(ledgerSheet(fromEvent.p)).toEqual(before);
  });

  it('cells read are the ledger key column plus a constant, and the calls the same, with 20 or 400 earlier answers', () => {
    const runs = [20, 400].map((n) => {
      const p = withForm();
      for (let i = 0; i < n; i++) submit(p, { unit: 'SBK', done: `กิจกรรมที่ ${i + 1}` });
      p.context.reconcileResponses();
      submit(p, { done: 'ใหม่' });
      p.fakes.calls.reset();
      trigger(p, sheetsOnFormSubmitForLastResponse(p.form as unknown as GForm));
      expect(ledger(p.fakes)).toHaveLength(n + 1);
      expect(ledger(p.fakes).at(-1)![L.done]).toBe('ใหม่');
      return {
        n,
        calls: p.fakes.calls.snapshot(),
        read: p.fakes.calls.cells.read,
        written: p.fakes.calls.cells.written,
      };
    });
    expect(runs[1].calls).toEqual(runs[0].calls);
    // One key a line; the rest (the row, the ledger header, config, units, measures) does not grow.
    expect(runs[1].read - runs[0].read).toBe(380);
    expect(runs[0].read).toBeLessThan(20 + 600);
    expect(runs[0].written).toBe(3 * Object.keys(L).length); // one line: number format, values, colours
    const c = runs[0].calls;
    expect(perQuestion(c)).toBe(0);
    // e.range's row, the ledger's header and key column, config, units, measures.
    expect(c['Range.getValues']).toBe(6);
    expect(Object.values(c).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(46);
  });

  it('the same event delivered twice: one line; the second run writes nothing and reads no workbook sheet', () => {
    const p = withForm();
    submit(p);
    const event = sheetsOnFormSubmitForLastResponse(p.form as unknown as GForm);
    trigger(p, event);
    p.fakes.calls.reset();
    trigger(p, event);
    expect(ledger(p.fakes)).toHaveLength(1);
    expect(p.fakes.calls.cells.written).toBe(0);
    expect(p.fakes.calls.count('Sheet.getDataRange')).toBe(0);
  });

  it('an edited response (its event blank for the answers not changed) rewrites its one line, in place', () => {
    const p = withForm();
    const [a] = ['คำตอบ-ก', 'คำตอบ-ข', 'คำตอบ-ค'].map((done) => {
      const response = submit(p, { done });
      trigger(p, sheetsOnFormSubmitForLastResponse(p.form as unknown as GForm));
      return response;
    });
    exclude(p, a.getId());
    const before = ledger(p.fakes)[0];
    const header = responsesSheet(p)._values()[0];
    const row = p.form._editResponse(a, { [QUESTION.done]: 'คำตอบ-ก แก้ไขแล้ว' })!;
    p.fakes.calls.reset();
    trigger(p, eventForRow(p, row, [1, header.indexOf(QUESTION.done) + 1]));
    expect(ledger(p.fakes).map((r) => [r[L.key] === a.getId(), r[L.done], r[L.exclude]])).toEqual([
      [true, 'คำตอบ-ก แก้ไขแล้ว', 'x'],
      [false, 'คำตอบ-ข', ''],
      [false, 'คำตอบ-ค', ''],
    ]);
    // The answers not changed are the form's, not the event's blanks.
    const edited = ledger(p.fakes)[0];
    for (const column of [L.unit, L.rowId, L.round, L.dates, L.status, L.editUrl])
      expect(edited[column], column).toBe(before[column]);
    expect(edited[L.reasons]).toContain('ผู้ตอบแก้ไขคำตอบหลังจากถูกตัดออก');
    // Only its line is written, and the ledger is not read whole.
    expect(p.fakes.calls.cells.written).toBe(3 * Object.keys(L).length);
    expect(p.fakes.calls.count('Sheet.getDataRange')).toBe(3); // config, units, measures
  });

  it('a submission whose trigger never ran is caught up by the next one (the ledger holds fewer lines than the tab)', () => {
    const p = withForm();
    const missed = submit(p, { done: 'ไม่มีทริกเกอร์' });
    submit(p, { done: 'ถัดมา' });
    trigger(p, sheetsOnFormSubmitForLastResponse(p.form as unknown as GForm));
    expect(ledger(p.fakes).map((r) => r[L.done])).toEqual(expect.arrayContaining(['ไม่มีทริกเกอร์', 'ถัดมา']));
    expect(ledger(p.fakes).find((r) => r[L.done] === 'ไม่มีทริกเกอร์')![L.key]).toBe(missed.getId());
  });

  it('two responses in the same second with the same answers: both kept, each under its own id', () => {
    const p = withForm();
    const when = new Date(Date.UTC(2024, 5, 28, 3, 0, 0));
    const reply = answers(p.form, { done: 'ส่งซ้ำ' });
    const ids = [p.form._submit(reply, { timestamp: when }), p.form._submit(reply, { timestamp: when })].map((r) =>
      r.getId(),
    );
    for (const row of [2, 3]) trigger(p, eventForRow(p, row));
    expect(
      ledger(p.fakes)
        .map((r) => r[L.key])
        .sort(),
    ).toEqual([...ids].sort());
  });
});
