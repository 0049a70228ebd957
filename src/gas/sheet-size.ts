type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Grows a sheet so that rows × columns from A1 fit: getRange past a sheet's size throws
 * ("The coordinates of the range are outside the dimensions of the sheet"). Never shrinks. `spareRows` more
 * rows are added when it grows, for a sheet that grows a line at a time (one insert per many lines, not each).
 */
export function ensureSheetSize(sheet: Sheet, rows: number, columns: number, spareRows = 0): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows + spareRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}
