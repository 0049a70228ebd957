import { SHEET } from '../core/layout';
import { sideSheetSources } from '../core/validation/side-sheets';
import type { WorkbookData } from '../core/workbook';
import { readSheet } from './read-workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * onEdit of the config, units or headings sheet: what their findings need (sideSheetSources), read as
 * readWorkbookData reads them (the config's links from its formulas; the others and the link results as values).
 * Nothing that grows with the measures or the form answers.
 */
export function readSideSheets(ss: Spreadsheet, name: string): WorkbookData {
  const data: WorkbookData = {};
  for (const source of sideSheetSources(name)) {
    const sheet = ss.getSheetByName(source);
    if (sheet) data[source] = readSheet(sheet, 'none', source === SHEET.config ? 'all' : 'none');
  }
  return data;
}
