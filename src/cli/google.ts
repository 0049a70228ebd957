/**
 * The CLI's Google path: read the Sheet through the Sheets API and write the report as a Google Doc through the
 * Docs API, with the `googleapis` client. The same core and the same Docs request builder as the Apps Script
 * build (src/gas/report.ts); this file only does the HTTP side.
 *
 * Reading the Sheet: a constant 3 calls, whatever the number of rows.
 *   1. spreadsheets.get (fields: sheets.properties.title): which layout sheets exist. values.batchGet fails
 *      with 400 "Unable to parse range" for a sheet that does not exist, so only existing ones are asked for;
 *      a missing sheet then becomes the core's "sheet-missing" finding, as in the Sheet.
 *   2. spreadsheets.values.batchGet of those sheets, valueRenderOption UNFORMATTED_VALUE: numbers stay numbers
 *      and booleans booleans, as getValues() gives them (FORMATTED_VALUE would give "2,567" for a year
 *      formatted with separators). dateTimeRenderOption SERIAL_NUMBER: dates come as serial numbers, turned
 *      back into Date objects with call 3 (a formatted date string depends on the sheet's locale: 2/3/2024 is
 *      2 March or 3 February).
 *   3. spreadsheets.get with includeGridData on the same ranges, fields limited to each cell's hyperlink, its
 *      text runs' links and its number-format type: the links (=HYPERLINK cells, cells linked with
 *      Insert > Link), as src/gas/read-workbook.ts finds them, and which numbers are dates.
 *
 * Writing the Doc: documents.create, then the plan's batches with writeControl.requiredRevisionId (a retried
 * call can never write twice), then the footer. 429 and 5xx are retried with exponential back-off; a batch
 * refused as too large, or that times out, is split (src/render/docs-write.ts). A run that
 * fails part-way renames its Doc "[ไม่สมบูรณ์ — สร้างไม่สำเร็จ] ..." and trashes it (Drive v3 files.update), then
 * throws. With folderId the Doc is moved there (files.get parents, files.update addParents/removeParents).
 *
 * Scopes: spreadsheets.readonly to read; documents + drive.file to write (drive.file covers the Doc this
 * program created: renaming, trashing); with folderId also drive, since drive.file does not reach a folder the
 * program did not create.
 *
 * In three files: google-auth.ts (credentials, errors, retry), google-sheets.ts (reading), google-doc.ts
 * (writing). This module is the one the commands load lazily (google-loader.ts): it re-exports them.
 */
export {
  apiOptions,
  authorise,
  GoogleCliError,
  httpStatus,
  isRetryableError,
  SCOPES,
  type GoogleOptions,
} from './google-auth';
export { readSpreadsheet, sheetData, sheetRange } from './google-sheets';
export { createGoogleDoc, type GoogleDocOptions, type GoogleDocResult } from './google-doc';
