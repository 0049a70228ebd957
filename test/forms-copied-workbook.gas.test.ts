/**
 * A coordinator starts the new year by copying last year's workbook (File ▸ Make a copy). The copy's script
 * may carry the stored form id (a bound script is copied with the file, and its stored properties may come too), so syncForms in the copy
 * must not take last year's form: its answers would stop reaching the original workbook.
 */
import { describe, expect, it } from 'vitest';
import { submit, trigger, withForm, ledger } from './tools/forms-project';
import { sheetsOnFormSubmitForLastResponse } from './fakes';

describe('syncForms in a copy of the workbook', () => {
  it('makes the copy its own form and leaves the original form sending its answers to the original', () => {
    const p = withForm();
    const original = p.fakes.spreadsheet;
    const lastYear = p.form;
    expect(lastYear.getDestinationId()).toBe(original.getId());
    // File ▸ Make a copy: the same sheets; the script's stored properties come along (one store in the fakes).
    const copyId = p.fakes.services.DriveApp.getFileById(original.getId()).makeCopy('ITA 2568').getId();
    const copy = p.fakes.workspace.spreadsheets.get(copyId)!;
    p.fakes.workspace.active = copy;
    p.context.syncForms();

    const forms = [...p.fakes.workspace.forms.values()];
    expect(forms).toHaveLength(2);
    expect(lastYear.getDestinationId()).toBe(original.getId());
    const mine = forms.find((f) => f !== lastYear)!;
    expect(mine.getDestinationId()).toBe(copyId);
    const said = p.fakes.recorded.dialogs.at(-1)!.html;
    expect(said).toContain('สมุดงานอื่น');

    // Last year's form still answers into the original workbook's ledger.
    p.fakes.workspace.active = original;
    submit({ ...p, form: lastYear });
    trigger(p, sheetsOnFormSubmitForLastResponse(lastYear as unknown as GoogleAppsScript.Forms.Form));
    expect(ledger(p.fakes).length).toBeGreaterThan(0);
  });

  it('a form whose workbook is in the trash is taken over, as before', () => {
    const p = withForm();
    const original = p.fakes.spreadsheet;
    const copyId = p.fakes.services.DriveApp.getFileById(original.getId()).makeCopy('ITA 2568').getId();
    p.fakes.services.DriveApp.getFileById(original.getId()).setTrashed(true);
    p.fakes.workspace.active = p.fakes.workspace.spreadsheets.get(copyId)!;
    p.context.syncForms();
    expect([...p.fakes.workspace.forms.values()]).toHaveLength(1);
    expect(p.form.getDestinationId()).toBe(copyId);
  });
});

describe('syncForms and the document lock', () => {
  it('waits for a run holding the lock, and when it stays held makes no form and says so (two people at once never make two)', () => {
    const p = withForm();
    const before = [...p.fakes.workspace.forms.values()].length;
    // Another person's run holds the document lock (a validation, a form answer being recorded).
    p.fakes.services.DriveApp.getFileById([...p.fakes.workspace.forms.values()][0].getId()).setTrashed(true);
    p.fakes.services.LockService._holdByOther('document');
    p.context.syncForms();
    expect([...p.fakes.workspace.forms.values()]).toHaveLength(before);
    expect(p.fakes.recorded.alerts.at(-1)?.prompt).toContain('ลองสั่งอีกครั้ง');
    p.fakes.services.LockService._holdByOther('document', false);
    p.context.syncForms();
    expect([...p.fakes.workspace.forms.values()]).toHaveLength(before + 1);
  });
});
