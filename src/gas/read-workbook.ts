import { SHEET } from '../core/layout';
import type { SheetData, WorkbookData } from '../core/workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const DATA_SHEETS = [SHEET.config, SHEET.units, SHEET.headings, SHEET.measures] as const;

/** =HYPERLINK("url", "label") or =HYPERLINK("url"): the URL, else undefined. */
export function hyperlinkFormulaUrl(formula: string): string | undefined {
  const m = /^=\s*HYPERLINK\s*\(\s*"([^"]+)"/i.exec(formula);
  return m ? m[1] : undefined;
}

/**
 * Reads one sheet with a fixed number of calls whatever its size: values, formulas
 * (for =HYPERLINK) and, for the measures sheet, rich text (for cells linked with Insert > Link).
 */
export function readSheet(sheet: Sheet, withRichText: boolean): SheetData {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const formulas = range.getFormulas();
  const rich = withRichText ? range.getRichTextValues() : undefined;
  const links = values.map((row, r) =>
    row.map((_, c) => {
      const fromFormula = formulas[r]?.[c] ? hyperlinkFormulaUrl(formulas[r][c]) : undefined;
      if (fromFormula) return fromFormula;
      const fromRich = rich?.[r]?.[c]?.getLinkUrl();
      return fromRich || undefined;
    }),
  );
  return { values, links };
}

export function readWorkbookData(ss: Spreadsheet): WorkbookData {
  const data: WorkbookData = {};
  for (const name of DATA_SHEETS) {
    const sheet = ss.getSheetByName(name);
    if (sheet) data[name] = readSheet(sheet, name === SHEET.measures);
  }
  return data;
}
