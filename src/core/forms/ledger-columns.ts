/**
 * Columns staff inserted among the ledger's own (a note per answer, typed between its columns). The ledger is
 * written as one block of its columns in their order, so such a column would be written over: it is moved right of
 * the ledger instead, its cells on the same lines (src/gas/form-ledger.ts moveInsertedColumns).
 */
import { LEDGER_COLUMNS, ledgerColumnsOf } from './ledger';

/**
 * The 0-based columns, left to right, that lie among the ledger's when that is all that changed in its header
 * (every ledger column found by name, in the ledger's order); undefined when the header is ours already, or changed
 * otherwise (a column missing, renamed or moved: the ledger is then rewritten at its own positions, as before).
 */
export function insertedColumns(header: readonly unknown[]): number[] | undefined {
  const col = ledgerColumnsOf(header);
  const at = LEDGER_COLUMNS.map((c) => col[c]);
  if (at.some((c, i) => c === -1 || (i > 0 && c <= at[i - 1]))) return undefined;
  const last = at[at.length - 1];
  if (last === at.length - 1) return undefined; // ours, as written
  const ours = new Set(at);
  const out: number[] = [];
  for (let c = 0; c < last; c++) if (!ours.has(c)) out.push(c);
  return out;
}

/**
 * How many of the ledger's last columns are missing from a header that is otherwise ours at our positions: a ledger
 * an earlier version wrote (before ลิงก์แก้ไขคำตอบ), or one whose last column staff deleted. Those columns are then
 * written next to it, where staff may keep notes (src/gas/form-ledger.ts makes room first). 0 otherwise.
 */
export function missingLastColumns(header: readonly unknown[]): number {
  const col = ledgerColumnsOf(header);
  const at = LEDGER_COLUMNS.map((c) => col[c]);
  let k = 0;
  while (k < at.length && at[k] === k) k++;
  if (k === 0 || k === at.length) return 0;
  return at.slice(k).every((c) => c === -1) ? at.length - k : 0;
}
