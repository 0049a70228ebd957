type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The spreadsheet's time zone for dates we print (names, history lines), else the script's, else Thailand's. */
export function spreadsheetTimeZone(ss: Spreadsheet): string {
  try {
    return ss.getSpreadsheetTimeZone() || Session.getScriptTimeZone();
  } catch {
    return 'Asia/Bangkok';
  }
}
