/**
 * The cheapest way to read scattered lines of a sheet, by the cost model (cost-model.ts): each read costs
 * two calls (getRange, getValues) and a bulk read on top of its cells, so lines close together are read in
 * one span, gap included, whenever the gap's cells cost less than one more read. The middle of each range:
 * a choice between two ways of reading, where neither risks a limit, goes by the expected cost (the time
 * budgets, which must not be passed, use the upper ends). Pure: bundled (onEdit's ledger read,
 * src/gas/form-rows-read.ts) and tested on Node.
 */
import { COST } from './cost-model';

const middle = (c: keyof typeof COST) => (COST[c].range[0] + COST[c].range[1]) / 2;
/** Milliseconds per cell read, the middle of the model's range. */
export const CELL_MS = middle('cellRead');
const READ_MS = 2 * middle('call') + middle('bulkRead');

/** 1-based sheet rows, first..last inclusive. */
export interface LineSpan {
  first: number;
  last: number;
}

/** Estimate (ms) of one read of `cells` cells: getRange and getValues, one bulk read, its cells. */
export function readMs(cells: number): number {
  return READ_MS + cells * CELL_MS;
}

/** Estimate (ms) of reading these spans, `width` cells a line. */
export function spansMs(spans: readonly LineSpan[], width: number): number {
  return spans.reduce((ms, s) => ms + readMs((s.last - s.first + 1) * width), 0);
}

/**
 * Estimate (ms) of reading `hits` lines spread evenly among `lines` (answers arrive in no row order):
 * one span over them all when the gaps between them would be bridged, else one read each.
 */
export function scatteredMs(lines: number, hits: number, width: number): number {
  if (hits <= 0) return 0;
  const gap = lines / hits - 1;
  return gap * width * CELL_MS < READ_MS ? readMs(lines * width) : hits * readMs(width);
}

/**
 * Lines (1-based, any order, repeats allowed) as the spans to read: neighbours merge when the g lines
 * between them (g × width cells) cost less than one more read.
 */
export function spansOf(lines: readonly number[], width: number): LineSpan[] {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const spans: LineSpan[] = [];
  for (const line of sorted) {
    const last = spans[spans.length - 1];
    const gap = last ? line - last.last - 1 : Infinity;
    if (gap * width * CELL_MS < READ_MS) last.last = line;
    else spans.push({ first: line, last: line });
  }
  return spans;
}
