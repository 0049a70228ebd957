/**
 * Issue 12, runs cut short: a fault-injecting call log throws at the k-th write (Range.set…, Sheet.insert…,
 * Properties.delete… and the like) of a reconcile or a submission, for every k, then the next run. The
 * ledger and the report must end with every answer once and nothing stale; right after the cut the ledger
 * is the old one or the new one, never a mix. Through the built bundle over the fakes.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEDGER_HEADER, SHEET } from '../src/core/layout';
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

/** Names of the service calls that write. */
const WRITE = /\.(set|insert|clear|delete|append|protect|remove|copy|create)[A-Z]?/;

/** Runs `action` with a call log that throws at write k+1 (so k writes land). True when it finished first. */
function cutAfter(p: FormProject, k: number, action: () => void): boolean {
  let writes = 0;
  const record = p.fakes.calls.record.bind(p.fakes.calls);
  p.fakes.calls.record = (name: string) => {
    if (WRITE.test(name) && ++writes > k) throw new Error(`fault: stopped after write ${k}`);
    record(name);
  };
  try {
    action();
    return true;
  } catch (error) {
    expect(String(error)).toContain('fault: stopped');
    return false;
  } finally {
    p.fakes.calls.record = record;
  }
}

describe.skipIf(!existsSync(BUNDLE))('forms runs cut short after any write (issue 12)', () => {
  it('a reconcile cut short after any write, then run again: no answer lost or doubled, nothing stale', () => {
    /** A ledger as an older version left it: keys by row, a stale doubled line, B excluded; then A's raw row deleted. */
    const setUp = () => {
      const p = withForm();
      const ids = ['คำตอบ-ก', 'คำตอบ-ข', 'คำตอบ-ค'].map((done, i) =>
        submitAndFire(p, { done, quantity: String(i + 1), quantityWord: 'ครั้ง' }).getId(),
      );
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
    let completed = false;
    let cuts = 0;
    for (let k = 0; !completed && k < 40; k++) {
      const { p, ids } = setUp();
      const before = sheetNamed(p.fakes, SHEET.ledger)!._values();
      // Finished with fewer than k+1 writes: every cut point has been tried.
      completed = cutAfter(p, k, () => p.context.reconcileResponses());
      if (!completed) cuts++;
      // Cut short, the ledger is the old one or the new one, never a mix.
      const cut = ledger(p.fakes).map((r) => r[L.key]);
      const old = before.slice(1).map((r) => r[0]);
      if (JSON.stringify(cut) !== JSON.stringify(old)) {
        expect(cut, `cut after write ${k}`).toEqual(ids);
        expect(formPart(p), `the report right after the cut at write ${k}`).toEqual(expected);
      }
      p.context.reconcileResponses();
      const rows = ledger(p.fakes);
      expect(
        rows.map((r) => [r[L.key], r[L.done], r[L.exclude]]),
        `cut after write ${k}`,
      ).toEqual([
        [ids[0], 'คำตอบ-ก', ''],
        [ids[1], 'คำตอบ-ข', 'x'],
        [ids[2], 'คำตอบ-ค', ''],
      ]);
      // Nothing stale below the records: no text, no colour.
      const sheet = sheetNamed(p.fakes, SHEET.ledger)!;
      const below = {
        row: 5,
        numRows: sheet.getMaxRows() - 4,
        column: 1,
        numColumns: Object.keys(LEDGER_HEADER).length,
      };
      expect(new Set(sheet._read('value', below).flat())).toEqual(new Set(['']));
      expect(new Set(sheet._read('background', below).flat()), `colours below, cut after write ${k}`).toEqual(
        new Set(['#ffffff']),
      );
      expect(formPart(p)).toEqual(expected);
    }
    expect(completed).toBe(true);
    expect(cuts).toBeGreaterThanOrEqual(3); // setNumberFormat, setValues, setBackgrounds at least
  });

  it('a submission cut short after any write, then the next submission: every answer once', () => {
    let completed = false;
    let cuts = 0;
    for (let k = 0; !completed && k < 40; k++) {
      const p = withForm();
      const a = submitAndFire(p, { done: 'คำตอบ-ก', quantity: '1', quantityWord: 'ครั้ง' });
      const b = submit(p, { done: 'คำตอบ-ข', quantity: '2', quantityWord: 'ครั้ง' });
      completed = cutAfter(p, k, () => trigger(p, eventForRow(p, 3)));
      if (!completed) cuts++;
      const c = submitAndFire(p, { done: 'คำตอบ-ค', quantity: '4', quantityWord: 'ครั้ง' });
      // B is recorded by its own run or caught up by C's: once, in either order.
      expect(
        ledger(p.fakes)
          .map((r) => String(r[L.key]))
          .sort(),
        `cut after write ${k}`,
      ).toEqual([a.getId(), b.getId(), c.getId()].sort());
      expect(formPart(p).total).toBe('ดำเนินการรวม ๗ ครั้ง');
    }
    expect(completed).toBe(true);
    expect(cuts).toBeGreaterThanOrEqual(3);
  });

  it('the ledger sheet deleted by staff, then a reconcile cut after any write: the next run makes it whole', () => {
    let completed = false;
    for (let k = 0; !completed && k < 40; k++) {
      const p = withForm();
      const ids = ['คำตอบ-ก', 'คำตอบ-ข'].map((done) =>
        submitAndFire(p, { done, quantity: '1', quantityWord: 'ครั้ง' }).getId(),
      );
      p.fakes.spreadsheet.deleteSheet(
        sheetNamed(p.fakes, SHEET.ledger) as unknown as GoogleAppsScript.Spreadsheet.Sheet,
      );
      completed = cutAfter(p, k, () => p.context.reconcileResponses());
      p.context.reconcileResponses();
      const sheet = sheetNamed(p.fakes, SHEET.ledger)!;
      expect(sheet._values()[0], `header, cut after write ${k}`).toEqual(Object.values(LEDGER_HEADER));
      expect(
        ledger(p.fakes).map((r) => r[L.key]),
        `cut after write ${k}`,
      ).toEqual(ids);
      const colours = sheet._read('background', {
        row: 1,
        numRows: 3,
        column: 1,
        numColumns: Object.keys(LEDGER_HEADER).length,
      });
      expect(
        colours.map((r) => [...new Set(r)]),
        `colours, cut after write ${k}`,
      ).toEqual([['#d9e2f3'], ['#ffffff'], ['#ffffff']]);
      if (completed || k % 4 === 0) expect(formPart(p).total).toBe('ดำเนินการรวม ๒ ครั้ง'); // the report: a sample of cut points
    }
    expect(completed).toBe(true);
  });
});
