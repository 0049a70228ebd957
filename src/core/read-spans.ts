/**
 * The cheapest way to read scattered lines of a sheet, by the cost model (cost-model.ts): each read costs
 * two calls (getRange, getValues) and a bulk read on top of its cells, so lines close together are read in
 * one span, gap included, whenever the gap's cells cost less than one more read. Upper constants throughout,
 * as the time budgets use. Pure: bundled (onEdit's ledger read, src/gas/form-rows-read.ts) and tested on Node.
 */
import { COST } from './cost-model';

/** 1-based sheet rows, first..last inclusive. */
export interface LineSpan {
  first: number;
  last: number;
}

/** Upper estimate (ms) of one read of `cells` cells: getRange and getValues, one bulk read, its cells. */
export function readMs(cells: number): number {
  return 2 * COST.call.range[1] + COST.bulkRead.range[1] + cells * COST.cellRead.range[1];
}

/** Upper estimate (ms) of reading these spans, `width` cells a line. */
export function spansMs(spans: readonly LineSpan[], width: number): number {
  return spans.reduce((ms, s) => ms + readMs((s.last - s.first + 1) * width), 0);
}

/**
 * Lines (1-based, any order, repeats allowed) as the spans to read: neighbours merge when the g lines
 * between them (g × width cells) cost less than one more read.
 */
export function spansOf(lines: readonly number[], width: number): LineSpan[] {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const oneRead = readMs(0);
  const spans: LineSpan[] = [];
  for (const line of sorted) {
    const last = spans[spans.length - 1];
    const gap = last ? line - last.last - 1 : Infinity;
    if (gap * width * COST.cellRead.range[1] < oneRead) last.last = line;
    else spans.push({ first: line, last: line });
  }
  return spans;
}
