/**
 * The link check at 500 links:
 * - Node (`ita-report links`' fetcher): against five loopback servers (five hosts, 100 links each, 20 ms per
 *   answer), wall time, requests per host and the most requests one host saw at once;
 * - Apps Script: the built bundle's "ตรวจลิงก์หลักฐาน" over the fakes (UrlFetchApp answering at once): how many
 *   fetchAll calls (groups) and requests, then the wall time that gives at an assumed time per group, against
 *   the run's time budget. Called from bench/run.ts; `npm run build` first.
 */
import { existsSync } from 'node:fs';
import { fetchLinksNode } from '../src/cli/link-fetch-node';
import { createGasGlobals, FakeClock, installClock, loadBundle } from '../test/fakes';
import { linkWorkbook } from '../test/tools/link-workbook';
import { startLinkServer } from '../test/tools/link-server';

const BUNDLE = new URL('../dist/Code.js', import.meta.url).pathname;
const LINKS = 500;
const HOSTS = 5;
/** What one fetchAll round may take for real agency sites: the slowest link of the group. */
const ASSUMED_ROUND_MS = [1_000, 5_000];

export async function benchLinks(): Promise<string[]> {
  const lines = [`Link check, ${LINKS} links`];
  const servers = await Promise.all(Array.from({ length: HOSTS }, () => startLinkServer({ delayMs: 20 })));
  try {
    const urls = Array.from({ length: LINKS }, (_, i) => `${servers[i % HOSTS].origin}/page/${i}`);
    const t0 = performance.now();
    const run = await fetchLinksNode(urls, { timeoutMs: 5_000 });
    const ms = performance.now() - t0;
    const ok = run.outcomes.filter((o) => o.status === 'ok').length;
    lines.push(
      `  Node (loopback, ${HOSTS} hosts, 20 ms per answer, 8 at once, 2 per host): ${ms.toFixed(0)} ms wall, ${run.requests} requests, ${ok} ok`,
    );
    lines.push(
      `    requests per host: ${[...run.perHost.values()].join(', ')}; most at once on one host: ${Math.max(...servers.map((s) => s.maxInFlight))}`,
    );
  } finally {
    await Promise.all(servers.map((s) => s.close()));
  }

  if (!existsSync(BUNDLE)) return [...lines, '  Apps Script: dist/Code.js is missing — run `npm run build` first'];
  const site = 'https://www.example.go.th';
  const urls = Array.from({ length: LINKS }, (_, i) => `https://h${i % 50}.example.go.th/p${i}`);
  const rows = Array.from({ length: 50 }, (_, r) => ({
    rowId: `R${r + 1}`,
    evidence: urls.slice(r * 10, r * 10 + 10),
  }));
  const fakes = createGasGlobals({ spreadsheet: { name: 'ITA bench', timeZone: 'Asia/Bangkok' } });
  for (const [name, sheet] of Object.entries(linkWorkbook(rows, site))) fakes.seed(name, sheet?.values ?? []);
  const context = loadBundle(BUNDLE, fakes.globals);
  const clock = new FakeClock();
  installClock(context, clock);
  for (const url of urls) fakes.services.UrlFetchApp._route(url, { status: 200, ms: 0 });
  const t0 = performance.now();
  context.checkEvidenceLinks();
  const ms = performance.now() - t0;
  const groups = fakes.calls.count('UrlFetchApp.fetchAll');
  const requests = fakes.services.UrlFetchApp._log.length;
  lines.push(
    `  Apps Script (bundle + fakes): ${groups} fetchAll calls (groups of up to 20, 4 per host), ${requests} requests of the 20,000-a-day quota; script time ${ms.toFixed(0)} ms locally`,
  );
  for (const round of ASSUMED_ROUND_MS) {
    const wall = groups * round;
    lines.push(
      `    at ${round / 1000} s per group: about ${(wall / 1000).toFixed(0)} s of fetching, ${wall <= 240_000 ? 'within one run (4-minute budget)' : `${Math.ceil(wall / 240_000)} runs (4-minute budget each)`}`,
    );
  }
  lines.push(
    '    a group with a link that times out costs up to the platform deadline (about 60 s), then its links are asked one by one',
  );
  const rerun = performance.now();
  fakes.calls.reset();
  context.checkEvidenceLinks();
  lines.push(
    `    re-run within a day: ${fakes.calls.count('UrlFetchApp.*')} fetch calls, ${(performance.now() - rerun).toFixed(0)} ms locally`,
  );
  return lines;
}
