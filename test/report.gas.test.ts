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
  const service = {
    docs,
    batchCalls: 0,
    createCalls: 0,
    Documents: {
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
        const entry = docs.get(id);
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
