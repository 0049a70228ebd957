/**
 * Which lines of the ledger a reconcile (or a catch-up) must write: only those that changed, when that is safe.
 * Safe means every record keeps its line: a changed line holds a new version of the same record (the same key) or
 * fills a line that was blank, and new records go below the old end. A run stopped between two writes then leaves
 * each line either its old or its new version, never one record on two lines for the report to count twice.
 * Anything else (a record gone, so the lines below move up; a header changed) is written whole, in one setValues
 * (src/gas/form-ledger.ts rewriteLedger). Pure: src/gas/form-reconcile.ts reads and writes the sheet.
 */
import { COST } from '../cost-model';

/** Consecutive lines to write: `first` is the 0-based line (0 the header row); `values` false: colours only. */
export interface LedgerBlock {
  first: number;
  count: number;
  values: boolean;
}

export interface LedgerLines {
  /** The cells, header row first: as read (old) or as they will be written (next). */
  cells: readonly (readonly unknown[])[];
  /**
   * Each line's background. The ledger colours whole lines, so the old ones are read from the first column only
   * (a run stopped between a line's values and its colours leaves the whole line in its old colour).
   */
  colours: readonly string[];
}

export interface LedgerWriteInput {
  old: LedgerLines;
  next: LedgerLines;
  /** The ledger's own columns (staff's columns to their right are not ours to compare or write). */
  width: number;
  /** 0-based column of the record key. */
  keyColumn: number;
  /** True when a cell as read shows what writing `next` would store (text written as text: apostrophes, digits). */
  sameCell: (next: unknown, old: unknown) => boolean;
  /** The colour of a line below the ledger (what a rewrite leaves there). */
  blankColour: string;
}

/** Calls a block of values costs (getRange, setNumberFormat, setValues, setBackgrounds); a whole rewrite, the same. */
const CALLS_PER_WRITE = 4;

/** 'whole', or the blocks to write (none when nothing changed). */
export function ledgerWritePlan(input: LedgerWriteInput): 'whole' | LedgerBlock[] {
  const { old, next, width, keyColumn, sameCell, blankColour } = input;
  // Lines below the new end (read because staff keep a note right of the ledger, say) must already be blank:
  // else a tail to blank, in one write, never half of one.
  for (let r = next.cells.length; r < old.cells.length; r++) {
    if (old.colours[r] !== blankColour) return 'whole';
    for (let c = 0; c < width; c++) if (!sameCell('', old.cells[r][c])) return 'whole';
  }
  const valuesDiffer = (r: number) => {
    const was = old.cells[r];
    if (!was) return true;
    for (let c = 0; c < width; c++) if (!sameCell(next.cells[r][c], was[c])) return true;
    return false;
  };
  const coloursDiffer = (r: number) => next.colours[r] !== old.colours[r];
  const blocks: LedgerBlock[] = [];
  for (let r = 0; r < next.cells.length; r++) {
    const values = valuesDiffer(r);
    if (!values && !coloursDiffer(r)) continue;
    if (values && r < old.cells.length) {
      if (r === 0) return 'whole';
      const oldKey = old.cells[r][keyColumn];
      if (!sameCell('', oldKey) && !sameCell(next.cells[r][keyColumn], oldKey)) return 'whole'; // records moved
    }
    const last = blocks[blocks.length - 1];
    if (last && last.first + last.count === r && last.values === values) last.count++;
    else blocks.push({ first: r, count: 1, values });
  }
  return cheaperThanWhole(blocks, next.cells.length, width) ? blocks : 'whole';
}

/** By the cost model's upper figures: many scattered blocks can cost more calls than one rewrite's cells. */
function cheaperThanWhole(blocks: readonly LedgerBlock[], lines: number, width: number): boolean {
  const call = COST.call.range[1];
  const cell = COST.cellWritten.range[1];
  const whole = CALLS_PER_WRITE * call + lines * width * 3 * cell;
  let parts = 0;
  for (const b of blocks) parts += CALLS_PER_WRITE * call + b.count * width * (b.values ? 3 : 1) * cell;
  return parts <= whole;
}
