/**
 * onEdit of measure rows with the forms in use: what the forms say about the edited rows, without reading
 * the whole ledger (thousands of answers) or every survey tab. Stateless: read from the sheets each time,
 * nothing cached that could go stale. The validation gets the same shape of data as readFormData gives
 * (src/gas/forms.ts), with only the ledger lines and survey tabs of those row ids; the edited rows' findings
 * are the same (test/on-edit-forms.gas.test.ts). The ledger's and survey sheets' own findings come out
 * incomplete, which is fine: onEdit of the measures sheet marks only the edited measure rows.
 */
import { ledgerIdColumns, ledgerLinesOf } from '../core/forms/ledger-lines';
import { formSheetNames } from '../core/forms/view';
import { SHEET } from '../core/layout';
import { readMs, scatteredMs, spansMs, spansOf } from '../core/read-spans';
import type { WorkbookData } from '../core/workbook';
import { sheetValues } from './form-ledger';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The forms' sheets as readFormData reads them, but only what the records and surveys of `rowIds` need.
 * `measureRows`: how many rows the measures sheet has, to estimate how many ledger lines are theirs.
 */
export function readFormRows(ss: Spreadsheet, rowIds: ReadonlySet<string>, measureRows: number): WorkbookData {
  const data: WorkbookData = {};
  const mapping = sheetValues(ss, SHEET.surveys); // small: one line per linked survey
  if (mapping) data[SHEET.surveys] = { values: mapping };
  const tabs = formSheetNames(data, rowIds).slice(2); // after the ledger's and the mapping's names
  // A survey "tab" that is the ledger itself (a mistyped mapping) is aggregated over the whole sheet.
  const ledger = tabs.includes(SHEET.ledger) ? sheetValues(ss, SHEET.ledger) : readLedgerLines(ss, rowIds, measureRows);
  if (ledger) data[SHEET.ledger] = { values: ledger };
  for (const name of tabs) {
    if (name in data) continue;
    const values = sheetValues(ss, name);
    if (values) data[name] = { values };
  }
  return data;
}

/**
 * The ledger's header and the lines of the records of `rowIds`, at their sheet positions (other lines are
 * holes, which readLedger skips); the whole sheet when the cost model says that is cheaper; undefined when
 * there is no ledger.
 */
export function readLedgerLines(
  ss: Spreadsheet,
  rowIds: ReadonlySet<string>,
  measureRows: number,
): unknown[][] | undefined {
  const sheet = ss.getSheetByName(SHEET.ledger);
  if (!sheet) return undefined;
  // No parsed row id among the edited rows: no record can be theirs (an empty ledger still means "in use").
  if (rowIds.size === 0) return [];
  const height = sheet.getLastRow();
  const width = sheet.getLastColumn();
  const whole = () => sheet.getDataRange().getValues();
  if (height < 2 || width < 1) return whole();
  // Before reading anything: a short ledger, or one where the rows' answers are expected close together (few
  // measure rows, or a tall paste), costs less in one read than its header, two columns and those lines do.
  // (Answers are taken as spread evenly over the measure rows; the two columns at their cheapest, one read.)
  const expected = ((height - 1) * rowIds.size) / Math.max(measureRows, rowIds.size);
  const narrow = readMs(width) + readMs(2 * (height - 1)) + scatteredMs(height - 1, expected, width);
  if (readMs(height * width) <= narrow) return whole();
  const header = sheet.getRange(1, 1, 1, width).getValues()[0];
  const at = ledgerIdColumns(header);
  if (!at) return [header]; // without a key or row id column readLedger gives no record for any row
  const { keys, ids } = readIdColumns(sheet, height, at);
  const lines = ledgerLinesOf(keys, ids, rowIds);
  let spans = spansOf(lines, width);
  if (spansMs(spans, width) > readMs((height - 1) * width)) spans = [{ first: 2, last: height }];
  const wanted = new Set(lines);
  const values: unknown[][] = [header];
  for (const span of spans) {
    const part = sheet.getRange(span.first, 1, span.last - span.first + 1, width).getValues();
    // Only the wanted lines: a bridged gap holds other rows' answers and stale copies readLedger must not see.
    part.forEach((line, i) => {
      if (wanted.has(span.first + i)) values[span.first - 1 + i] = line;
    });
  }
  return values;
}

/** The key and row id cells of lines 2..height: one read over both columns, or two, whichever costs less. */
function readIdColumns(sheet: Sheet, height: number, at: { key: number; rowId: number }) {
  const lines = height - 1;
  const left = Math.min(at.key, at.rowId);
  const span = Math.abs(at.key - at.rowId) + 1;
  const column = (c: number, w: number) => sheet.getRange(2, c + 1, lines, w).getValues();
  if (readMs(lines * span) <= 2 * readMs(lines)) {
    const block = column(left, span);
    return { keys: block.map((l) => l[at.key - left]), ids: block.map((l) => l[at.rowId - left]) };
  }
  return { keys: column(at.key, 1).map((l) => l[0]), ids: column(at.rowId, 1).map((l) => l[0]) };
}
