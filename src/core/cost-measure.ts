/**
 * What the global `measureServiceCosts` timed on a real spreadsheet, turned into the cost model's constants
 * (src/core/cost-model.ts) and compared with the model's ranges, so that someone with a Google account can
 * correct the model from one run. Pure: the timing itself is src/gas/measure-costs.ts.
 */
import { COST } from './cost-model';

/** Raw timings, in ms, each of `repeat` repetitions or of one call over `cells` cells. */
export interface CostTimings {
  /** `calls` handle calls (getLastRow / getMaxColumns, alternating) took `callsMs` in all. */
  calls: number;
  callsMs: number;
  /** `smallReads` one-cell getRange(..).getValues() took `smallReadsMs` in all. */
  smallReads: number;
  smallReadsMs: number;
  /** One getRange(..).getValues() of `cells` cells. */
  cells: number;
  bigReadMs: number;
  /** One setValues of the same `cells` cells, then SpreadsheetApp.flush(). */
  writeMs: number;
}

export interface MeasuredCost {
  key: keyof typeof COST;
  /** The measured value, in the model's unit. */
  value: number;
  unit: string;
  range: readonly [number, number];
  /** Inside the model's range, under it, or over it. */
  verdict: 'within' | 'below' | 'above';
}

const verdictOf = (value: number, [low, high]: readonly [number, number]): MeasuredCost['verdict'] =>
  value < low ? 'below' : value > high ? 'above' : 'within';

/**
 * The model's constants from the timings: a call is callsMs / calls; a bulk read's own cost is a one-cell read
 * less its getRange and getValues calls; a cell read is the big read less one one-cell read, per cell; a cell
 * written is the write less its getRange and setValues calls (the flush is when the cells are sent: their cost),
 * per cell. Never below zero (timer resolution is 1 ms).
 */
export function costsFromTimings(t: CostTimings): MeasuredCost[] {
  const call = t.callsMs / Math.max(1, t.calls);
  const smallRead = t.smallReadsMs / Math.max(1, t.smallReads);
  const bulkRead = Math.max(0, smallRead - 2 * call);
  const cellRead = Math.max(0, (t.bigReadMs - smallRead) / Math.max(1, t.cells));
  const cellWritten = Math.max(0, (t.writeMs - 2 * call) / Math.max(1, t.cells));
  const measured: [keyof typeof COST, number][] = [
    ['call', call],
    ['bulkRead', bulkRead],
    ['cellRead', cellRead],
    ['cellWritten', cellWritten],
  ];
  return measured.map(([key, value]) => ({
    key,
    value,
    unit: COST[key].unit,
    range: COST[key].range,
    verdict: verdictOf(value, COST[key].range),
  }));
}

const VERDICT_TH: Record<MeasuredCost['verdict'], string> = {
  within: 'อยู่ในช่วงของแบบจำลอง',
  below: 'เร็วกว่าช่วงของแบบจำลอง',
  above: 'ช้ากว่าช่วงของแบบจำลอง',
};

/** One line per constant, for the log and the dialog: "call: 7.4 ms per service call (model 3–20) — …". */
export function describeMeasuredCosts(costs: readonly MeasuredCost[]): string[] {
  const figure = (n: number) => (n >= 1 ? n.toFixed(1) : n.toPrecision(2));
  return costs.map(
    (c) => `${c.key}: ${figure(c.value)} ${c.unit} (model ${c.range[0]}–${c.range[1]}) — ${VERDICT_TH[c.verdict]}`,
  );
}

/**
 * A Forms read timed on the workbook's progress form: one getResponses() of all `responses`, then, for `sampled`
 * of them, every getter a reconcile asks (`getters` calls in `gettersMs`). Forms has no batch read, and whether
 * those getters cost a round trip each is not documented: this is the figure that says.
 */
export interface FormsTiming {
  responses: number;
  getResponsesMs: number;
  sampled: number;
  getters: number;
  gettersMs: number;
}

/** Beyond this a full read of the form leaves too little of an execution's 6 minutes for the rest of the run. */
export const FORMS_READ_BUDGET_MS = 180_000;

/** "formsRead: 4.2 ms per response …, a full read of its 1,200 responses ≈ 5 s — …", or undefined with no sample. */
export function describeFormsTiming(t: FormsTiming): string | undefined {
  if (t.sampled === 0) return undefined;
  const perResponse = t.gettersMs / t.sampled;
  const perGetter = t.gettersMs / Math.max(1, t.getters);
  const fullMs = t.getResponsesMs + perResponse * t.responses;
  const verdict =
    fullMs <= FORMS_READ_BUDGET_MS
      ? 'การดึงคำตอบทั้งหมดใหม่เสร็จได้ในการทำงานหนึ่งครั้ง'
      : 'การดึงคำตอบทั้งหมดใหม่อาจไม่เสร็จใน ๖ นาทีของการทำงานหนึ่งครั้ง';
  const figure = (n: number) => (n >= 1 ? n.toFixed(1) : n.toPrecision(2));
  return (
    `formsRead: ${figure(perResponse)} ms per response read (${figure(perGetter)} ms per getter, ${t.sampled} sampled), ` +
    `a full read of its ${t.responses} responses ≈ ${(fullMs / 1000).toFixed(1)} s — ${verdict}`
  );
}
