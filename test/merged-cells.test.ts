/** core/merged-cells.ts: which merged cells count on every row they cover, and the A1 of a merged range. */
import { describe, expect, it } from 'vitest';
import { boxOfA1, fillMeasureMerges, fillMergedDown } from '../src/core/merged-cells';
import { MEASURE_HEADER } from '../src/core/layout';

const H = MEASURE_HEADER;

describe('fillMeasureMerges', () => {
  const sheet = () => [
    [H.rowId, H.issueNo, H.measureText, H.result],
    ['R1', 1, 'มาตรการ ก', 'ผล ๑'],
    ['R2', '', '', ''],
    ['R3', '', 'มาตรการ ข', 'ผล ๓'],
  ];

  it('fills the repeated columns down a vertical merge, never a row’s own column', () => {
    const values = sheet();
    const merges = [
      { row: 2, column: 2, numRows: 3, numColumns: 1 }, // ประเด็นที่ over the three rows
      { row: 2, column: 3, numRows: 2, numColumns: 1 }, // the measure over two
      { row: 2, column: 4, numRows: 2, numColumns: 1 }, // a result merged: stays in its top cell
    ];
    expect(fillMeasureMerges(values, merges)).toBe(3);
    expect(values.map((r) => r.slice(1))).toEqual([
      [H.issueNo, H.measureText, H.result],
      [1, 'มาตรการ ก', 'ผล ๑'],
      [1, 'มาตรการ ก', ''],
      [1, 'มาตรการ ข', 'ผล ๓'],
    ]);
  });

  it('finds the header below a title row, and leaves a merge that starts at or above it', () => {
    const values = [['รายงานผล', '', '', ''], ...sheet()];
    fillMeasureMerges(values, [
      { row: 1, column: 1, numRows: 1, numColumns: 4 }, // the title across
      { row: 2, column: 2, numRows: 3, numColumns: 1 }, // from the header row down: not a data merge
      { row: 3, column: 2, numRows: 2, numColumns: 1 },
    ]);
    expect(values.map((r) => r[1])).toEqual(['', H.issueNo, 1, 1, '']);
  });

  it('a merge across columns fills each repeated column from its own top cell (the value sits in the first)', () => {
    const values = sheet();
    fillMeasureMerges(values, [{ row: 2, column: 2, numRows: 2, numColumns: 2 }]);
    expect(values[2].slice(1, 3)).toEqual([1, 'มาตรการ ก']);
  });

  it('spans read apart (onEdit): only merges whose top lies in the lines read, at sheet positions', () => {
    const lines = [
      ['R5', 4, 'ม'],
      ['R6', '', ''],
    ];
    const merges = [
      { row: 5, column: 2, numRows: 2, numColumns: 1 },
      { row: 3, column: 3, numRows: 4, numColumns: 1 }, // its top (row 3) was not read
    ];
    expect(fillMergedDown(lines, merges, [2, 3], { firstRow: 5 })).toBe(1);
    expect(lines[1]).toEqual(['R6', 4, '']);
  });
});

describe('boxOfA1', () => {
  it('reads what Range.getA1Notation gives for a merged range', () => {
    expect(boxOfA1('B3:B7')).toEqual({ row: 3, column: 2, numRows: 5, numColumns: 1 });
    expect(boxOfA1('AA10:AB11')).toEqual({ row: 10, column: 27, numRows: 2, numColumns: 2 });
    expect(boxOfA1("'มาตรการ'!$C$2:$C$4")).toEqual({ row: 2, column: 3, numRows: 3, numColumns: 1 });
    expect(boxOfA1('D4')).toEqual({ row: 4, column: 4, numRows: 1, numColumns: 1 });
    expect(boxOfA1('B:B')).toBeUndefined();
    expect(boxOfA1('')).toBeUndefined();
  });
});
