/**
 * [progress] The log sheet `บันทึกการเตือน`: one line per reminder (time, unit, e-mail, rows, result), only ever
 * appended to. Columns are read and written by header, so staff may reorder them or add their own.
 */
import { SHEET } from '../core/layout';
import { LOG_HEADER, type LogLine } from '../core/reminders';
import { textCell } from '../core/progress-sheet';
import { cellText, normaliseHeader } from '../core/workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ReminderLog {
  sheet: Sheet;
  header: string[];
  lines: LogLine[];
}

/** The columns the once-a-day rule reads: when, which unit, and what came of it. */
const RULE_COLUMNS = [LOG_HEADER[0], LOG_HEADER[1], LOG_HEADER[5]];

/** Opens (or makes) the log and reads it: one getDataRange().getValues(). */
export function openReminderLog(ss: Spreadsheet): ReminderLog {
  let sheet = ss.getSheetByName(SHEET.reminderLog);
  if (!sheet) {
    sheet = ss.insertSheet(SHEET.reminderLog);
    sheet.setFrozenRows(1);
    sheet.protect().setDescription('ITA: บันทึกการเตือน — โปรแกรมเขียนต่อท้ายเอง').setWarningOnly(true);
  }
  let values = sheet.getDataRange().getValues();
  // Empty (new, or a run stopped right after making it): the header first, so every line is read back by it.
  if (values.length < 2 && !values[0]?.some((v) => v !== '')) {
    sheet
      .getRange(1, 1, 1, LOG_HEADER.length)
      .setValues([[...LOG_HEADER]])
      .setFontWeight('bold');
    values = [[...LOG_HEADER]];
  }
  const header = (values[0] ?? []).map((h) => normaliseHeader(h));
  const at = (name: string) => header.indexOf(normaliseHeader(name));
  const [time, code, result] = RULE_COLUMNS.map(at);
  const tz = Session.getScriptTimeZone();
  const lines = values.slice(1).map((row) => ({
    day: dayOf(row[time], tz),
    code: code < 0 ? '' : cellText(row[code]).trim(),
    result: result < 0 ? '' : cellText(row[result]).trim(),
  }));
  return { sheet, header: values.length > 0 ? header : [...LOG_HEADER], lines };
}

/** Thai, when a column the once-a-day rule reads was renamed or deleted: sending could then mail a unit twice. */
export function logProblem(log: ReminderLog): string {
  const gone = RULE_COLUMNS.filter((h) => !log.header.includes(normaliseHeader(h)));
  return gone.length === 0
    ? ''
    : `ชีต "${SHEET.reminderLog}" แถว 1 ไม่มีคอลัมน์ "${gone.join('", "')}" จึงยังไม่ส่ง — แก้หัวคอลัมน์กลับแล้วสั่งใหม่`;
}

/** The day of a time cell: a Date in the script's time zone, else the text's first 10 characters. */
function dayOf(value: unknown, tz: string): string {
  if (Object.prototype.toString.call(value) === '[object Date]')
    return Utilities.formatDate(value as Date, tz, 'yyyy-MM-dd');
  return cellText(value).trim().slice(0, 10);
}

/** Appends one line, each value under its header (a column staff removed is skipped). */
export function appendLogLine(
  log: ReminderLog,
  entry: { code: string; name: string; email: string; rows: string; result: string },
): void {
  const byHeader = new Map<string, unknown>([
    [LOG_HEADER[0], new Date(Date.now())],
    [LOG_HEADER[1], textCell(entry.code)],
    [LOG_HEADER[2], textCell(entry.name)],
    [LOG_HEADER[3], textCell(entry.email)],
    [LOG_HEADER[4], textCell(entry.rows)],
    [LOG_HEADER[5], textCell(entry.result)],
  ]);
  const width = Math.max(log.header.length, 1);
  const row = new Array<unknown>(width).fill('');
  for (const [name, value] of byHeader) {
    const c = log.header.indexOf(normaliseHeader(name));
    if (c >= 0) row[c] = value;
  }
  log.sheet.appendRow(row);
}
