/**
 * Renders the seed fixture through the Docs request builder and the Docs simulator, and writes the simulated
 * Google Doc as HTML: out/report-seed.html. Run: npx tsx scripts/docs-html.ts [out-file]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildReportModel } from '../src/core/report-model';
import { validateWorkbookData } from '../src/core/validation';
import { buildDocsRequests, footerIdFromReplies } from '../src/render/docs-requests';
import { DocsSimulator } from '../test/tools/docs-simulator';
import { documentToHtml } from '../test/tools/docs-simulator/html';
import { seedWorkbook } from '../test/tools/seed';

const out = process.argv[2] ?? 'out/report-seed.html';
const parsed = validateWorkbookData(seedWorkbook());
const model = buildReportModel(parsed.workbook, parsed.workbook.config!);
const plan = buildDocsRequests(model, { footerText: 'รายงานผลตามมาตรการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๖๗ รอบ ๑๒ เดือน · สร้างเมื่อ (ตัวอย่าง)' });
const doc = new DocsSimulator();
let footerId: string | undefined;
for (const batch of plan.batches) {
    const replies = doc.batchUpdate(batch).replies;
    footerId ??= footerIdFromReplies(replies);
  }
if (plan.hasFooter) doc.batchUpdate(plan.footerRequests(footerId!));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, documentToHtml(doc, model.title));
console.log(`${out}: ${plan.stats.requests} requests in ${plan.stats.batchUpdateCalls} batchUpdate calls, ${doc.tables()[0].rows} table rows`);
