/**
 * onEdit of measure rows that need no mark and carry none of ours: then there is nothing to read or write, and the
 * rows' backgrounds and notes (two bulk reads, ~0.2–0.5 s) are not read. Typing in a row that is already right is
 * the common edit.
 *
 * "Carry none of ours" is known without looking only when every mark of ours on these rows would have a memory
 * line: each row has a key of its own and kept it in this edit (the row-id column is outside the edited range:
 * marks remembered under an id changed now are found only by reading the cells), every column has a header of its
 * own (marks under a blank or repeated header are remembered by their note only), and the memory was read as we
 * wrote it, and it holds no line for marks without identity on this sheet (a row that shared its id at the last full
 * run, or a column whose header was repeated, may have its identity back now without being edited: its marks are
 * known by their notes only). Otherwise planRows reads the cells as before.
 */
import type { Finding } from '../core/findings';
import { MEASURE_HEADER, SHEET } from '../core/layout';
import { normaliseHeader } from '../core/workbook';
import { splitKey, UNKEYED_ROW_KEY, type SheetKeys } from './mark-keys';
import { memoryIntact, type MarkMemory } from './marks-store';

export interface EditedRows {
  first: number;
  last: number;
  /** The edited range's first and last column (asked last: two calls, made only when the rest holds). */
  columns: () => { left: number; right: number };
}

export function rowsNeedNoMarks(
  name: string,
  header: readonly unknown[] | undefined,
  findings: readonly Finding[],
  memory: MarkMemory,
  keys: SheetKeys,
  edit: EditedRows,
): boolean {
  if (name !== SHEET.measures || !header || !memoryIntact(memory) || memory.legacy.length > 0) return false;
  const { first, last } = edit;
  if (findings.some((f) => f.sheet === name && f.row >= first && f.row <= last)) return false;
  const rowKeys = new Set<string>();
  for (let r = first; r <= last; r++) {
    const key = keys.rowKeyOf(r);
    if (key === undefined) return false;
    rowKeys.add(key);
  }
  for (const key of memory.entries.keys()) {
    const at = splitKey(key);
    if (at.sheet === name && (rowKeys.has(at.row) || at.row === UNKEYED_ROW_KEY)) return false;
  }
  for (let c = 1; c <= header.length; c++) if (keys.columnPartOf(c) === undefined) return false;
  const rowIdColumn = header.findIndex((h) => normaliseHeader(h) === normaliseHeader(MEASURE_HEADER.rowId)) + 1;
  const { left, right } = edit.columns();
  return rowIdColumn > 0 && (rowIdColumn < left || rowIdColumn > right);
}
