/**
 * onEdit's validation of a few rows of the measures sheet without the whole sheet. The rules that span rows
 * need only a few key cells of the other rows (row id, heading, issue number: see CROSS_ROW_RULES), and the
 * measure numbering needs the rows of the edited rows' issues. So the caller reads those key columns over the
 * whole sheet, the full rows of a small window around the edit, and the small sheets; this file turns them
 * into what the full validation would say about the edited rows.
 *
 * Where it can differ from the menu's validation (which stays the authority): an issue longer than WINDOW_REACH
 * rows each way is numbered from the part read. A row whose key cells are filled but another required cell is
 * empty counts in the cross-row rules here and in the full run alike (key-rows.ts).
 */
import { SHEET } from '../layout';
import type { MeasureRow } from '../parse';
import { parseWorkbook } from '../parse';
import type { SheetData, WorkbookData } from '../workbook';
import { validateParsed, type ValidationResult } from './index';
import { keyColumnTexts, keyOnlyRows, mergeByRow, type KeyCells, type KeyField } from './key-rows';

export { KEY_FIELDS, keyColumns, type KeyCells } from './key-rows';

/** How far the window reaches up and down from the edit to take in the rest of an issue. */
export const WINDOW_REACH = 200;

/**
 * The rows to read in full: the edited rows, widened to the whole of the issues at their ends (the measure
 * numbering needs every row of an issue) but never more than WINDOW_REACH rows each way.
 */
export function editWindow(keys: KeyCells, columns: Record<KeyField, number>, first: number, last: number): RowSpan {
  const issues = keyColumnTexts(keys, columns, 'issueNo');
  const issue = (row: number) => issues[row - 2] ?? '';
  const lastRow = keys.values.length + 1;
  let top = first;
  while (top > 2 && first - top < WINDOW_REACH && issue(top) !== '' && issue(top - 1) === issue(top)) top--;
  let bottom = last;
  while (
    bottom < lastRow &&
    bottom - last < WINDOW_REACH &&
    issue(bottom) !== '' &&
    issue(bottom + 1) === issue(bottom)
  )
    bottom++;
  return { first: top, last: bottom };
}

export interface RowSpan {
  first: number;
  last: number;
}

/**
 * Every span of rows to read in full: the window around the edit, then the rows elsewhere that carry one of
 * the window's issue numbers (an issue split from its group: its numbering counts those rows too), as
 * consecutive runs, at most WINDOW_REACH rows.
 */
export function rowsToRead(keys: KeyCells, columns: Record<KeyField, number>, first: number, last: number): RowSpan[] {
  const window = editWindow(keys, columns, first, last);
  const issues = new Set<string>();
  const texts = keyColumnTexts(keys, columns, 'issueNo');
  for (let row = window.first; row <= window.last; row++) issues.add(texts[row - 2] ?? '');
  issues.delete('');
  const spans: RowSpan[] = [window];
  let extra = 0;
  for (let row = 2; row <= keys.values.length + 1 && extra < WINDOW_REACH; row++) {
    if (row >= window.first && row <= window.last) continue;
    if (!issues.has(texts[row - 2] ?? '')) continue;
    const lastSpan = spans[spans.length - 1];
    if (spans.length > 1 && lastSpan.last === row - 1) lastSpan.last = row;
    else spans.push({ first: row, last: row });
    extra++;
  }
  return spans;
}

export interface EditedRowsInput {
  /** The measures sheet's header row (row 1), every column. */
  header: readonly unknown[];
  keys: KeyCells;
  columns: Record<KeyField, number>;
  /** The spans of rowsToRead in full (the window first), each from sheet row `first`; links as readSheet gives them. */
  blocks: readonly RowBlock[];
  /** Every other sheet the validation reads (config, units, headings, the forms' sheets, link results). */
  other: WorkbookData;
  /**
   * onEdit: the forms' sheets are read once the edited rows are parsed, for their row ids only (the ledger
   * lines and survey tabs of those rows: src/gas/form-rows-read.ts). Without it, `other` holds them whole.
   */
  forms?: { edited: RowSpan; read: (rowIds: ReadonlySet<string>) => WorkbookData };
}

export interface RowBlock {
  first: number;
  values: readonly unknown[][];
  links?: readonly (readonly (string | undefined)[] | undefined)[];
}

export interface EditedRowsResult extends ValidationResult {
  /** The header row and every row's row id as text, for the marks' row keys: index r − 1 for sheet row r. */
  header: readonly unknown[];
  rowIds: string[];
}

/**
 * The data with the forms' sheets as far as the edited rows need them: the row ids of the edited rows that
 * parse (a row that does not parse gets no finding from the forms), so their records and surveys are all there.
 */
function withForms(data: WorkbookData, measures: readonly MeasureRow[], forms: EditedRowsInput['forms']): WorkbookData {
  if (!forms) return data;
  const { edited, read } = forms;
  const rowIds = new Set(measures.filter((m) => m.row >= edited.first && m.row <= edited.last).map((m) => m.rowId));
  return { ...data, ...read(rowIds) };
}

export function validateEditedRows(input: EditedRowsInput): EditedRowsResult {
  const { header, keys, columns, blocks } = input;
  // Sparse, at sheet positions: the parser skips rows that are not arrays, so only the blocks are parsed.
  const values: unknown[][] = [[...header]];
  const links: (readonly (string | undefined)[] | undefined)[] = [];
  // Which sheet rows the blocks hold: a flat table, since `values` is sparse (slow to probe row by row).
  const height = Math.max(keys.values.length + 1, ...blocks.map((b) => b.first + b.values.length - 1));
  const held = new Uint8Array(height + 1);
  for (const block of blocks) {
    block.values.forEach((line, i) => {
      values[block.first - 1 + i] = line;
      links[block.first - 1 + i] = block.links?.[i];
      held[block.first + i] = 1;
    });
  }
  const inBlock = (row: number) => held[row] === 1;
  const data: WorkbookData = { ...input.other, [SHEET.measures]: { values, links: links as SheetData['links'] } };
  const workbook = parseWorkbook(data);
  const windowFirst = blocks[0]?.first ?? 2;
  // Rows above by their key cells; in the blocks, the rows that parse and, by their key cells, those that do not
  // (as the full run counts them: key-rows.ts).
  const parsedRows = new Set(workbook.measures.map((m) => m.row));
  const unparsed = blocks
    .flatMap((b) => keyOnlyRows(keys, columns, b.first + b.values.length, (row) => parsedRows.has(row), b.first))
    .sort((a, b) => a.row - b.row);
  const crossRow = mergeByRow(
    mergeByRow(keyOnlyRows(keys, columns, windowFirst, inBlock), unparsed),
    workbook.measures,
  );
  const result = validateParsed(workbook, withForms(data, workbook.measures, input.forms), crossRow);
  // For the marks' row keys: every row's id as text, so an id used twice anywhere has no key, as in a full run. The
  // key columns cover every row, the blocks' too (read at the same time), so they give them all.
  return { ...result, header, rowIds: ['', ...keyColumnTexts(keys, columns, 'rowId')] };
}
