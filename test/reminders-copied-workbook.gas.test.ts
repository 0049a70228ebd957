/**
 * Reminders from a copy of last year's workbook (File ▸ Make a copy to start the new year) before syncForms has
 * given the copy its own form: the stored form id is last year's form, whose answers go to the original workbook.
 * A link to it in this year's reminders would send every bureau's answer to last year's workbook, where this
 * year's report never sees it. The e-mails must not carry that form's link, and the coordinator is told what to do.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLE } from './tools/forms-project';
import { progressProject } from './tools/progress-project';
import { existsSync } from 'node:fs';

describe.skipIf(!existsSync(BUNDLE))('sendReminders in a copy of the workbook', () => {
  it("never links last year's form, which answers into the original workbook, and says to run the forms menu", () => {
    const p = progressProject({ deadline: '30/9/2567' });
    const original = p.fakes.spreadsheet;
    const copyId = p.fakes.services.DriveApp.getFileById(original.getId()).makeCopy('ITA 2568').getId();
    p.fakes.workspace.active = p.fakes.workspace.spreadsheets.get(copyId)!;

    p.context.sendReminders();
    for (const m of p.fakes.services.MailApp._sent) {
      expect(m.body).not.toContain(p.form._publishedId);
      expect(m.htmlBody).not.toContain(p.form._publishedId);
    }
    const said = p.fakes.recorded.alerts.map((a) => a.prompt).join('\n');
    expect(said).toContain('ส่งคำตอบเข้าสมุดงานอื่น');
    expect(said).toContain('สร้าง/ปรับปรุงแบบฟอร์มรายงานผล');

    // The copy gets its own form: the reminders now link it.
    p.context.syncForms();
    p.context.sendReminders();
    const sent = p.fakes.services.MailApp._sent;
    expect(sent.length).toBeGreaterThan(0);
    const mine = [...p.fakes.workspace.forms.values()].find((f) => f !== p.form)!;
    for (const m of sent) expect(m.body).toContain(mine._publishedId);
  });
});
