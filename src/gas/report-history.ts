/**
 * [publish] The sheet "ประวัติการสร้างรายงาน": one line per report run from the menu, appended (appendRow:
 * never over an earlier line), whatever the run's outcome. Writing it is best effort: a history that cannot
 * be written never fails the report, and is said in the log.
 */
import { SHEET } from '../core/layout';
import { normaliseHeader } from '../core/workbook';
import { errorMessage } from './error-message';
import { headerRow } from './header-row';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const RESULT_OK = 'สำเร็จ';
export const RESULT_FAILED = 'ล้มเหลว';
/** The report goes on in later executions (src/gas/report-continue.ts): its last one appends the outcome. */
export const RESULT_CONTINUING = 'กำลังสร้างต่อ';

export const HISTORY_HEADER = [
  'เวลา',
  'ผู้สั่ง',
  'ปีงบประมาณ/รอบ',
  'จำนวนแถว',
  'ข้อผิดพลาด',
  'คำเตือน',
  'ลิงก์ Google Doc',
  'ลิงก์ PDF',
  'ผล',
  'เหตุผล/หมายเหตุ',
] as const;

const WIDTHS = [140, 200, 140, 80, 80, 80, 260, 260, 80, 480];

/** What one run did, filled in as it goes; write() appends it once. */
export class RunRecord {
  round = '';
  rows: number | '' = '';
  errors: number | '' = '';
  warnings: number | '' = '';
  docUrl = '';
  pdfUrl = '';
  private result: string = RESULT_FAILED;
  private reason = 'หยุดก่อนสร้างรายงานเสร็จ';
  private written = false;

  constructor(readonly startedAt: Date) {}

  /** The run stopped: `reason` is what staff were told (its first paragraph). */
  fail(reason: string): void {
    this.result = RESULT_FAILED;
    this.reason = firstParagraph(reason);
  }

  /** The report goes on in the background; a later line gives its outcome. */
  continuing(note: string): void {
    this.result = RESULT_CONTINUING;
    this.reason = note;
  }

  succeed(notes: readonly (string | undefined)[]): void {
    this.result = RESULT_OK;
    this.reason = notes.filter((n): n is string => Boolean(n)).join('\n');
  }

  /** Appends the line (once per run), making the sheet with its header on first use. Never throws. */
  write(ss: Spreadsheet, timeZone: string): void {
    if (this.written) return;
    this.written = true;
    try {
      const sheet = ss.getSheetByName(SHEET.history) ?? createHistorySheet(ss);
      sheet.appendRow(
        underHeaders(sheet, [
          Utilities.formatDate(this.startedAt, timeZone, 'yyyy-MM-dd HH:mm:ss'),
          currentUser(),
          this.round,
          this.rows,
          this.errors,
          this.warnings,
          this.docUrl,
          this.pdfUrl,
          this.result,
          plainText(this.reason),
        ]),
      );
    } catch (e) {
      console.warn(`report history: could not append to "${SHEET.history}": ${errorMessage(e)}`);
    }
  }
}

/**
 * The line laid out under the sheet's headers, found by their text: staff may insert, move or rename columns of
 * their own (their cells of the new line stay empty). A header of ours that is gone is added after the last
 * column, into an empty cell (nothing staff typed is written over).
 */
function underHeaders(sheet: GoogleAppsScript.Spreadsheet.Sheet, values: readonly unknown[]): unknown[] {
  const { row, present } = headerRow(sheet, HISTORY_HEADER);
  const header = [...present];
  while (header.length > 0 && header[header.length - 1] === '') header.pop();
  const line: unknown[] = header.map(() => '');
  HISTORY_HEADER.forEach((name, i) => {
    let at = header.indexOf(normaliseHeader(name));
    if (at < 0) {
      at = header.length;
      header.push(normaliseHeader(name));
      sheet.getRange(row, at + 1).setValue(name);
    }
    line[at] = values[i];
  });
  return line;
}

function createHistorySheet(ss: Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = ss.insertSheet(SHEET.history);
  sheet
    .getRange(1, 1, 1, HISTORY_HEADER.length)
    .setValues([[...HISTORY_HEADER]])
    .setFontWeight('bold')
    .setBackground('#d9e2f3');
  sheet.setFrozenRows(1);
  WIDTHS.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  return sheet;
}

/** The account that ran the menu; empty when Apps Script does not give it (consumer accounts, some domains). */
function currentUser(): string {
  try {
    return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
  } catch {
    return '';
  }
}

function firstParagraph(text: string): string {
  return text.split('\n\n')[0].trim();
}

/** A message that starts like a formula (=, +, -, @) is kept as text, never evaluated. */
function plainText(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}
