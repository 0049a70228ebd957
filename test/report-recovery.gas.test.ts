/**
 * generateReport cut short, through the built bundle over the fakes: a documents.get failing after the template
 * copy, and a run killed after its k-th service call for every k of the report step (Apps Script's 6-minute
 * limit: no catch block runs, so the fakes refuse every later call, catch blocks' calls included), each
 * followed by a normal run. Afterwards: one good report, every other Doc trashed and named as failed, staff told.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DriveItem } from './fakes';
import { DOCUMENT_MIME_TYPE } from './fakes/drive';
import { DocsSimulator } from './tools/docs-simulator';
import { BUNDLE, reportProject, setConfig } from './tools/report-project';

const REPORT_NAME =
  /^รายงานผลตามมาตรการ.*ปีงบประมาณ ๒๕๖๗ รอบ ๑๒ เดือน \(สร้างเมื่อ [๐-๙]{4}-[๐-๙]{2}-[๐-๙]{2} [๐-๙]{2}:[๐-๙]{2}\)( \([๐-๙]+\))?$/; // "(๒)": a second report of the same minute in its folder
const FAILED = '[ไม่สมบูรณ์ — สร้างไม่สำเร็จ]';
const IN_PROGRESS = '[กำลังสร้าง — ยังไม่เสร็จ]';
const JOURNAL_KEY = 'ita.reportDocsInProgress';
const LEFTOVER_NOTE = 'พบรายงานที่การสั่งสร้างครั้งก่อนทำค้างไว้ไม่เสร็จ';

type Project = ReturnType<typeof reportProject>;
const RECORD = { recordOnly: true }; // the same report ~30 times: record the batches, do not simulate them

function withTemplate(p: Project): string {
  const templateId = p.docs.addTemplate(DocsSimulator.fromTemplate({ pageNumberFooter: true }));
  setConfig(p.fakes, 'แม่แบบรายงาน (Google Doc)', `https://docs.google.com/document/d/${templateId}/edit`);
  return templateId;
}

/** Google Docs in Drive other than the template(s). */
function reportDocs(p: Project): DriveItem[] {
  return [...p.drive._items.values()].filter((i) => i.mimeType === DOCUMENT_MIME_TYPE && !i.id.startsWith('template'));
}

function journal(p: Project): { draft: string; id?: string }[] {
  const text = p.fakes.services.PropertiesService._stores.user.get(JOURNAL_KEY);
  return text ? (JSON.parse(text) as { draft: string; id?: string }[]) : [];
}

/** Runs generateReport until the fakes have made `limit` service calls; then the execution ends (locks released). */
function killedRun(p: Project, limit: number): void {
  p.fakes.env.halt = { limit, made: 0 };
  try {
    p.context.generateReport();
  } catch {
    // the kill reached the top: the run is abandoned, as Apps Script abandons it
  } finally {
    p.fakes.env.halt = undefined;
    p.fakes.services.LockService._endExecution();
  }
}

interface Reference {
  /** Service calls a whole run makes. */
  total: number;
  /** Index of the first call of the report step (after validation). */
  reportStep: number;
  /** Requests in each batchUpdate of a complete report. */
  batchSizes: number[];
  /** Service calls made once the first batchUpdate returned: a kill there leaves a half-written Doc. */
  midWrite: number;
}

function referenceRun(template: boolean): Reference {
  const p = reportProject(RECORD);
  if (template) withTemplate(p);
  p.fakes.calls.keepOrder = true;
  const halt = (p.fakes.env.halt = { limit: Infinity, made: 0 });
  let midWrite = 0;
  const batchUpdate = p.docs.Documents.batchUpdate;
  p.docs.Documents.batchUpdate = (...args: Parameters<typeof batchUpdate>) => {
    const reply = batchUpdate(...args);
    midWrite ||= halt.made;
    return reply;
  };
  p.context.generateReport();
  const total = halt.made;
  const reportStep = p.fakes.calls.sequence().indexOf('LockService.getUserLock');
  expect(reportStep).toBeGreaterThan(0);
  const [doc] = reportDocs(p);
  const batchSizes = p.docs.docs.get(doc.id)!.batches.map((b) => b.length);
  expect(batchSizes.length).toBe(2);
  return { total, reportStep, batchSizes, midWrite };
}

/**
 * What a person expects after the runs: exactly one good report (every batch of a complete report applied,
 * filed in the folder); every other Doc trashed and named as failed.
 */
function expectOneGoodReport(p: Project, ref: Reference): DriveItem {
  const items = reportDocs(p);
  const live = items.filter((i) => !i.trashed);
  expect(live.map((i) => i.name)).toEqual([expect.stringMatching(REPORT_NAME)]);
  const [good] = live;
  expect(good.parents).toEqual([p.folderId]);
  expect(p.docs.docs.get(good.id)!.batches.map((b) => b.length)).toEqual(ref.batchSizes);
  for (const other of items.filter((i) => i !== good)) {
    expect(other.trashed).toBe(true);
    expect(other.name.startsWith(FAILED)).toBe(true);
  }
  // The journal keeps only entries whose Doc was never made (a kill before the create landed): nothing to find.
  for (const entry of journal(p)) {
    expect(entry.id).toBeUndefined();
    expect(items.some((i) => i.name === entry.draft)).toBe(false);
  }
  return good;
}

describe.skipIf(!existsSync(BUNDLE))('generateReport cut short (bundle + fakes + Docs simulator)', () => {
  for (const [label, failure] of [
    ['not retryable', 'API call to docs.documents.get failed with error: The caller does not have permission (403)'],
    ['retryable, every attempt', 'API call to docs.documents.get failed with error: Internal error encountered. (500)'],
  ] as const) {
    it(`documents.get failing after the template copy (${label}) trashes the copy: nothing named like a report is left`, () => {
      const p = reportProject({ getFailure: failure });
      withTemplate(p);
      p.context.generateReport();
      expect(p.docs.batchCalls).toBe(0);
      const items = reportDocs(p);
      expect(items.length).toBe(1);
      expect(items[0].trashed).toBe(true);
      expect(items[0].name).toMatch(new RegExp(`^${FAILED.replace(/[[\]]/g, '\\$&')} รายงานผล`));
      const alert = p.fakes.recorded.alerts.at(-1)!;
      expect(alert.title).toBe('สร้างรายงานไม่สำเร็จ');
      expect(alert.prompt).toContain('เปิดสำเนาของเอกสารแม่แบบเพื่อเขียนรายงานไม่ได้');
      expect(p.fakes.services.PropertiesService._stores.user.has(JOURNAL_KEY)).toBe(false);
    });
  }

  for (const template of [false, true]) {
    it(`${template ? 'template copy' : 'blank Doc'}: a run killed after each service call of the report step, then a normal run, leaves one good report and says what it cleared`, () => {
      const ref = referenceRun(template);
      let leftoversSeen = 0;
      for (let k = ref.reportStep; k < ref.total; k++) {
        const p = reportProject(RECORD);
        if (template) withTemplate(p);
        killedRun(p, k);
        const left = reportDocs(p);
        // Whatever the kill left never looks like a finished report unless it was finished.
        for (const item of left) expect(item.name.startsWith(IN_PROGRESS) || REPORT_NAME.test(item.name)).toBe(true);
        const unfinished = left.filter((i) => i.name.startsWith(IN_PROGRESS) && !i.trashed).length;
        const finished = left.filter((i) => REPORT_NAME.test(i.name)).length;

        p.context.generateReport();
        expect(p.fakes.recorded.alerts, `k=${k}`).toEqual([]);
        const dialog = p.fakes.recorded.dialogs.at(-1)!.html;
        expect(dialog).toContain('สร้างรายงานเสร็จแล้ว');
        expect(dialog.includes(LEFTOVER_NOTE), `k=${k}`).toBe(unfinished > 0);
        if (unfinished > 0) leftoversSeen++;
        if (finished > 0) {
          // The first run had finished its Doc before the kill: both reports stand, as two runs would make.
          expect(reportDocs(p).filter((i) => !i.trashed && REPORT_NAME.test(i.name)).length).toBe(2);
        } else {
          expectOneGoodReport(p, ref);
        }
      }
      // The loop did reach the kills that leave a half-made Doc (from the create to the final rename).
      expect(leftoversSeen).toBeGreaterThan(4);
    });
  }
});

/** Makes File.<method> throw while `when` holds, for the duration of fn (the fakes' File class is patched). */
function failingFile<T>(
  p: Project,
  method: 'setTrashed' | 'setName',
  when: (item: DriveItem, arg: unknown) => boolean,
  fn: () => T,
): T {
  const anyId = reportDocs(p)[0]?.id ?? p.fakes.spreadsheet.getId();
  const proto = Object.getPrototypeOf(p.drive.getFileById(anyId)) as Record<string, (arg: unknown) => unknown>;
  const original = proto[method];
  proto[method] = function (this: { _item: DriveItem }, arg: unknown) {
    if (when(this._item, arg)) throw new Error('Access denied: DriveApp.');
    return original.call(this, arg);
  };
  try {
    return fn();
  } finally {
    proto[method] = original;
  }
}

describe.skipIf(!existsSync(BUNDLE))('generateReport: leftovers found by the journal', () => {
  it('a run killed mid-write, the next one killed too, then a normal run: one good report, every half-made Doc trashed', () => {
    const ref = referenceRun(false);
    const thai = (n: number) => String(n).replace(/\d/g, (c) => '๐๑๒๓๔๕๖๗๘๙'[Number(c)]);
    const seen: number[] = [];
    // The second run re-validates (writing less than the first did) and clears the first run's Doc, so its calls
    // differ from the reference's before its own create and match them after: measure an unbroken second run,
    // then sweep kill points from before its report step to just after its first batch.
    const measured = reportProject(RECORD);
    killedRun(measured, ref.midWrite);
    const halt = (measured.fakes.env.halt = { limit: Infinity, made: 0 });
    measured.context.generateReport();
    measured.fakes.env.halt = undefined;
    const secondMidWrite = halt.made - (ref.total - ref.midWrite);
    const points: number[] = [];
    for (let k = secondMidWrite - (ref.midWrite - ref.reportStep) - 30; k <= secondMidWrite + 2; k += 2) points.push(k);
    for (const second of points) {
      const p = reportProject(RECORD);
      killedRun(p, ref.midWrite);
      killedRun(p, second);
      // Left for the next run to settle: a Doc still under its in-progress name (trashed or not), or one renamed as
      // failed but not yet trashed.
      const unfinished = reportDocs(p).filter(
        (i) => i.name.startsWith(IN_PROGRESS) || (i.name.startsWith(FAILED) && !i.trashed),
      ).length;
      p.context.generateReport();
      expectOneGoodReport(p, ref);
      const dialog = p.fakes.recorded.dialogs.at(-1)!.html;
      if (unfinished > 0) expect(dialog).toContain(`${LEFTOVER_NOTE} ${thai(unfinished)} ไฟล์`);
      else expect(dialog).not.toContain(LEFTOVER_NOTE);
      seen.push(unfinished);
    }
    // The second kill landed before its own create (0 left: it had trashed the first), mid-write (1), ...
    expect(seen).toContain(0);
    expect(seen.some((n) => n > 0)).toBe(true);
  });

  it('while another run of the same account holds the lock, refuses at once and touches nothing (its Doc may be live)', () => {
    const ref = referenceRun(false);
    const p = reportProject(RECORD);
    killedRun(p, ref.midWrite);
    const before = structuredClone(reportDocs(p));
    const journalBefore = journal(p);
    p.fakes.services.LockService._holdByOther('user');
    p.context.generateReport();
    expect(p.fakes.recorded.alerts.at(-1)!.prompt).toContain('บัญชีนี้กำลังสร้างรายงานอยู่อีกครั้งหนึ่ง');
    expect(reportDocs(p)).toEqual(before);
    expect(journal(p)).toEqual(journalBefore);
    p.fakes.services.LockService._holdByOther('user', false);
    p.context.generateReport();
    expectOneGoodReport(p, ref);
  });

  it('a create that landed but answered 500 leaves a stray under the unique in-progress name; the next run trashes it', () => {
    const ref = referenceRun(false);
    const p = reportProject({ ...RECORD, createLandsThenFails: 1 });
    p.context.generateReport();
    expect(p.fakes.recorded.alerts).toEqual([]);
    const stray = reportDocs(p).filter((i) => !REPORT_NAME.test(i.name));
    expect(stray.map((i) => [i.name.startsWith(IN_PROGRESS), i.trashed])).toEqual([[true, false]]);
    p.context.generateReport();
    expect(stray[0].trashed).toBe(true);
    expect(stray[0].name.startsWith(FAILED)).toBe(true);
    const live = reportDocs(p).filter((i) => !i.trashed);
    expect(live.length).toBe(2); // two runs, two reports
    for (const doc of live) expect(p.docs.docs.get(doc.id)!.batches.map((b) => b.length)).toEqual(ref.batchSizes);
    expect(journal(p)).toEqual([]);
  });

  it('a leftover that cannot be trashed now is reported and kept in the journal; a later run trashes it', () => {
    const ref = referenceRun(false);
    const p = reportProject(RECORD);
    killedRun(p, ref.midWrite);
    const [leftover] = reportDocs(p);
    failingFile(
      p,
      'setTrashed',
      (item) => item.id === leftover.id,
      () => p.context.generateReport(),
    );
    expect(p.fakes.recorded.dialogs.at(-1)!.html).toContain('ยังย้ายรายงานที่สร้างค้างไว้ไม่เสร็จจากครั้งก่อนไปถังขยะไม่ได้');
    expect(leftover.trashed).toBe(false);
    expect(journal(p).map((e) => e.id)).toEqual([leftover.id]);
    p.context.generateReport();
    expect(leftover.trashed).toBe(true);
    expect(leftover.name.startsWith(FAILED)).toBe(true);
    expect(journal(p)).toEqual([]);
  });

  it('a damaged journal does not stop the report', () => {
    const ref = referenceRun(false);
    const p = reportProject(RECORD);
    p.fakes.services.PropertiesService._stores.user.set(JOURNAL_KEY, '{not json');
    p.context.generateReport();
    expectOneGoodReport(p, ref);
  });

  it('a failed write whose Doc cannot be trashed either: the alert says the next run will, and it does', () => {
    const p = reportProject({ ...RECORD, permanentFailure: 'Invalid requests[3].insertText: boom (400)' });
    failingFile(
      p,
      'setTrashed',
      () => true,
      () => p.context.generateReport(),
    );
    const alert = p.fakes.recorded.alerts.at(-1)!;
    expect(alert.title).toBe('สร้างรายงานไม่สำเร็จ');
    expect(alert.prompt).toContain('การสั่งสร้างรายงานครั้งถัดไปจะย้ายไปถังขยะให้');
    const [first] = reportDocs(p);
    expect([first.trashed, first.name.startsWith(FAILED) || first.name.startsWith(IN_PROGRESS)]).toEqual([false, true]);
    p.context.generateReport(); // fails the same way, but first clears what the last run left
    expect(first.trashed).toBe(true);
    expect(first.name.startsWith(FAILED)).toBe(true);
    expect(reportDocs(p).every((i) => i.trashed)).toBe(true);
  });

  it('a finished report whose rename fails keeps its working name, is said so, and is never taken for a leftover', () => {
    const ref = referenceRun(false);
    const p = reportProject(RECORD);
    failingFile(
      p,
      'setName',
      (_item, name) => !String(name).startsWith(FAILED),
      () => p.context.generateReport(),
    );
    expect(p.fakes.recorded.dialogs.at(-1)!.html).toContain('เขียนรายงานครบแล้ว แต่ตั้งชื่อเอกสารไม่ได้');
    const [report] = reportDocs(p);
    expect(report.name.startsWith(IN_PROGRESS)).toBe(true);
    expect(journal(p)).toEqual([]);
    p.context.generateReport();
    expect(report.trashed).toBe(false);
    expect(p.docs.docs.get(report.id)!.batches.map((b) => b.length)).toEqual(ref.batchSizes);
    expect(p.fakes.recorded.dialogs.at(-1)!.html).not.toContain(LEFTOVER_NOTE);
  });
});
