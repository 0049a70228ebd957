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
