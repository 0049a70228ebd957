import { MEASURE_HEADER } from '../core/layout';
import { LINKED_MEASURE_COLUMNS } from '../core/parse';
import { cellText, normaliseHeader } from '../core/workbook';
import { keyColumns, rowsToRead, validateEditedRows, type EditedRowsResult } from '../core/validation/edited-rows';
import { fillMergedDown, repeatedColumns, type CellBox } from '../core/merged-cells';
import { readFormRows } from './form-rows-read';
import { mergedBoxes } from './merged-ranges';
import { readLinks, readSheetsBesideMeasures } from './read-workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A paste taller than this is validated from the whole sheet (reading it is then the smaller part). */
export const MAX_WINDOW_ROWS = 1000;

/**
 * Reads what onEdit needs to validate measure rows first..last (1-based), and validates them: the header row,
 * the key columns (row id, heading, issue number) over the whole sheet in one read, the rows of the edited
 * issues in full, the links of the edited rows, and the small sheets. Undefined when the header lacks a key
 * column or the window is too tall: the caller then reads everything.
 */
export function validateMeasureRows(
  ss: Spreadsheet,
  sheet: Sheet,
  first: number,
  last: number,
): EditedRowsResult | undefined {
  const width = sheet.getLastColumn();
  const lastRow = sheet.getLastRow();
  if (width < 1 || last - first + 1 > MAX_WINDOW_ROWS) return undefined;
  const header = sheet.getRange(1, 1, 1, width).getValues()[0];
  const columns = keyColumns(header);
  if (!columns) return undefined;
  const left = Math.min(columns.rowId, columns.heading, columns.issueNo);
  const right = Math.max(columns.rowId, columns.heading, columns.issueNo);
  const keyValues = lastRow >= 2 ? sheet.getRange(2, left, lastRow - 1, right - left + 1).getValues() : [];
  // Cells merged down an issue's or a measure's rows count on each row, as in the full run (core/merged-cells.ts).
  const merges = lastRow >= 2 ? mergedBoxes(sheet.getRange(2, 1, lastRow - 1, width)) : [];
  const repeated = repeatedColumns(header);
  fillMergedDown(keyValues, merges, repeated, { firstRow: 2, left });
  const keys = { left, values: keyValues };
  // The heading and issue cells come from the key columns (filled over the whole sheet); the other repeated
  // columns from the rows read, so each span starts at the top of a merge it begins inside.
  const keyed = [columns.heading, columns.issueNo];
  const others = repeated.filter((c) => !keyed.includes(c));
  const spans = rowsToRead(keys, columns, first, last).map((span) => fromMergeTops(span, merges, others));
  if (spans.reduce((n, s) => n + s.last - s.first + 1, 0) > MAX_WINDOW_ROWS) return undefined;
  const linkHeaders = LINKED_MEASURE_COLUMNS.map((k) => MEASURE_HEADER[k]);
  const blocks = spans.map((span, i) => {
    const values = sheet.getRange(span.first, 1, span.last - span.first + 1, width).getValues();
    fillMergedDown(values, merges, others, { firstRow: span.first });
    values.forEach((line, r) => {
      for (const c of keyed) line[c - 1] = keyValues[span.first + r - 2]?.[c - left] ?? line[c - 1];
    });
    if (i > 0) return { first: span.first, values }; // rows of the same issue elsewhere: numbering only
    // Sparse, at sheet positions (row 0 the header), as readLinks expects; links only for the edited rows.
    const placed: unknown[][] = [header];
    values.forEach((line, r) => (placed[span.first - 1 + r] = line));
    // A link needs text to sit on (a label or a =HYPERLINK's display): edited rows whose link cells are all
    // empty (a new row being filled) have none, so their formulas and rich text are not read.
    const linkAt = linkHeaders.map((h) => header.findIndex((c) => normaliseHeader(c) === normaliseHeader(h)));
    const edited = values.slice(first - span.first, last - span.first + 1);
    const anyText = linkAt.some((c) => c === -1) || edited.some((line) => linkAt.some((c) => cellText(line[c]) !== ''));
    if (!anyText) return { first: span.first, values };
    const links = readLinks(sheet, placed, { first, last }, linkHeaders, { first, last });
    return { first: span.first, values, links: links && values.map((_, r) => links[span.first - 1 + r]) };
  });
  // The forms' sheets last, once the edited rows' ids are parsed: only their ledger lines and survey tabs.
  const read = (rowIds: ReadonlySet<string>) => readFormRows(ss, rowIds, lastRow - 1);
  const forms = { edited: { first, last }, read };
  return validateEditedRows({ header, keys, columns, blocks, other: readSheetsBesideMeasures(ss, false), forms });
}

/** A span widened up to the top cell of any merge in `columns` that covers its first row: the value is there. */
function fromMergeTops(span: { first: number; last: number }, merges: readonly CellBox[], columns: readonly number[]) {
  let first = span.first;
  // Again from each new first row: a merge in another column may start higher still.
  for (let moved = true; moved;) {
    moved = false;
    for (const m of merges) {
      const covers = m.row >= 2 && m.row < first && m.row + m.numRows > first;
      if (covers && columns.some((c) => c >= m.column && c < m.column + m.numColumns)) [first, moved] = [m.row, true];
    }
  }
  return { first, last: span.last };
}
