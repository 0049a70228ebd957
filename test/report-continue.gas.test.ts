/**
 * generateReport continued in follow-up executions, through the built bundle: a budget (the script property
 * the script reads) small enough that the seed report needs several executions; the script's clock moves as
 * the cost model's upper estimates say its Docs calls take. The Doc that results is the one a single execution
 * makes; a kill right before or right after any batchUpdate, then the triggers firing, gives it too; the Doc
 * never has its final name before the end; the trigger and the plan file are cleaned up.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docsBatchMs } from '../src/core/cost-model';
import { documentToHtml } from './tools/docs-simulator/html';
import type { DocsSimulator } from './tools/docs-simulator';
import { DocsSimulator as Simulator } from './tools/docs-simulator';
import { BUNDLE, setConfig } from './tools/report-project';
import { continuedProject, expectFailedCleanly, FAILED, RESULT, type ContinuedProject } from './tools/report-continue';

const IN_PROGRESS = '[กำลังสร้าง — ยังไม่เสร็จ]';
const REPORT_NAME =
  /^รายงานผลตามมาตรการ.*ปีงบประมาณ ๒๕๖๗ รอบ ๑๒ เดือน \(สร้างเมื่อ [๐-๙]{4}-[๐-๙]{2}-[๐-๙]{2} [๐-๙]{2}:[๐-๙]{2}\)$/;

const same = (a: DocsSimulator, b: DocsSimulator) => {
  expect(a.get()).toEqual(b.get());
  expect(documentToHtml(a)).toBe(documentToHtml(b));
};

function onlyDoc(p: ContinuedProject) {
  const docs = p.reportDocs().filter((d) => !d.trashed);
  expect(docs.length).toBe(1);
  return { item: docs[0], entry: p.docs.docs.get(docs[0].id)! };
}

/** What holds between executions: an unfinished Doc that does not look finished, one trigger, the plan kept. */
function expectUnfinished(p: ContinuedProject): void {
  const { item } = onlyDoc(p);
  expect(item.name.startsWith(IN_PROGRESS)).toBe(true);
  expect(item.name).not.toMatch(REPORT_NAME);
  expect(p.pdfs()).toEqual([]);
  expect(p.pending().length).toBeGreaterThanOrEqual(1);
  const record = p.record()!;
  expect(record.docId).toBe(item.id);
  expect(p.planFiles().find((f) => f.id === record.planFileId)?.trashed).toBe(false);
}

/** What holds at the end: the final name, its PDF, no trigger, no record, the plan file trashed. */
function expectFinished(p: ContinuedProject) {
  const { item, entry } = onlyDoc(p);
  expect(item.name).toMatch(REPORT_NAME);
  expect(item.parents).toEqual([p.folderId]);
  expect(p.pdfs().filter((f) => !f.trashed).length).toBe(1);
  expect(p.listed()).toEqual([]);
  expect(p.record()).toBeUndefined();
  expect(p.planFiles().length).toBeGreaterThan(0);
  expect(p.planFiles().every((f) => f.trashed)).toBe(true);
  expect(p.fakes.services.PropertiesService._stores.user.get('ita.reportDocsInProgress')).toBeUndefined();
  return entry;
}

describe.skipIf(!existsSync(BUNDLE))(
  'generateReport continued in follow-up executions (bundle + fakes + Docs simulator)',
  () => {
    const reference = continuedProject();
    reference.context.generateReport();
    const ref = onlyDoc(reference).entry;
    const body = ref.batches[0].length;
    const footer = ref.batches[1].length;
    // Room for a third of the body per execution: at least 3 executions, whatever the body's size.
    const budget = docsBatchMs(Math.ceil(body / 3));

    it('the reference is one execution: 2 batchUpdate calls, no trigger, no plan file', () => {
      expect(reference.docs.batchCalls).toBe(2);
      expect(reference.listed()).toEqual([]);
      expect(reference.planFiles()).toEqual([]);
      expect(reference.fakes.recorded.dialogs.at(-1)!.html).toContain('สร้างรายงานเสร็จแล้ว');
      expect(body).toBeGreaterThan(30);
    });

    it('a report that does not fit the budget is written over several executions and gives the same Doc', () => {
      const p = continuedProject({}, budget);
      p.context.generateReport();
      const alert = p.fakes.recorded.alerts.at(-1)!;
      expect(alert.title).toBe('กำลังสร้างรายงานต่อเบื้องหลัง');
      expect(alert.prompt).toContain(IN_PROGRESS);
      expect(alert.prompt).toContain('ประวัติการสร้างรายงาน');
      expectUnfinished(p);
      let executions = 1;
      while (p.fireNext()) {
        executions++;
        if (p.record()) expectUnfinished(p);
      }
      expect(executions).toBeGreaterThanOrEqual(3);
      const entry = expectFinished(p);
      // The same requests, in order, each once; each execution's Docs work within the budget by the model.
      expect(entry.batches.flat()).toEqual(ref.batches.flat());
      expect(entry.batches.every((b) => docsBatchMs(b.length) <= budget)).toBe(true);
      same(entry.doc, ref.doc);
      // The history: "continuing" when the first execution ended, the outcome from the last one.
      const rows = p.historyRows();
      expect(rows.map((r) => r[RESULT])).toEqual(['กำลังสร้างต่อ', 'สำเร็จ']);
      expect(String(rows[1][6])).toContain(onlyDoc(p).item.id);
      expect(String(rows[1][9])).toContain('เขียนต่อเบื้องหลังจนเสร็จ');
    });

    it('with a template Doc (its footer already there): several executions give the same Doc as one', () => {
      const withTemplate = (p: ContinuedProject) => {
        const templateId = p.docs.addTemplate(Simulator.fromTemplate({ pageNumberFooter: true }));
        setConfig(p.fakes, 'แม่แบบรายงาน (Google Doc)', `https://docs.google.com/document/d/${templateId}/edit`);
      };
      const one = continuedProject();
      withTemplate(one);
      one.context.generateReport();
      const p = continuedProject({}, budget);
      withTemplate(p);
      p.context.generateReport();
      expect(p.fireAll()).toBeGreaterThanOrEqual(2);
      const entry = expectFinished(p);
      const reference = onlyDoc(one).entry;
      expect(entry.batches.flat()).toEqual(reference.batches.flat());
      same(entry.doc, reference.doc);
    });

    const total = Math.ceil(body / Math.ceil(body / 3)) + 1; // batchUpdate calls of the continued report
    for (const when of ['before', 'after'] as const) {
      it(`killed right ${when} each batchUpdate, then resumed by the triggers: the same Doc, nothing applied twice`, () => {
        for (let k = 1; k <= total; k++) {
          const p = continuedProject({}, budget);
          let killed = false;
          const kill = (n: number) => {
            if (n !== k || killed) return;
            killed = true;
            p.fakes.env.halt = { limit: 0, made: 0 }; // every later call of this execution fails
          };
          if (when === 'before') p.hooks.before = kill;
          else p.hooks.after = kill;
          p.execute(() => p.context.generateReport());
          let runs = 0;
          while (p.fireNext()) {
            runs++;
            // Between executions the Doc never looks finished.
            if (p.record()) expect(onlyDoc(p).item.name.startsWith(IN_PROGRESS)).toBe(true);
          }
          expect(killed).toBe(true);
          expect(runs).toBeGreaterThan(0);
          const entry = expectFinished(p);
          expect(entry.batches.flat()).toEqual(ref.batches.flat());
          same(entry.doc, ref.doc);
        }
      });
    }

    it('a second generateReport while one continues is refused in Thai and makes nothing', () => {
      const p = continuedProject({}, budget);
      p.context.generateReport();
      const docs = p.reportDocs().length;
      p.execute(() => p.context.generateReport());
      const alert = p.fakes.recorded.alerts.at(-1)!;
      expect(alert.title).toBe('ยังสร้างรายงานไม่ได้');
      expect(alert.prompt).toContain('ยังเขียนต่ออยู่เบื้องหลัง');
      expect(p.reportDocs().length).toBe(docs);
      p.fireAll();
      expectFinished(p);
    });

    it('a continuation that died (no trigger left, no progress for 20 minutes) is abandoned by the next run', () => {
      const p = continuedProject({}, budget);
      p.context.generateReport();
      const stuck = onlyDoc(p).item;
      for (const t of p.listed())
        p.fakes.services.ScriptApp._triggers.splice(p.fakes.services.ScriptApp._triggers.indexOf(t), 1);
      p.clock.advance(21 * 60 * 1000);
      p.fakes.services.PropertiesService._stores.script.delete('ita.reportBudgetMs');
      p.execute(() => p.context.generateReport());
      expect(stuck.trashed).toBe(true);
      expect(stuck.name.startsWith(FAILED)).toBe(true);
      const { entry } = onlyDoc(p);
      same(entry.doc, ref.doc);
      expect(p.fakes.recorded.dialogs.at(-1)!.html).toContain('พบรายงานที่การสั่งสร้างครั้งก่อนทำค้างไว้ไม่เสร็จ');
      expect(p.record()).toBeUndefined();
      expect(p.planFiles().every((f) => f.trashed)).toBe(true);
    });

    it('a Docs outage longer than the retries of one execution: tried again later, then the same Doc', () => {
      const p = continuedProject({}, budget);
      p.context.generateReport();
      const outage = () => {
        throw new Error(
          'API call to docs.documents.batchUpdate failed with error: The service is currently unavailable.',
        );
      };
      p.hooks.before = outage;
      expect(p.fireNext()).toBe(true);
      expectUnfinished(p);
      expect(p.record()).toMatchObject({ retries: 1 });
      const waits = () =>
        p
          .pending()
          .map((t) => Number(t.schedule?.after) / 60_000)
          .sort((a, b) => a - b);
      expect(waits()).toEqual([10, 17]); // the later try, and its spare 7 minutes after it
      expect(p.fireNext()).toBe(true);
      expect(p.record()).toMatchObject({ retries: 2 });
      expect(waits()).toEqual([20, 27]);
      p.hooks.before = undefined; // Google is back
      p.fireAll();
      same(expectFinished(p).doc, ref.doc);
      expect(p.historyRows().map((r) => r[RESULT])).toEqual(['กำลังสร้างต่อ', 'สำเร็จ']);
    });

    it('a later try that dies before it schedules its successor: the spare resumes the report', () => {
      const p = continuedProject({}, budget);
      p.context.generateReport();
      p.hooks.before = () => {
        throw new Error('API call to docs.documents.batchUpdate failed with error: Backend Error (503)');
      };
      expect(p.fireNext()).toBe(true);
      expect(p.record()).toMatchObject({ retries: 1 });
      p.hooks.before = undefined;
      p.fakes.env.halt = { limit: 0, made: 0 }; // the later try dies at its first call
      expect(p.fireNext()).toBe(true);
      expect(p.pending().length).toBe(1);
      p.fireAll();
      same(expectFinished(p).doc, ref.doc);
    });

    it('an outage that outlasts every later try: the report fails as for any error, nothing is left', () => {
      const p = continuedProject({}, budget);
      p.context.generateReport();
      p.hooks.before = () => {
        throw new Error('API call to docs.documents.batchUpdate failed with error: Internal error encountered. (500)');
      };
      expect(p.fireAll()).toBe(4); // the first try and 3 later ones
      const [doc] = p.reportDocs();
      expect(doc.trashed).toBe(true);
      expect(doc.name.startsWith(FAILED)).toBe(true);
      expect(p.listed()).toEqual([]);
      expect(p.record()).toBeUndefined();
      expect(p.historyRows().map((r) => r[RESULT])).toEqual(['กำลังสร้างต่อ', 'ล้มเหลว']);
    });

    it('a follow-up execution whose batch is refused for good: the Doc is trashed as failed, the history says why, nothing is left', () => {
      const p = continuedProject({}, budget);
      p.context.generateReport();
      p.hooks.before = () => {
        throw new Error(
          'API call to docs.documents.batchUpdate failed with error: Invalid requests[0]: something (400)',
        );
      };
      p.fireAll();
      expectFailedCleanly(p, 'Invalid requests[0]');
      expect(footer).toBeGreaterThan(0);
    });
  },
);
