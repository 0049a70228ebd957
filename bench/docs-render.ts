/**
 * Google Doc rendering at scale: local time to build the ReportModel and the Docs requests, and what would be
 * sent (requests, batchUpdate calls, bytes per call). Called from bench/run.ts.
 */
import { buildReportModel } from '../src/core/report-model';
import { validateWorkbookData } from '../src/core/validation';
import { batchPayloadBytes, DEFAULT_BATCH_LIMITS } from '../src/render/docs-batching';
import { buildDocsRequests, DOCS_MAX_CHARACTERS } from '../src/render/docs-requests';
import { generateWorkbook } from '../test/tools/generate-workbook';

const SIZES = [100, 1000, 5000];

/** Prints the figures (for bench/run.ts). */
export function runDocsBench(): void {
  for (const line of benchDocsRender()) console.log(line);
}

/** The figures as lines: for 100, 1,000 and 5,000 generated rows. */
export function benchDocsRender(): string[] {
  const lines = [
    `Docs rendering (limits per batchUpdate: ${DEFAULT_BATCH_LIMITS.maxRequestsPerBatch} requests, ${kb(DEFAULT_BATCH_LIMITS.maxBytesPerBatch)})`,
  ];
  for (const rows of SIZES) {
    const data = generateWorkbook({ rows });
    const parsed = validateWorkbookData(data);
    const t0 = performance.now();
    const model = buildReportModel(parsed.workbook, parsed.workbook.config!);
    const t1 = performance.now();
    const plan = buildDocsRequests(model, {
      footerText: 'รายงานผลตามมาตรการ ปีงบประมาณ ๒๕๖๗ รอบ ๑๒ เดือน · สร้างเมื่อ ๒๕๖๗-๑๐-๐๑ ๐๙:๐๐',
    });
    const t2 = performance.now();
    const totalBytes = plan.stats.bytesPerBatch.reduce((a, b) => a + b, 0);
    const footerBytes = batchPayloadBytes(plan.footerRequests('kix.footer'));
    const perBatch = [...plan.stats.bytesPerBatch, ...(plan.hasFooter ? [footerBytes] : [])];
    lines.push(
      `  N=${rows}: model ${ms(t1 - t0)}, requests ${ms(t2 - t1)}; ${plan.stats.requests} requests in ` +
        `${plan.stats.batchUpdateCalls} batchUpdate calls (+1 documents.create); payload ${kb(totalBytes + footerBytes)} (per call: ${perBatch.map(kb).join(', ')}); ` +
        `${plan.stats.characters} characters${plan.stats.characters > DOCS_MAX_CHARACTERS ? ' (over the ~1.02M a Google Doc holds)' : ''}`,
    );
  }
  return lines;
}

function ms(n: number): string {
  return `${n.toFixed(1)} ms`;
}

function kb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
}

// Run directly: npx tsx bench/docs-render.ts
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) runDocsBench();
