/**
 * The menu action "สร้างรายงาน (Google Doc)" run from the built bundle (dist/Code.js) in a vm holding only the
 * Apps Script fakes, with the Docs advanced service backed by the Docs simulator.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocsSimulator } from './tools/docs-simulator';
import { BUNDLE, reportProject, setConfig } from './tools/report-project';

const project = reportProject;

// dist/Code.js comes from `npm run build` (npm test builds first).
describe.skipIf(!existsSync(BUNDLE))('generateReport (bundle + fakes + Docs simulator)', () => {
  it('validates, writes the Google Doc in 1 create + 2 batchUpdate calls, files it beside the spreadsheet, and links it', () => {
    const { fakes, docs, drive, folderId, context } = project();
    context.generateReport();
    expect(fakes.recorded.alerts).toEqual([]);
    expect(docs.createCalls).toBe(1);
    expect(docs.batchCalls).toBe(2);
    const [[id, { doc }]] = [...docs.docs];
    const table = doc.tables()[0];
    expect(table.pinnedHeaderRows).toBe(2);
    expect(table.cells[0][2].text).toBe('ผลลัพธ์/ความสำเร็จ');
    expect(doc.footer()[0].text).toMatch(/^รายงานผล.*ปีงบประมาณ ๒๕๖๗ รอบ ๑๒ เดือน · สร้างเมื่อ [๐-๙]{4}-/);
    const file = drive._item(id)!;
    expect(file.parents).toEqual([folderId]);
    expect(file.trashed).toBe(false);
    expect(file.name).toMatch(
      /^รายงานผลตามมาตรการ.*ปีงบประมาณ ๒๕๖๗ รอบ ๑๒ เดือน \(สร้างเมื่อ [๐-๙]{4}-[๐-๙]{2}-[๐-๙]{2} [๐-๙]{2}:[๐-๙]{2}\)$/,
    );
    const dialog = fakes.recorded.dialogs.at(-1)!;
    expect(dialog.html).toContain(`https://docs.google.com/document/d/${id}/edit`);
    expect(dialog.html).toContain('สร้างรายงานเสร็จแล้ว');
  });

  it('never overwrites: a second run makes a second document', () => {
    const { docs, context } = project();
    context.generateReport();
    context.generateReport();
    expect(docs.docs.size).toBe(2);
  });

  it('retries a transient 500 with back-off and still succeeds', () => {
    const { fakes, docs, context } = project({ transientFailures: 2 });
    context.generateReport();
    expect(docs.batchCalls).toBe(4);
    expect(fakes.recorded.sleeps.length).toBe(2);
    expect(fakes.recorded.sleeps[1]).toBeGreaterThan(fakes.recorded.sleeps[0]);
    expect(fakes.recorded.alerts).toEqual([]);
  });

  it('on a failure part-way, names the document as failed, trashes it and says what to do', () => {
    const { fakes, docs, drive, context } = project({ permanentFailure: 'Invalid requests[3].insertText: boom (400)' });
    context.generateReport();
    expect(docs.batchCalls).toBe(1); // a 400 is not retried
    const [[id]] = [...docs.docs];
    const file = drive._item(id)!;
    expect(file.trashed).toBe(true);
    expect(file.name.startsWith('[ไม่สมบูรณ์')).toBe(true);
    const alert = fakes.recorded.alerts.at(-1)!;
    expect(alert.title).toBe('สร้างรายงานไม่สำเร็จ');
    expect(alert.prompt).toContain('ลองสั่งสร้างรายงานอีกครั้ง');
  });

  it('with a template Doc in the config, writes into a copy of it and keeps its page number under the footer line', () => {
    const { fakes, docs, drive, folderId, context } = project();
    const templateId = docs.addTemplate(DocsSimulator.fromTemplate({ pageNumberFooter: true }));
    setConfig(fakes, 'แม่แบบรายงาน (Google Doc)', `https://docs.google.com/document/d/${templateId}/edit`);
    context.generateReport();
    expect(fakes.recorded.alerts).toEqual([]);
    expect(docs.createCalls).toBe(0);
    expect(docs.batchCalls).toBe(2); // the body, then the footer line: no createFooter (it would fail)
    const copyId = [...docs.docs.keys()].find((id) => id !== templateId)!;
    const { doc } = docs.docs.get(copyId)!;
    expect(doc.tables()[0].pinnedHeaderRows).toBe(2);
    const footer = doc.footer();
    expect(footer.map((p) => p.text)).toEqual([expect.stringMatching(/^รายงานผล.*สร้างเมื่อ/), '{PAGE_NUMBER}']);
    expect(footer[0].style.alignment).toBe('CENTER');
    // The template itself is untouched, and the copy is filed like any report.
    expect(docs.docs.get(templateId)!.doc.tables()).toEqual([]);
    expect(drive._item(copyId)!.parents).toEqual([folderId]);
    expect(drive._item(copyId)!.name).toMatch(/^รายงานผลตามมาตรการ.*\(สร้างเมื่อ/);
    expect(fakes.recorded.dialogs.at(-1)!.html).toContain('เลขหน้ามาจากเอกสารแม่แบบ');
  });

  it('refuses a template with content in its body, trashes the copy and says what to fix', () => {
    const { fakes, docs, drive, context } = project();
    const templateId = docs.addTemplate(DocsSimulator.fromTemplate({ bodyText: 'ร่างรายงาน\n' }));
    setConfig(fakes, 'แม่แบบรายงาน (Google Doc)', templateId);
    context.generateReport();
    expect(docs.batchCalls).toBe(0);
    const copyId = [...docs.docs.keys()].find((id) => id !== templateId)!;
    expect(drive._item(copyId)!.trashed).toBe(true);
    expect(fakes.recorded.alerts.at(-1)!.prompt).toContain('เอกสารแม่แบบรายงานต้องไม่มีเนื้อหา');
  });

  it('a template link that cannot be opened gives a Thai message and makes nothing', () => {
    const { fakes, docs, context } = project();
    setConfig(fakes, 'แม่แบบรายงาน (Google Doc)', 'https://docs.google.com/document/d/doesNotExist0123456789/edit');
    context.generateReport();
    expect(docs.createCalls + docs.batchCalls).toBe(0);
    expect(fakes.recorded.alerts.at(-1)!.prompt).toContain('เปิดเอกสารแม่แบบรายงานไม่ได้');
    setConfig(fakes, 'แม่แบบรายงาน (Google Doc)', 'แม่แบบของฉัน');
    context.generateReport();
    expect(fakes.recorded.alerts.at(-1)!.prompt).toContain('ไม่ใช่ลิงก์ Google Doc');
  });

  it('stops before creating anything when the workbook has errors', () => {
    const { fakes, docs, context } = project();
    const measures = fakes.sheet('มาตรการ');
    const values = measures.getDataRange().getValues();
    // A row with an id and nothing else: required cells are missing (errors).
    measures.getRange(2, 1, 1, values[0].length).setValues([values[0].map((_, i) => (i === 0 ? 'x' : ''))]);
    context.generateReport();
    expect(docs.createCalls).toBe(0);
    expect(fakes.recorded.alerts.at(-1)!.title).toBe('ยังสร้างรายงานไม่ได้');
  });
});
