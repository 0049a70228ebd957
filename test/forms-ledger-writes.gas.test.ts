/**
 * Issue 13, "writes only what changed", for the results ledger: a reconcile (or a catch-up) that finds a few
 * answers edited or missed writes those lines, not the whole ledger, and the ledger it leaves is the one a
 * rebuild from nothing gives. Cut short between its writes, each line is its old or its new version (no answer
 * on two lines), and the next run finishes it. Through the built bundle over the fakes.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QUESTION } from '../src/core/forms/questions';
import { LEDGER_HEADER, SHEET } from '../src/core/layout';
import {
  BUNDLE,
  eventForRow,
  responsesSheet,
  sheetNamed,
  submit,
  submitAndFire,
  trigger,
  withForm,
  type FormProject,
} from './tools/forms-project';
import { Killed, killAfter } from './tools/faults';

const WIDTH = Object.keys(LEDGER_HEADER).length;

/** The ledger's own columns, values and colours, every line (uncounted). */
function grid(p: FormProject): { values: unknown[][]; colours: string[][] } {
  const sheet = sheetNamed(p.fakes, SHEET.ledger)!;
  const at = { row: 1, column: 1, numRows: sheet._grid.lastRow(), numColumns: WIDTH };
  return { values: sheet._read('value', at), colours: sheet._read('background', at) as string[][] };
}

/** The same responses reconciled into a ledger made from nothing: the oracle. */
function rebuilt(p: FormProject): { values: unknown[][]; colours: string[][] } {
  const sheet = sheetNamed(p.fakes, SHEET.ledger)!;
  p.fakes.spreadsheet.deleteSheet(sheet as never);
  p.context.reconcileResponses();
  return grid(p);
}

/** A ledger of `n` answers, all recorded by their triggers. */
function withAnswers(n: number): FormProject {
  const p = withForm();
  for (let i = 0; i < n; i++) submitAndFire(p, { done: `กิจกรรมที่ ${i + 1}` });
  p.context.reconcileResponses(); // settled: nothing left to change
  return p;
}

function reconcileCounted(p: FormProject): number {
  p.fakes.calls.reset();
  p.context.reconcileResponses();
  return p.fakes.calls.cells.written;
}

describe.skipIf(!existsSync(BUNDLE))('the ledger: a reconcile writes the lines that changed (issue 13)', () => {
  it('settled, a reconcile writes nothing', () => {
    const p = withAnswers(30);
    expect(reconcileCounted(p)).toBe(0);
  });

  it('one answer edited in the form (its trigger missed): one line written, the ledger as a rebuild makes it', () => {
    const p = withAnswers(60);
    const before = grid(p);
    p.form._editResponse(p.form.getResponses()[29], { [QUESTION.done]: 'แก้ไขภายหลัง' });
    // Format, values and colours of one line: 3 × its width (the whole ledger would be 3 × 61 lines × width).
    expect(reconcileCounted(p)).toBe(3 * WIDTH);
    const after = grid(p);
    const changed = after.values.flatMap((line, r) =>
      JSON.stringify(line) === JSON.stringify(before.values[r]) ? [] : [r],
    );
    expect(changed).toEqual([30]);
    expect(after.values[30]).toContain('แก้ไขภายหลัง');
    expect(after).toEqual(rebuilt(p));
  });

  it('answers submitted while no trigger ran: only the new lines, below the others', () => {
    const p = withAnswers(40);
    const before = grid(p);
    submit(p, { done: 'ตกหล่น ๑' });
    submit(p, { done: 'ตกหล่น ๒' });
    expect(reconcileCounted(p)).toBe(2 * 3 * WIDTH);
    const after = grid(p);
    expect(after.values.slice(0, before.values.length)).toEqual(before.values);
    expect(after.values.slice(before.values.length).map((l) => l.includes('ตกหล่น ๑') || l.includes('ตกหล่น ๒'))).toEqual(
      [true, true],
    );
    expect(after).toEqual(rebuilt(p));
  });

  it('an answer edited with its trigger firing (the event, or the form when the event lacks it): its line only', () => {
    for (const changedColumns of [true, false]) {
      const p = withAnswers(40);
      const header = responsesSheet(p)._values()[0];
      const row = p.form._editResponse(p.form.getResponses()[9], { [QUESTION.done]: 'แก้ไขผ่านทริกเกอร์' })!;
      p.fakes.calls.reset();
      trigger(p, eventForRow(p, row, changedColumns ? [1, header.indexOf(QUESTION.done) + 1] : undefined));
      expect(p.fakes.calls.cells.written, `changedColumns ${changedColumns}`).toBe(3 * WIDTH);
      expect(grid(p).values[10]).toContain('แก้ไขผ่านทริกเกอร์');
      expect(grid(p)).toEqual(rebuilt(p));
    }
  });

  it('cut short after any write, then run again: every answer on one line, then the ledger a rebuild makes', () => {
    let completed = false;
    let cuts = 0;
    for (let k = 0; !completed && k < 20; k++) {
      const p = withAnswers(80);
      const responses = p.form.getResponses();
      p.form._editResponse(responses[5], { [QUESTION.done]: 'แก้ไข ก' });
      p.form._editResponse(responses[70], { [QUESTION.done]: 'แก้ไข ข' });
      const before = grid(p);
      const fault = killAfter(p.fakes, k);
      try {
        p.context.reconcileResponses();
        completed = true;
      } catch (error) {
        expect(error).toBeInstanceOf(Killed);
        cuts++;
      } finally {
        fault.disarm();
      }
      // Right after the cut: the same keys on the same lines, each line its old or its new text.
      const cut = grid(p);
      expect(
        cut.values.map((l) => l[0]),
        `keys after write ${k}`,
      ).toEqual(before.values.map((l) => l[0]));
      p.context.reconcileResponses();
      const done = grid(p);
      expect(done.values[6]).toContain('แก้ไข ก');
      expect(done.values[71]).toContain('แก้ไข ข');
      expect(done, `after write ${k} and a second run`).toEqual(rebuilt(p));
    }
    expect(completed).toBe(true);
    expect(cuts).toBeGreaterThanOrEqual(4); // two blocks of format, values and colours
  });
});
