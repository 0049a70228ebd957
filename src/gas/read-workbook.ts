import { DATA_SHEETS, MEASURE_HEADER, SHEET } from '../core/layout';
import { LINKED_MEASURE_COLUMNS } from '../core/parse';
import { normaliseHeader, type SheetData, type WorkbookData } from '../core/workbook';
import { fillMeasureMerges } from '../core/merged-cells';
import { readFormData } from './forms';
import { mergedBoxes } from './merged-ranges';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** =HYPERLINK("url", "label") or =HYPERLINK("url"): the URL, else undefined. */
export function hyperlinkFormulaUrl(formula: string): string | undefined {
  const m = /^=\s*HYPERLINK\s*\(\s*"([^"]+)"/i.exec(formula);
  return m ? m[1] : undefined;
}

/** Which rows' rich text to read (for cells linked with Insert > Link): all, some (1-based, inclusive) or none. */
export type RichTextRows = 'all' | { first: number; last: number } | 'none';

/** Which columns' links to read: every column, only the columns under these headers, or none. */
export type LinkColumns = 'all' | readonly string[] | 'none';

/**
 * Reads one sheet with a fixed number of calls whatever its size: values, then formulas (for =HYPERLINK) and
 * rich text (for Insert > Link) of the rows asked, only over the span of the columns whose links are used:
 * each cell read costs time in Apps Script, and most columns never hold a link the report uses.
 */
export function readSheet(
  sheet: Sheet,
  richTextRows: RichTextRows,
  linkColumns: LinkColumns = 'all',
  formulaRows: RichTextRows = richTextRows === 'none' ? 'all' : richTextRows,
  { fillMerges = false }: { fillMerges?: boolean } = {},
): SheetData {
  const range = sheet.getDataRange();
  const values = range.getValues();
  // The measures sheet: a cell merged down an issue's or a measure's rows counts on each (core/merged-cells.ts).
  if (fillMerges) fillMeasureMerges(values, mergedBoxes(range));
  const links = readLinks(sheet, values, richTextRows, linkColumns, formulaRows);
  return links ? { values, links } : { values };
}

/**
 * The links of `values` (row 0 the header; rows may be missing, as onEdit reads only a window): the URL of a
 * =HYPERLINK formula, else of an Insert > Link, per cell of the link columns; undefined when none is read.
 */
export function readLinks(
  sheet: Sheet,
  values: unknown[][],
  richTextRows: RichTextRows,
  linkColumns: LinkColumns,
  formulaRows: RichTextRows,
): (string | undefined)[][] | undefined {
  const span = linkSpan(values, linkColumns);
  if (!span) return undefined;
  const width = span.right - span.left + 1;
  // Links matter row by row: the rows asked (all for a full run, the edited ones for onEdit) are all that is read.
  const formulas = readRows(sheet, formulaRows, values.length, span.left, width, (r) => r.getFormulas()) ?? [];
  const rich = readRows(sheet, richTextRows, values.length, span.left, width, (r) => r.getRichTextValues());
  return values.map((row, r) =>
    row.map((_, c) => {
      const at = c + 1 - span.left;
      if (at < 0 || at >= width) return undefined;
      const fromFormula = formulas[r]?.[at] ? hyperlinkFormulaUrl(formulas[r][at]) : undefined;
      if (fromFormula) return fromFormula;
      // RichTextValue getters are in-memory (the values came in one call): ask only cells with text.
      if (!rich || values[r][c] === '' || typeof values[r][c] !== 'string') return undefined;
      const value = rich[r]?.[at];
      return value?.getLinkUrl() || runLinks(value);
    }),
  );
}

/** getLinkUrl() is null for a cell holding several different links (labels linked one by one): each run's, a line each. */
function runLinks(value: GoogleAppsScript.Spreadsheet.RichTextValue | null | undefined): string | undefined {
  const urls = new Set(value?.getRuns().map((run) => run.getLinkUrl()));
  urls.delete(null);
  return urls.size > 0 ? [...urls].join('\n') : undefined;
}

/** 1-based first and last column to read links from, or undefined for none. */
function linkSpan(values: unknown[][], columns: LinkColumns): { left: number; right: number } | undefined {
  const width = values[0]?.length ?? 0;
  if (columns === 'none' || values.length === 0 || width === 0) return undefined;
  if (columns === 'all') return { left: 1, right: width };
  const wanted = new Set(columns.map((h) => normaliseHeader(h)));
  for (const line of values.slice(0, 5)) {
    if (!Array.isArray(line)) continue;
    const found = line.map((cell, c) => (wanted.has(normaliseHeader(cell)) ? c + 1 : 0)).filter((c) => c > 0);
    if (found.length > 0) return { left: Math.min(...found), right: Math.max(...found) };
  }
  return { left: 1, right: width }; // headers not found: read every column (validation reports the headers)
}

/** One property (formulas, rich text) of the asked rows and columns, placed at their row index (other rows undefined). */
function readRows<T>(
  sheet: Sheet,
  rows: RichTextRows,
  height: number,
  left: number,
  width: number,
  read: (range: GoogleAppsScript.Spreadsheet.Range) => T[][],
): T[][] | undefined {
  if (rows === 'none' || height === 0 || width === 0) return undefined;
  if (rows === 'all') return read(sheet.getRange(1, left, height, width));
  const first = Math.max(rows.first, 1);
  const last = Math.min(rows.last, height);
  if (last < first) return undefined;
  const part = read(sheet.getRange(first, left, last - first + 1, width));
  const out: T[][] = [];
  part.forEach((line, i) => (out[first - 1 + i] = line));
  return out;
}

/**
 * The data sheets as the core reads them. Rich text (links) is read on the measures sheet only:
 * every row for a full run, or only `measureRows` (the rows an edit touched).
 */
export function readWorkbookData(ss: Spreadsheet, measureRows: RichTextRows = 'all'): WorkbookData {
  const data: WorkbookData = {};
  for (const name of DATA_SHEETS) {
    const sheet = ss.getSheetByName(name);
    if (!sheet) continue;
    // Links are used in the config (folder, template) and in four measures columns; units and headings have none.
    // The ledger, survey and link-result sheets are read as values only (readFormData, below).
    const linkColumns: LinkColumns =
      name === SHEET.measures
        ? LINKED_MEASURE_COLUMNS.map((k) => MEASURE_HEADER[k])
        : name === SHEET.config
          ? 'all'
          : 'none';
    const measures = name === SHEET.measures;
    data[name] = readSheet(sheet, measures ? measureRows : 'none', linkColumns, undefined, { fillMerges: measures });
  }
  // The forms' ledger and survey sheets: a row left for the bureaus to fill is complete once they have answered.
  Object.assign(data, readFormData(ss));
  // [links] The link check's results: shown on the cells by validation, without fetching again.
  const links = ss.getSheetByName(SHEET.links);
  if (links) data[SHEET.links] = readSheet(links, 'none', 'none'); // values only: its jump links are ours
  return data;
}

/**
 * onEdit of measure rows: every sheet the validation reads but the measures sheet, as values only (the config's
 * links name the folder and template, which no measure finding depends on). `withForms` false leaves out the
 * forms' sheets, which onEdit reads for the edited rows only (form-rows-read.ts).
 */
export function readSheetsBesideMeasures(ss: Spreadsheet, withForms = true): WorkbookData {
  const data: WorkbookData = {};
  for (const name of DATA_SHEETS) {
    if (name === SHEET.measures) continue;
    const sheet = ss.getSheetByName(name);
    if (sheet) data[name] = readSheet(sheet, 'none', 'none');
  }
  if (withForms) Object.assign(data, readFormData(ss));
  const links = ss.getSheetByName(SHEET.links);
  if (links) data[SHEET.links] = readSheet(links, 'none', 'none');
  return data;
}
