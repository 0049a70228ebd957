import type { Finding } from '../core/findings';
import { columnLetters } from '../core/a1';
import { SHEET } from '../core/layout';
import { asText, storedText } from '../core/sheet-text'; // a finding may quote what someone typed
import { ensureSheetSize } from './sheet-size';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const HEADER = ['ระดับ', 'ชีต', 'แถว', 'คอลัมน์', 'หัวคอลัมน์', 'รายละเอียด', 'ไปที่เซลล์'];



/** The findings sheet is system-managed: brought up to date each run, writing only the rows that changed. */
export function writeFindingsSheet(ss: Spreadsheet, findings: readonly Finding[]): void {
  const sheet = ss.getSheetByName(SHEET.findings) ?? ss.insertSheet(SHEET.findings);
  // Set up when new, and again when a run stopped right after inserting it (the frozen row is set last).
  if (sheet.getFrozenRows() !== 1) {
    sheet.setColumnWidth(6, 520);
    sheet.setFrozenRows(1);
  }
  const gids = new Map(ss.getSheets().map((s) => [s.getName(), s.getSheetId()]));
  const rows: (string | number)[][] = [HEADER];
  for (const f of findings) {
    const a1 = f.row && f.column ? `${columnLetters(f.column)}${f.row}` : f.row ? `A${f.row}` : 'A1';
    const gid = gids.get(f.sheet);
    rows.push([
      f.severity === 'error' ? 'ข้อผิดพลาด' : 'คำเตือน',
      f.sheet,
      f.row || '',
      f.column ? columnLetters(f.column) : '',
      asText(f.header),
      asText(f.messageTh),
      gid === undefined ? '' : `=HYPERLINK("#gid=${gid}&range=${a1}","ไปที่ ${a1}")`,
    ]);
  }
  if (findings.length === 0) rows.push(['', '', '', '', '', 'ไม่พบปัญหา', '']);
  writeChangedRows(sheet, rows);
}

/**
 * Writes only the rows that differ from what the sheet holds (two reads), each run of changed rows in one call,
 * and clears a tail left by a longer list: a validation whose findings did not change writes nothing.
 */
function writeChangedRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: (string | number)[][]): void {
  const width = HEADER.length;
  const last = sheet.getLastRow();
  const values = last > 0 ? sheet.getRange(1, 1, last, width).getValues() : [];
  const links = last > 0 ? sheet.getRange(1, width, last, 1).getFormulas() : [];
  const same = (i: number) =>
    i < values.length &&
    rows[i].every((v, c) =>
      typeof v === 'string' && v.startsWith('=') ? links[i][0] === v : String(typeof v === 'string' ? storedText(v) : v) === String(values[i][c] ?? ''),
    );
  ensureSheetSize(sheet, rows.length, width);
  for (let i = 0; i < rows.length; i++) {
    if (same(i)) continue;
    let j = i;
    while (j + 1 < rows.length && !same(j + 1)) j++;
    sheet.getRange(i + 1, 1, j - i + 1, width).setValues(rows.slice(i, j + 1));
    i = j;
  }
  if (last > rows.length) sheet.getRange(rows.length + 1, 1, last - rows.length, width).clearContent();
}
