/**
 * Two responses alike in time (the same second) and every answer ("twins": a double submit, two people
 * pasting the same text): each is its own submission and is recorded once, under its own id, whichever way
 * the trigger reads the row (the event's answers, or the row and the form's answers when the event lacks
 * them) and when a trigger never ran (the next submission's and the report's catch-up). Found by the seeded
 * sequences of test/forms-sequence.gas.test.ts. Through the built bundle over the fakes.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHEET } from '../src/core/layout';
import {
  answers,
  sheetNamed,
  BUNDLE,
  eventForRow,
  ledger,
  L,
  reportRows,
  trigger,
  withForm,
  type FormProject,
} from './tools/forms-project';

const WHEN = new Date(Date.UTC(2024, 5, 28, 3, 0, 0));

/**
 * Two alike responses in one second (rows 2 and 3), then a third a minute later (row 4), each followed by
 * `fire(row)` (the trigger of that row, or nothing).
 */
function twins(fire: (p: FormProject, row: number) => void, p = withForm()) {
  const first = p.form._responsesSheet()!._grid.lastRow() + 1;
  const reply = answers(p.form, { done: 'ส่งซ้ำ', quantity: '1', quantityWord: 'ครั้ง' });
  const later = answers(p.form, { unit: 'SBK', done: 'ถัดมา' });
  const ids = [reply, reply, later].map((r, i) => {
    const id = p.form._submit(r, { timestamp: new Date(WHEN.getTime() + (i === 2 ? 60_000 : 0)) }).getId();
    fire(p, first + i);
    return id;
  });
  return { p, ids };
}

/**
 * A project with one earlier answer whose tab row staff deleted: the tab never shows more answers than the
 * ledger holds, so no catch-up by count runs and each trigger alone must record its row.
 */
function withDeletedEarlier() {
  const p = withForm();
  const earlier = p.form._submit(answers(p.form, { unit: 'LAW', done: 'ก่อนหน้า' }), {
    timestamp: new Date(WHEN.getTime() - 60_000),
  });
  trigger(p, eventForRow(p, 2));
  p.form._responsesSheet()!.deleteRows(2, 1);
  return { p, earlier: earlier.getId() };
}

const keys = (p: FormProject) =>
  ledger(p.fakes)
    .map((r) => String(r[L.key]))
    .sort();

describe.skipIf(!existsSync(BUNDLE))('twin responses (the same second, the same answers)', () => {
  it('an event without namedValues (the row and the form are read): each twin under its own id, at its trigger', () => {
    // An earlier answer whose tab row staff deleted: the tab never shows more answers than the ledger, so no
    // catch-up runs; each trigger must record its own row.
    const p = withForm();
    const earlier = p.form._submit(answers(p.form, { unit: 'LAW', done: 'ก่อนหน้า' }), {
      timestamp: new Date(WHEN.getTime() - 60_000),
    });
    trigger(p, eventForRow(p, 2));
    p.form._responsesSheet()!.deleteRows(2, 1);
    const { ids } = twins((p, row) => {
      const e = eventForRow(p, row) as unknown as Record<string, unknown>;
      delete e.namedValues;
      trigger(p, e);
      expect(ledger(p.fakes)).toHaveLength(row);
    }, p);
    expect(keys(p)).toEqual([earlier.getId(), ...ids].sort());
  });

  it('a tab row staff copied: the next submission records its own answer and reads no other response', () => {
    const p = withForm();
    p.form._submit(answers(p.form, { done: 'ก' }), { timestamp: WHEN });
    trigger(p, eventForRow(p, 2));
    const tab = p.form._responsesSheet()!;
    tab._setValues(4, 1, [tab._values()[1]]); // A's row copied below, then B submitted after it
    const b = p.form._submit(answers(p.form, { unit: 'SBK', done: 'ข' }), {
      timestamp: new Date(WHEN.getTime() + 60_000),
    });
    p.fakes.calls.reset();
    trigger(p, eventForRow(p, p.form._responses.at(-1)!.row!));
    expect(ledger(p.fakes).map((r) => r[L.done])).toEqual(['ก', 'ข']);
    expect(ledger(p.fakes)[1][L.key]).toBe(b.getId());
    // One read of the form: the responses of B's last seconds; no catch-up reading every response.
    expect(p.fakes.calls.count('Form.getResponses')).toBe(1);
  });

  it("the second twin's trigger never ran (and the tab lost a row): the report catches it up and counts it", () => {
    const { p, ids } = twins((p, row) => row !== 3 && trigger(p, eventForRow(p, row)));
    p.form._responsesSheet()!.deleteRows(4, 1); // the third's row: the tab no longer shows more answers than the ledger
    const total = reportRows(p)
      .flat()
      .find((c) => c.includes('ดำเนินการรวม'));
    expect(keys(p)).toEqual([...ids].sort());
    expect(total).toContain('ดำเนินการรวม ๒ ครั้ง');
  });

  it('two different answers in one second, the second with a number the sheet shows otherwise (1.50 as 1.5): both kept', () => {
    const p = withForm();
    // An earlier answer whose tab row staff deleted: no catch-up by count, the trigger alone must find B.
    p.form._submit(answers(p.form, { unit: 'LAW' }), { timestamp: new Date(WHEN.getTime() - 60_000) });
    trigger(p, eventForRow(p, 2));
    p.form._responsesSheet()!.deleteRows(2, 1);
    const a = p.form._submit(answers(p.form, { done: 'ก' }), { timestamp: WHEN });
    trigger(p, eventForRow(p, 2));
    const b = p.form._submit(answers(p.form, { unit: 'SBK', done: 'ข', quantity: '1.50' }), { timestamp: WHEN });
    trigger(p, eventForRow(p, 3));
    const byKey = new Map(ledger(p.fakes).map((r) => [String(r[L.key]), r]));
    expect(byKey.get(a.getId())?.[L.done]).toBe('ก');
    expect(byKey.get(b.getId())?.[L.done]).toBe('ข');
    expect(byKey.get(b.getId())?.[L.quantity]).toBe('1.5');
  });

  it('a ledger with a blank row staff inserted (read whole): the second twin is added, the first is kept', () => {
    const { p, earlier } = withDeletedEarlier();
    const { ids } = twins((p, row) => {
      if (row === 3) sheetNamed(p.fakes, SHEET.ledger)!.insertRowsAfter(1, 1);
      trigger(p, eventForRow(p, row));
    }, p);
    expect(keys(p)).toEqual([earlier, ...ids].sort());
  });
});
