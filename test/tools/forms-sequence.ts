/**
 * Seeded sequences over the forms flows (test/forms-sequence.gas.test.ts): the state a sequence carries, the
 * script runs it checks (the responses tab never written), and the steps of staff between runs (the ledger
 * edited, sorted or given a blank row; a tab cell typed over; syncForms; a run cut short after a write).
 */
import { QUESTION } from '../../src/core/forms/questions';
import { SHEET } from '../../src/core/layout';
import { sheetsOnEdit } from '../fakes';
import type { FakeSheet } from '../fakes';
import { random } from './edit-sequence';
import { Killed, killAfter } from './faults';
import { answers, eventForRow, L, responsesSheet, sheetNamed, trigger, withForm } from './forms-project';

type GResponse = GoogleAppsScript.Forms.FormResponse;

export const UNITS = ['SNY', 'SBK', 'LAW', 'PROMO'];
export const ROWS = ['2567-02', '2567-05', '2567-13', '2567-01'];
/** What agencies paste: spaces around, a zero-width space, Thai digits, a formula-like text, two lines. */
export const DONE = ['จัดประชุม', '  จัดประชุม  ', 'จัด\u200bประชุม', 'อบรม ๒ รุ่น', '=สูตร?', 'เผยแพร่\nประกาศ'];
export const QTY = ['', '2', '๒', '1.50', 'สอง', '10'];
export const START = Date.UTC(2024, 5, 28, 2, 0, 0);

export function sequence(seed: number) {
  const p = withForm();
  const rnd = random(seed);
  const tab = () => JSON.stringify(responsesSheet(p)._values());
  const s = {
    p,
    rnd,
    pick: <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)],
    responses: [] as GResponse[],
    /** Set when a script run wrote the responses tab (reset each step). */
    tabWritten: false,
    /** A trigger never ran since the last reconcile or report. */
    missed: false,
    /** Since the last reconcile: something a reconcile may rightly change. */
    dirty: false,
    /** An answer kept by its content since the last reconcile. */
    away: false,
    hadTwin: false,
    /** A twin's trigger never ran: the submissions' catch-up does not count twins, the report's does. */
    missedTwin: false,
    /** Twins are told apart by their rows only: a twin's row typed over may swap their rows. */
    rowsMayMove: false,
    /** The fake form's rows go stale once staff delete tab rows: no response edits after. */
    tabEdited: false,
    /** A script run: the responses tab must be as it was. */
    script(fn: () => void) {
      const before = tab();
      fn();
      if (tab() !== before) s.tabWritten = true;
    },
    fire: (e: unknown) => s.script(() => trigger(p, e)),
    /** onEdit of a block, then the menu's validation: the block's marks by each (backgrounds and notes). */
    editThenMenu(sheet: FakeSheet, first: number, last: number, left: number, right: number) {
      const box = { row: first, column: left, numRows: last - first + 1, numColumns: right - left + 1 };
      const range = sheet._range(box) as unknown as GoogleAppsScript.Spreadsheet.Range;
      s.script(() => p.fakes.run({ authMode: 'LIMITED' }, () => p.context.onEdit(sheetsOnEdit(range))));
      const rows = { row: first, column: 1, numRows: last - first + 1, numColumns: sheet._maxColumns };
      const marks = () => JSON.stringify([sheet._read('background', rows), sheet._read('note', rows)]);
      const byEdit = marks();
      s.script(() => p.context.validateWorkbook());
      return byEdit === marks() ? undefined : `onEdit ${byEdit}, menu ${marks()}`;
    },
  };
  return s;
}

export type Sequence = ReturnType<typeof sequence>;

/** The ledger sheet's values and colours. */
export function ledgerSheet(s: Sequence): string {
  const sheet = sheetNamed(s.p.fakes, SHEET.ledger)!;
  return JSON.stringify({ values: sheet._values(), backgrounds: sheet._read('background') });
}

/** The first differing cells of two ledgerSheet snapshots ('' when the same). */
export function diff(a: string, b: string, rowsMayMove = false): string {
  const rowColumn = Object.keys(L).indexOf('row');
  const [x, y] = [JSON.parse(a), JSON.parse(b)] as { values: unknown[][]; backgrounds: unknown[][] }[];
  const out: string[] = [];
  for (const k of ['values', 'backgrounds'] as const)
    for (let r = 0; r < Math.max(x[k].length, y[k].length); r++)
      for (let c = 0; c < Math.max(x[k][r]?.length ?? 0, y[k][r]?.length ?? 0); c++)
        if (!(rowsMayMove && c === rowColumn) && JSON.stringify(x[k][r]?.[c]) !== JSON.stringify(y[k][r]?.[c]))
          out.push(`${k} ${r + 1},${c + 1}: ${JSON.stringify(x[k][r]?.[c])} → ${JSON.stringify(y[k][r]?.[c])}`);
  return out.slice(0, 6).join(' | ');
}

/** Staff between runs, or a run cut short. What was done, or '' when nothing could be. */
export function staffStep(s: Sequence): string {
  const { p, rnd, pick } = s;
  const ledger = sheetNamed(p.fakes, SHEET.ledger)!;
  const lines = ledger._grid.lastRow() - 1;
  const kind = rnd();
  if (kind < 0.2 && lines > 1) {
    ledger.insertRowsAfter(1 + Math.floor(rnd() * lines), 1);
    s.dirty = true;
    return 'staff: a blank ledger row inserted';
  }
  if (kind < 0.45 && lines > 1) {
    ledger.getRange(2, 1, lines, Object.keys(L).length).sort(Object.keys(L).indexOf('unit') + 1);
    return 'staff: the ledger sorted by unit';
  }
  if (kind < 0.6 && lines > 1) {
    ledger.deleteRows(2 + Math.floor(rnd() * lines), 1);
    s.dirty = s.missed = true;
    return 'staff: a ledger row deleted';
  }
  if (kind < 0.85) {
    const sheet = responsesSheet(p);
    const done = (sheet._values()[0] as string[]).indexOf(QUESTION.done) + 1;
    if (sheet._grid.lastRow() < 2) return '';
    sheet._setValues(2 + Math.floor(rnd() * (sheet._grid.lastRow() - 1)), done, [['พิมพ์ทับในชีต']]);
    if (s.hadTwin) s.rowsMayMove = true;
    return 'staff: a tab cell typed over';
  }
  if (kind < 0.92) {
    s.script(() => p.context.syncForms());
    return 'syncForms';
  }
  // A reconcile, or the next submission's trigger, stopped after its k-th write.
  const k = Math.floor(rnd() * 6);
  const fault = killAfter(p.fakes, k);
  let cut = 'reconcile';
  try {
    if (rnd() < 0.5 && !s.tabEdited) {
      p.clock++;
      const r = p.form._submit(answers(p.form, { unit: pick(UNITS), done: pick(DONE) }), {
        timestamp: new Date(START + p.clock * 60_000),
      });
      s.responses.push(r);
      cut = `submit ${r.getId()}`;
      s.fire(eventForRow(p, p.form._responses.at(-1)!.row!));
    } else s.script(() => p.context.reconcileResponses());
  } catch (error) {
    if (!(error instanceof Killed)) throw error;
  } finally {
    fault.disarm();
  }
  p.fakes.recorded.console.length = 0; // the killed run's own error line
  s.dirty = s.missed = true;
  return `${cut} cut after write ${k}${fault.fired() ? '' : ' (finished)'}`;
}
