/**
 * onEdit's ledger read, the pure parts: which lines hold the edited rows' records (ledger-lines.ts), and how
 * scattered lines become reads by the cost model (read-spans.ts).
 */
import { describe, expect, it } from 'vitest';
import { COST } from '../src/core/cost-model';
import { ledgerIdColumns, ledgerLinesOf } from '../src/core/forms/ledger-lines';
import { readLedger } from '../src/core/forms/ledger';
import { readMs, scatteredMs, spansMs, spansOf } from '../src/core/read-spans';
import { answer, ledgerValues } from './tools/generate-ledger';

describe('spansOf', () => {
  const width = 18;
  // The widest gap whose cells cost less than one more read (2 calls and a bulk read), from the model's ranges.
  const mid = (r: readonly number[]) => (r[0] + r[1]) / 2;
  const oneRead = 2 * mid(COST.call.range) + mid(COST.bulkRead.range);
  const widest = Math.ceil(oneRead / (width * mid(COST.cellRead.range))) - 1;

  it('bridges a gap that costs less than one more read, and no wider one', () => {
    expect(readMs(0)).toBeCloseTo(oneRead, 9);
    expect(widest).toBeGreaterThan(10);
    expect(spansOf([100, 100 + widest + 1], width)).toEqual([{ first: 100, last: 101 + widest }]);
    expect(spansOf([100, 100 + widest + 2], width)).toEqual([
      { first: 100, last: 100 },
      { first: 102 + widest, last: 102 + widest },
    ]);
  });

  it('sorts, drops repeats, and costs each span as one read', () => {
    const spans = spansOf([9000, 5, 7, 5], width);
    expect(spans).toEqual([
      { first: 5, last: 7 },
      { first: 9000, last: 9000 },
    ]);
    expect(spansMs(spans, width)).toBeCloseTo(readMs(3 * width) + readMs(width), 9);
    expect(spansOf([], width)).toEqual([]);
  });

  it('estimates scattered lines as one span when they would be bridged, else one read each', () => {
    expect(scatteredMs(10_000, 0, width)).toBe(0);
    // 1 in 18 lines (the seed's 18 rows): one span over all of them.
    expect(scatteredMs(10_000, 10_000 / 18, width)).toBeCloseTo(readMs(10_000 * width), 9);
    // 1.5 in 10,000 (one row of 10,000, 15,000 answers): a read each.
    expect(scatteredMs(15_000, 1.5, width)).toBeCloseTo(1.5 * readMs(width), 9);
  });

  it('a wider line bridges less', () => {
    expect(spansOf([2, 2 + widest + 1], width)).toHaveLength(1);
    expect(spansOf([2, 2 + widest + 1], width * 2)).toHaveLength(2);
  });
});

describe('ledgerLinesOf', () => {
  const values = ledgerValues([
    answer(1, 'A', 'U1'),
    answer(2, 'B', 'U1'),
    { ...answer(3, 'A', 'U2'), key: '' }, // no key: not a record
    { ...answer(4, 'A', 'U3'), key: 'resp-2' }, // a later copy of B's answer, naming A
    answer(5, "'+A", 'U4'), // the apostrophe the script writes before a leading +: read back as "+A"
    answer(6, 'C', 'U1'),
  ]);
  const at = ledgerIdColumns(values[0])!;
  const column = (c: number) => values.slice(1).map((line) => line[c]);

  it('gives exactly the lines of the records readLedger keeps for those rows', () => {
    const ids = new Set(['A', '+A']);
    const lines = ledgerLinesOf(column(at.key), column(at.rowId), ids);
    expect(lines).toEqual([2, 6]);
    const full = readLedger(values);
    const wanted = full.records.filter((r) => ids.has(r.rowId));
    expect(wanted.map((r) => r.key)).toEqual(['resp-1', 'resp-5']);
    // The same lines at their sheet positions, holes elsewhere: readLedger gives the same records, same rows.
    const sparse: unknown[][] = [values[0]];
    for (const line of lines) sparse[line - 1] = values[line - 1];
    const narrow = readLedger(sparse);
    expect(narrow.records).toEqual(wanted);
    expect(narrow.rows).toEqual(lines);
  });

  it('finds the columns by header name, and none without them', () => {
    const moved = values.map((line) => [...line].reverse());
    const m = ledgerIdColumns(moved[0])!;
    const col = (c: number) => moved.slice(1).map((line) => line[c]);
    expect(ledgerLinesOf(col(m.key), col(m.rowId), new Set(['B', 'C']))).toEqual([3, 7]);
    expect(ledgerIdColumns(values[0].map((h) => (h === 'รหัสแถว' ? 'อื่น' : h)))).toBeUndefined();
    expect(ledgerLinesOf(column(at.key), column(at.rowId), new Set())).toEqual([]);
  });
});
