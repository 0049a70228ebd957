/**
 * Range.sort: the rows of a range reordered by one or more of its columns, as Sheets does (Data › Sort range).
 * Whole cells move (values, formats, notes), within the range's columns. Columns are sheet columns.
 */
import type { Box } from './a1';
import { isDate } from './core';
import type { Grid } from './grid';

export type SortSpec =
  number | { column: number; ascending?: boolean } | (number | { column: number; ascending?: boolean })[];

/** Sheets' order: numbers and dates first, then text (locale order), then booleans; blanks always last. */
function rank(v: unknown): [number, number | string] {
  if (v === '' || v === null || v === undefined) return [3, 0];
  if (typeof v === 'number') return [0, v];
  if (isDate(v)) return [0, (v as Date).getTime()];
  if (typeof v === 'boolean') return [2, v ? 1 : 0];
  return [1, String(v)];
}

function compare(a: unknown, b: unknown): number {
  const [ra, va] = rank(a);
  const [rb, vb] = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof va === 'number' && typeof vb === 'number') return va - vb;
  return String(va).localeCompare(String(vb), 'th');
}

/** Throws the message Apps Script gives for a sort column outside the range. */
export function sortRows(grid: Grid, box: Box, spec: SortSpec, fail: (message: string) => Error): void {
  const specs = (Array.isArray(spec) ? spec : [spec]).map((s) =>
    typeof s === 'number' ? { column: s, ascending: true } : { ascending: true, ...s },
  );
  for (const s of specs) {
    if (!Number.isInteger(s.column) || s.column < box.column || s.column >= box.column + box.numColumns) {
      throw fail(`The coordinates or dimensions of the range are invalid.`);
    }
  }
  const order = [...Array(box.numRows).keys()];
  const valueAt = (r: number, c: number) => grid.get(box.row + r, c)?.value ?? '';
  order.sort((a, b) => {
    for (const s of specs) {
      const va = valueAt(a, s.column);
      const vb = valueAt(b, s.column);
      const blank = (v: unknown) => v === '' || v === null || v === undefined;
      if (blank(va) !== blank(vb)) return blank(va) ? 1 : -1; // blanks last, ascending or not
      const d = compare(va, vb);
      if (d !== 0) return s.ascending ? d : -d;
    }
    return a - b;
  });
  grid.permuteRows(box, order);
}
