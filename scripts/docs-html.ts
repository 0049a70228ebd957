/**
 * Renders the seed fixture through the Docs request builder and the Docs simulator, and writes the simulated
 * Google Doc as HTML: out/report-seed.html. Run: npx tsx scripts/docs-html.ts [out-file]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildReportModel } from '../src/core/report-model';
import { validateWorkbookData } from '../src/core/validation';
import { buildDocsRequests } from '../src/render/docs-requests';
import { applyPlan } from '../test/tools/docs-simulator/apply-plan';
import { documentToHtml } from '../test/tools/docs-simulator/html';
import { seedWorkbook } from '../test/tools/seed';

const out = process.argv[2] ?? 'out/report-seed.html';
const parsed = validateWorkbookData(seedWorkbook());
const model = buildReportModel(parsed.workbook, parsed.workbook.config!);
const plan = buildDocsRequests(model, {
  footerText: 'รายงานผลตามมาตรการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๖๗ รอบ ๑๒ เดือน · สร้างเมื่อ (ตัวอย่าง)',
});
const doc = applyPlan(plan);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, documentToHtml(doc, model.title));
console.log(
  `${out}: ${plan.stats.requests} requests in ${plan.stats.batchUpdateCalls} batchUpdate calls, ${doc.tables()[0].rows} table rows`,
);
