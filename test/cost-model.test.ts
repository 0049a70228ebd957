import { describe, expect, it } from 'vitest';
import { COST, estimateSeconds, type Counts } from '../src/core/cost-model';
import { createGasGlobals } from './fakes';

const none: Counts = {
  calls: 0,
  bulkReads: 0,
  cellsRead: 0,
  cellsWritten: 0,
  docsRequests: 0,
  docsCalls: 0,
  localMs: 0,
};

describe('the fakes count cells, the cost model prices them', () => {
  it('counts the cells of bulk and single reads and writes, and resets', () => {
    const fakes = createGasGlobals({ spreadsheet: { name: 'cells', timeZone: 'Asia/Bangkok' } });
    fakes.seed('s', [['a', 'b', 'c', 'd']]);
    const sheet = fakes.spreadsheet.getSheetByName('s')!;
    fakes.calls.reset();
    sheet.getRange(1, 1, 10, 4).getValues();
    sheet.getRange(1, 1, 10, 4).getBackgrounds();
    sheet.getRange(2, 2).getValue();
    sheet.getRange(1, 1, 3, 2).setValues([
      ['x', 'y'],
      ['x', 'y'],
      ['x', 'y'],
    ]);
    sheet.getRange(5, 1, 2, 2).clearContent();
    expect(fakes.calls.cells).toEqual({ read: 81, written: 10 });
    fakes.calls.reset();
    expect(fakes.calls.cells).toEqual({ read: 0, written: 0 });
  });

  it('adds each count times its constant, low and high', () => {
    expect(estimateSeconds(none)).toEqual([0, 0]);
    const [lo, hi] = estimateSeconds({ ...none, calls: 10, cellsWritten: 1000 });
    expect(lo).toBeCloseTo((10 * COST.call.range[0] + 1000 * COST.cellWritten.range[0]) / 1000, 6);
    expect(hi).toBeCloseTo((10 * COST.call.range[1] + 1000 * COST.cellWritten.range[1]) / 1000, 6);
    for (const c of Object.values(COST)) expect(c.range[0]).toBeLessThanOrEqual(c.range[1]);
  });
});
