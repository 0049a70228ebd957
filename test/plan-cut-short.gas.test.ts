/**
 * [plan] generatePlan stopped at any point of its Doc step (the 6-minute limit kills a run with no catch block
 * running), then run again: one good plan Doc (its chart image in, its name given, filed), every other Doc trashed
 * and named as failed. The kill point steps through every service call from the user lock to the end. A run
 * killed after its Doc got its name (the PDF step) has made a finished plan: the next run makes a second one, as
 * a second run always does (never overwriting), and both are good.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DriveItem } from './fakes';
import { planProject } from './tools/plan-project';
import { DocsSimulator } from './tools/docs-simulator';
import { BUNDLE, setConfig } from './tools/report-project';

type Project = ReturnType<typeof planProject>;
const DOCUMENT = 'application/vnd.google-apps.document';
const PLAN_NAME = /^มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ ๒๕๖๗ \(สร้างเมื่อ /;

const planDocs = (p: Project): DriveItem[] =>
  [...p.drive._items.values()].filter((i) => i.mimeType === DOCUMENT && !i.id.startsWith('template'));

/** The project, its plan written into a copy of the report's template (page numbers) when `template`. */
function project(template: boolean): Project {
  const p = planProject();
  if (!template) return p;
  const id = p.docs.addTemplate(DocsSimulator.fromTemplate({ pageNumberFooter: true }));
  setConfig(p.fakes, 'แม่แบบรายงาน (Google Doc)', `https://docs.google.com/document/d/${id}/edit`);
  return p;
}

function killedRun(p: Project, limit: number): void {
  p.fakes.env.halt = { limit, made: 0 };
  try {
    p.context.generatePlan();
  } catch {
    // the kill reached the top: the run is abandoned
  } finally {
    p.fakes.env.halt = undefined;
    p.fakes.services.LockService._endExecution();
  }
}

describe.skipIf(!existsSync(BUNDLE))('generatePlan cut short, then run again', () => {
  for (const template of [false, true])
    it(`leaves one good plan (two once the first had finished) and every other Doc trashed, whatever call the first run died at${template ? ' (a template copy)' : ''}`, () => {
      const ref = project(template);
      const halt = (ref.fakes.env.halt = { limit: Infinity, made: 0 });
      // Service-call indexes (as the halt counts them, Docs calls included) of the user lock and of the Doc's rename.
      let start = -1;
      let rename = -1;
      ref.fakes.calls.beforeCall = (name) => {
        if (name === 'LockService.getUserLock') start = halt.made - 1;
        if (name === 'File.setName' && start >= 0 && rename < 0) rename = halt.made - 1;
      };
      ref.context.generatePlan();
      ref.fakes.calls.beforeCall = undefined;
      const total = halt.made;
      expect(0 < start && start < rename && rename < total).toBe(true);
      for (let k = start; k < total; k++) {
        const p = project(template);
        killedRun(p, k);
        p.context.generatePlan();
        const docs = planDocs(p);
        const live = docs.filter((d) => !d.trashed);
        const finished = k > rename ? 2 : 1;
        expect(
          live.map((d) => d.name),
          `killed at call ${k}`,
        ).toEqual(new Array(finished).fill(expect.stringMatching(PLAN_NAME)));
        for (const good of live) {
          const { doc } = p.docs.docs.get(good.id)!;
          expect(doc.images(), `killed at call ${k}`).toHaveLength(1);
          expect(
            doc.footer().map((f) => f.text),
            `killed at call ${k}`,
          ).toEqual([expect.stringMatching(/^มาตรการส่งเสริม.*สร้างเมื่อ/), ...(template ? ['{PAGE_NUMBER}'] : [])]);
          expect(good.parents).toEqual([p.folderId]);
        }
        for (const other of docs.filter((d) => !live.includes(d)))
          expect(other.name.startsWith('[ไม่สมบูรณ์'), `killed at call ${k}`).toBe(true);
      }
    }, 300_000);
});
