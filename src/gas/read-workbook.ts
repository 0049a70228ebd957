import { DATA_SHEETS, SHEET } from '../core/layout';
import type { SheetData, WorkbookData } from '../core/workbook';
import { readFormData } from './forms';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type RichTextValue = GoogleAppsScript.Spreadsheet.RichTextValue;


/** =HYPERLINK("url", "label") or =HYPERLINK("url"): the URL, else undefined. */
export function hyperlinkFormulaUrl(formula: string): string | undefined {
  const m = /^=\s*HYPERLINK\s*\(\s*"([^"]+)"/i.exec(formula);
  return m ? m[1] : undefined;
}

/** Which rows' rich text to read (for cells linked with Insert > Link): all, some (1-based, inclusive) or none. */
export type RichTextRows = 'all' | { first: number; last: number } | 'none';

/**
 * Reads one sheet with a fixed number of calls whatever its size: values, formulas
 * (for =HYPERLINK) and rich text for the rows asked. Each RichTextValue getter is a call into
 * Apps Script too, so onEdit asks only for the edited rows.
 */
export function readSheet(sheet: Sheet, richTextRows: RichTextRows): SheetData {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const formulas = range.getFormulas();
  const rich = readRichText(sheet, richTextRows, values.length, values[0]?.length ?? 0);
  const links = values.map((row, r) =>
    row.map((_, c) => {
      const fromFormula = formulas[r]?.[c] ? hyperlinkFormulaUrl(formulas[r][c]) : undefined;
      if (fromFormula) return fromFormula;
      // RichTextValue getters are in-memory (the values came in one call): ask only cells with text.
      if (!rich || values[r][c] === '' || typeof values[r][c] !== 'string') return undefined;
      return rich[r]?.[c]?.getLinkUrl() || undefined;
    }),
  );
  return { values, links };
}

/** Rich text of the asked rows, placed at their row index in the data range (other rows undefined). */
function readRichText(sheet: Sheet, rows: RichTextRows, height: number, width: number): (RichTextValue | null)[][] | undefined {
  if (rows === 'none' || height === 0 || width === 0) return undefined;
  if (rows === 'all') return sheet.getRange(1, 1, height, width).getRichTextValues();
  const first = Math.max(rows.first, 1);
  const last = Math.min(rows.last, height);
  if (last < first) return undefined;
  const part = sheet.getRange(first, 1, last - first + 1, width).getRichTextValues();
  const out: (RichTextValue | null)[][] = [];
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
    if (sheet) data[name] = readSheet(sheet, name === SHEET.measures ? measureRows : 'none');
  }
  // The forms' ledger and survey sheets: a row left for the bureaus to fill is complete once they have answered.
  Object.assign(data, readFormData(ss));
  // [links] The link check's results: shown on the cells by validation, without fetching again.
  const links = ss.getSheetByName(SHEET.links);
  if (links) data[SHEET.links] = readSheet(links, 'none');
  return data;
}
