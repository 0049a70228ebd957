import { boxOfA1, type CellBox } from '../core/merged-cells';

/**
 * The merged ranges that touch `range` (Range.getMergedRanges: one call, whatever the size), each placed by its
 * A1 notation (one call a merge, instead of four for its row, column and sizes). A sheet without merges costs one call.
 */
export function mergedBoxes(range: GoogleAppsScript.Spreadsheet.Range): CellBox[] {
  return range.getMergedRanges().flatMap((m) => {
    const box = boxOfA1(m.getA1Notation());
    return box ? [box] : [];
  });
}
