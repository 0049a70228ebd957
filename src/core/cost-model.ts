/**
 * What an action would cost in Apps Script. One small table of constants, each a [low, high] range with where
 * it comes from: correct them here when someone measures on a real account, and every figure of `npm run bench`
 * follows, and so does generateReport's decision to continue in a later execution (src/gas/report-continue.ts).
 * Pure: bundled for Apps Script (the report reads the Docs constants) and imported by the bench.
 */

export interface Counts {
  /** Service calls of every kind (SpreadsheetApp, Range, Sheet, Drive, Lock, Properties …). */
  calls: number;
  /** Of those, the bulk reads (Range.getValues, getBackgrounds, getNotes, getRichTextValues, getFormulas …). */
  bulkReads: number;
  cellsRead: number;
  cellsWritten: number;
  /** Docs API requests sent in batchUpdate calls, and the batchUpdate calls themselves. */
  docsRequests: number;
  docsCalls: number;
  /** Local CPU of the script itself, in ms on this machine (the fakes' time serving its calls taken out). */
  localMs: number;
}

type Range2 = readonly [low: number, high: number];

export const COST: Record<string, { range: Range2; unit: string; source: string }> = {
  call: {
    range: [3, 20],
    unit: 'ms per service call',
    source:
      'issue #13\'s published figures (3–20 ms per handle call); Google, "Best practices" (Apps Script guides): every call is a round trip',
  },
  bulkRead: {
    range: [50, 200],
    unit: 'ms per bulk read, on top of its cells',
    source: 'issue #13 (50–200 ms per bulk read); tanaikech.github.io benchmarks of getValues',
  },
  cellRead: {
    range: [0.025, 0.031],
    unit: 'ms per cell read',
    source: 'issue #13 (25–31 µs per cell read)',
  },
  cellWritten: {
    range: [0.15, 0.3],
    unit: 'ms per cell written',
    source:
      'issue #13 (0.15–0.3 ms per cell written). Pessimistic: a 2012 measurement (4,000 cells in one setValues under 50 ms) gives about 0.012 ms',
  },
  docsRequest: {
    range: [1.5, 9],
    unit: 'ms per Docs request in a batchUpdate',
    source:
      "an assumption set so that the largest Doc (about 38,000 requests) gives issue #13's 57–351 s; to be measured",
  },
  docsCall: {
    range: [300, 1500],
    unit: 'ms per batchUpdate or create call',
    source:
      'an assumption (one HTTPS round trip to the Docs API from Apps Script, plus its own checks); to be measured',
  },
  reportFinish: {
    range: [2000, 20000],
    unit: 'ms to finish a report (move, rename, PDF export, sharing, history line)',
    source:
      "an assumption (a handful of Drive calls; Drive's PDF export of a Doc near 1M characters may take seconds); to be measured",
  },
  cpu: {
    range: [1, 4],
    unit: "x this machine's local CPU",
    source: "an assumption: Apps Script runs V8 on shared servers, slower than a developer's Node",
  },
};

/** The estimated Apps Script time of an action, in seconds: [low, high]. */
export function estimateSeconds(c: Counts): [number, number] {
  const at = (i: 0 | 1) =>
    (c.calls * COST.call.range[i] +
      c.bulkReads * COST.bulkRead.range[i] +
      c.cellsRead * COST.cellRead.range[i] +
      c.cellsWritten * COST.cellWritten.range[i] +
      c.docsRequests * COST.docsRequest.range[i] +
      c.docsCalls * COST.docsCall.range[i] +
      c.localMs * COST.cpu.range[i]) /
    1000;
  return [at(0), at(1)];
}

/** The model's constants, for the bench's printout. */
export function describeModel(): string[] {
  return Object.entries(COST).map(([k, v]) => `  ${k}: ${v.range[0]}–${v.range[1]} ${v.unit} — ${v.source}`);
}

/** Apps Script's limit for one execution (a menu run or an installable trigger): 6 minutes. */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;

/**
 * What a report execution plans to use of it: 4.5 minutes, so that the upper estimates being off by a third
 * still ends the execution before the limit kills it.
 */
export const REPORT_BUDGET_MS = 270 * 1000;

/** Upper estimate of one batchUpdate of `requests` requests, in ms. */
export function docsBatchMs(requests: number): number {
  return COST.docsCall.range[1] + requests * COST.docsRequest.range[1];
}

/** How many requests one batchUpdate can carry within `ms` by the upper estimate (0 when not even one). */
export function requestsWithin(ms: number): number {
  return Math.max(0, Math.floor((ms - COST.docsCall.range[1]) / COST.docsRequest.range[1]));
}
