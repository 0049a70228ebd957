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
    // Staff are warned before typing here (each validation writes over it); a protection already there is kept.
    if (sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length === 0)
      sheet.protect().setDescription('ITA: ผลการตรวจสอบ — โปรแกรมเขียนใหม่ทุกครั้งที่ตรวจสอบ').setWarningOnly(true);
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
 * Brings the sheet's rows to `rows` with as little writing as possible (two reads first): the findings are
 * sorted, so one new finding shifts every row below it; rather than rewrite them all, rows are inserted or
 * deleted where the lists differ (one call per run) and only new or changed rows are written. A validation
 * whose findings did not change writes nothing; k changed findings cost O(k) calls and cells.
 */
function writeChangedRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: (string | number)[][]): void {
  const width = HEADER.length;
  const last = sheet.getLastRow();
  const values = last > 0 ? sheet.getRange(1, 1, last, width).getValues() : [];
  const links = last > 0 ? sheet.getRange(1, width, last, 1).getFormulas() : [];
  if (values.length === 0 || values[0].some((v, c) => String(v) !== HEADER[c])) {
    // A new or damaged sheet: written whole.
    ensureSheetSize(sheet, rows.length, width);
    sheet.getRange(1, 1, rows.length, width).setValues(rows);
    if (last > rows.length) sheet.getRange(rows.length + 1, 1, last - rows.length, width).clearContent();
    return;
  }
  const oldKeys = values
    .slice(1)
    .map((line, i) => JSON.stringify([...line.slice(0, width - 1).map(String), links[i + 1]?.[0] ?? '']));
  const wanted = rows.slice(1);
  const newKeys = wanted.map((line) =>
    JSON.stringify(
      line.map((v, c) => (c === width - 1 ? String(v) : String(typeof v === 'string' ? storedText(v) : v))),
    ),
  );
  const left = (keys: string[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());
  const oldLeft = left(oldKeys);
  const newLeft = left(newKeys);
  const take = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 1) - 1);
  // Walk both lists; `at` is the 1-based sheet row being settled. Runs of the same operation are one call.
  let i = 0;
  let j = 0;
  let at = 2;
  while (i < oldKeys.length || j < wanted.length) {
    if (i < oldKeys.length && j < wanted.length && oldKeys[i] === newKeys[j]) {
      take(oldLeft, oldKeys[i++]);
      take(newLeft, newKeys[j++]);
      at++;
    } else if (j < wanted.length && !(oldLeft.get(newKeys[j]) ?? 0)) {
      let n = 0;
      while (
        j + n < wanted.length &&
        !(oldLeft.get(newKeys[j + n]) ?? 0) &&
        !(i < oldKeys.length && oldKeys[i] === newKeys[j + n])
      )
        n++;
      sheet.insertRowsAfter(at - 1, n);
      sheet.getRange(at, 1, n, width).setValues(wanted.slice(j, j + n));
      for (let k = 0; k < n; k++) take(newLeft, newKeys[j + k]);
      j += n;
      at += n;
    } else if (i < oldKeys.length && !(newLeft.get(oldKeys[i]) ?? 0)) {
      let n = 0;
      while (i + n < oldKeys.length && !(newLeft.get(oldKeys[i + n]) ?? 0)) n++;
      sheet.deleteRows(at, n);
      for (let k = 0; k < n; k++) take(oldLeft, oldKeys[i + k]);
      i += n;
    } else {
      // Both rows are still wanted elsewhere (an order change): overwrite this one in place.
      sheet.getRange(at, 1, 1, width).setValues([wanted[j]]);
      take(oldLeft, oldKeys[i++]);
      take(newLeft, newKeys[j++]);
      at++;
    }
  }
}
