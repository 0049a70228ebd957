/**
 * The menu action "สร้างรายงาน (Google Doc)" run from the built bundle (dist/Code.js) in a vm holding only the
 * Apps Script fakes, with the Docs advanced service backed by the Docs simulator.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGasGlobals, loadBundle, type GasFakes } from './fakes';
import { DocsSimulator } from './tools/docs-simulator';
import { seedWorkbook } from './tools/seed';

const BUNDLE = new URL('../dist/Code.js', import.meta.url).pathname;

interface FakeDocsOptions {
  /** Fail this many batchUpdate calls with a retryable 500 before succeeding. */
  transientFailures?: number;
  /** Every batchUpdate fails with this (not retryable) message. */
  permanentFailure?: string;
}

/** Docs advanced service: Documents.create and Documents.batchUpdate over DocsSimulator documents. */
function fakeDocs(fakes: () => GasFakes, options: FakeDocsOptions = {}) {
  const docs = new Map<string, { doc: DocsSimulator; revision: number }>();
  let transient = options.transientFailures ?? 0;
  let n = 0;
  /** A document by id; a Drive copy of a known document (content "docs:<id>") becomes its own copy on first use. */
  const lookup = (id: string) => {
    const known = docs.get(id);
    if (known) return known;
    const source = /^docs:(.+)$/.exec(fakes().services.DriveApp._item(id)?.content ?? '')?.[1];
    const original = source ? docs.get(source) : undefined;
    if (!original) return undefined;
    const entry = { doc: original.doc.copy(), revision: 1 };
    docs.set(id, entry);
    return entry;
  };
  const service = {
    docs,
    batchCalls: 0,
    createCalls: 0,
    getCalls: 0,
    /** A Google Doc made by hand in Docs, in Drive: its copies (DriveApp makeCopy) open as copies of `doc`. */
    addTemplate(doc: DocsSimulator): string {
      const id = `template${++n}_0123456789abcdefghij`;
      docs.set(id, { doc, revision: 1 });
      fakes().services.DriveApp._addFile({ id, name: 'แม่แบบรายงาน ITA', content: `docs:${id}` });
      return id;
    },
    Documents: {
      get(id: string) {
        service.getCalls++;
        const entry = lookup(id);
        if (!entry) throw new Error('API call to docs.documents.get failed with error: Requested entity was not found.');
        return { documentId: id, revisionId: `rev${entry.revision}`, ...entry.doc.get() };
      },
      create(resource: { title?: string }) {
        service.createCalls++;
        const id = `doc${++n}_0123456789`;
        docs.set(id, { doc: new DocsSimulator(), revision: 1 });
        fakes().services.DriveApp._addFile({ id, name: resource.title ?? 'Untitled document' });
        return { documentId: id, title: resource.title, revisionId: `rev1` };
      },
      batchUpdate(resource: { requests: unknown[]; writeControl?: { requiredRevisionId?: string } }, id: string) {
        service.batchCalls++;
        if (options.permanentFailure) throw new Error(options.permanentFailure);
        if (transient > 0) {
          transient--;
          throw new Error('API call to docs.documents.batchUpdate failed with error: Internal error encountered. (500)');
        }
        const entry = lookup(id);
        if (!entry) throw new Error('API call to docs.documents.batchUpdate failed with error: Requested entity was not found.');
        const required = resource.writeControl?.requiredRevisionId;
        if (required !== undefined && required !== `rev${entry.revision}`)
          throw new Error('API call to docs.documents.batchUpdate failed with error: The required revision ID does not match the latest revision. (400)');
        const { replies } = entry.doc.batchUpdate(resource.requests);
        entry.revision++;
        return { documentId: id, replies, writeControl: { requiredRevisionId: `rev${entry.revision}` } };
      },
    },
  };
  return service;
}

/** Sets a config value (column B) by its label, adding the row when the sheet lacks it. */
function setConfig(fakes: GasFakes, label: string, value: string): void {
  const config = fakes.sheet('ตั้งค่า');
  const rows = config._values();
  const at = rows.findIndex((r) => r[0] === label);
  config._setValues(at >= 0 ? at + 1 : rows.length + 1, 1, [[label, value]]);
}

function project(options: FakeDocsOptions = {}) {
  const holder: { fakes?: GasFakes } = {};
  const docs = fakeDocs(() => holder.fakes!, options);
  const fakes = (holder.fakes = createGasGlobals({ docs, spreadsheet: { name: 'ITA 2567', timeZone: 'Asia/Bangkok' } }));
  for (const [name, sheet] of Object.entries(seedWorkbook())) fakes.seed(name, sheet?.values ?? []);
  const drive = fakes.services.DriveApp;
  const folderId = drive._addFolder('งาน ITA');
  drive._item(fakes.spreadsheet.getId())!.parents = [folderId];
  const context = loadBundle(BUNDLE, fakes.globals);
  return { fakes, docs, drive, folderId, context };
}

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
    expect(file.name).toMatch(/^รายงานผลตามมาตรการ.*ปีงบประมาณ ๒๕๖๗ รอบ ๑๒ เดือน \(สร้างเมื่อ [๐-๙]{4}-[๐-๙]{2}-[๐-๙]{2} [๐-๙]{2}:[๐-๙]{2}\)$/);
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
