/**
 * Which lines of the ledger hold the records of some measure rows, from two of its columns only (the key and
 * the row id): onEdit of a measure row then reads those lines, not the whole ledger (src/gas/form-rows-read.ts).
 * The lines are exactly the records readLedger keeps for those rows: the first line of each key wins there,
 * so a stale later copy of an answer is left out here too, even when it names the edited row.
 */
import { ledgerColumnsOf, ledgerText } from './ledger';

/** 0-based columns of the key and the row id, as readLedger finds them; undefined when one is missing. */
export function ledgerIdColumns(header: readonly unknown[]): { key: number; rowId: number } | undefined {
  const col = ledgerColumnsOf(header);
  return col.key === -1 || col.rowId === -1 ? undefined : { key: col.key, rowId: col.rowId };
}

/**
 * 1-based sheet rows of the records whose row id is one of `rowIds`. `keys[i]` and `ids[i]` are the cells of
 * sheet row i + 2 (the line under the header).
 */
export function ledgerLinesOf(
  keys: readonly unknown[],
  ids: readonly unknown[],
  rowIds: ReadonlySet<string>,
): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = ledgerText(keys[i]);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    if (rowIds.has(ledgerText(ids[i]))) out.push(i + 2);
  }
  return out;
}
