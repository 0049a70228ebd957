/**
 * A ledger written by the version before `ลิงก์แก้ไขคำตอบ` (17 columns, keys `<sheet id>:<row>`), with a notes column
 * staff keep right of it, as the README says they may: after the upgrade the ledger gains its 18th column, and the
 * staff's notes must not be written over by it.
 */
import { describe, expect, it } from 'vitest';
import { SHEET } from '../src/core/layout';
import { L, ledger, responsesSheet, sheetNamed, submitAndFire, withForm } from './tools/forms-project';

describe('a ledger of the earlier version, with staff notes right of it', () => {
  it.each(['submission', 'reconcile'])('the %s after the upgrade keeps the notes and their header', (how) => {
    const p = withForm();
    submitAndFire(p, { done: 'คำตอบ-ก' });
    submitAndFire(p, { done: 'คำตอบ-ข' });
    const sheet = sheetNamed(p.fakes, SHEET.ledger)!;
    const id = responsesSheet(p).getSheetId();
    const width = Object.keys(L).length;
    // As the earlier version left it: no edit-link column, keys by row; staff's notes in the next column.
    sheet._setValues(1, width, [['หมายเหตุ'], ['โทรถามแล้ว'], ['รอเอกสาร']]);
    sheet._setValues(2, 1, [[`${id}:2`], [`${id}:3`]]);

    if (how === 'submission') submitAndFire(p, { done: 'คำตอบ-ค' });
    else p.context.reconcileResponses();

    const header = sheet._values()[0].map(String);
    const notes = header.indexOf('หมายเหตุ');
    expect(notes).toBeGreaterThanOrEqual(0);
    const rows = ledger(p.fakes);
    const byDone = Object.fromEntries(rows.map((r) => [String(r[L.done]), r]));
    expect(byDone['คำตอบ-ก']['หมายเหตุ']).toBe('โทรถามแล้ว');
    expect(byDone['คำตอบ-ข']['หมายเหตุ']).toBe('รอเอกสาร');
    expect(String(byDone['คำตอบ-ก'][L.editUrl])).toContain('https://');
  });
});
