import type { Finding } from '../core/findings';
import { columnLetters } from '../core/a1';
import { SHEET } from '../core/layout';
import { asText } from '../core/sheet-text'; // a finding may quote what someone typed
import { ensureSheetSize } from './sheet-size';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const HEADER = ['ระดับ', 'ชีต', 'แถว', 'คอลัมน์', 'หัวคอลัมน์', 'รายละเอียด', 'ไปที่เซลล์'];



/** The findings sheet is system-managed: rewritten from scratch each run, in a fixed number of calls. */
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
  sheet.clearContents();
  ensureSheetSize(sheet, rows.length, HEADER.length);
  sheet.getRange(1, 1, rows.length, HEADER.length).setValues(rows);
}
