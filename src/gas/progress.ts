/**
 * [progress] Menu "สรุปความคืบหน้า" (refreshProgress), and the same rebuild after each reconcile: reads the workbook
 * and the forms' ledger (values only), computes src/core/progress.ts and rewrites the sheet `สรุปความคืบหน้า` in
 * one setValues and one setFontWeights, then updates its chart in place (progress-chart.ts).
 */
import { formView } from '../core/forms/view';
import { DATA_SHEETS, SHEET } from '../core/layout';
import { parseWorkbook, type ParsedWorkbook } from '../core/parse';
import { progressCells, PROGRESS_WIDTH } from '../core/progress-sheet';
import { progressOf, type Progress } from '../core/progress';
import { readReminderConfig, type ReminderConfig } from '../core/reminders';
import type { Config } from '../core/schemas';
import type { CalendarDate } from '../core/thai';
import { storedText } from '../core/sheet-text';
import { cellText, type WorkbookData } from '../core/workbook';
import { sheetValues } from './form-ledger';
import { loadFormView, readFormData } from './forms';
import { upsertProgressChart } from './progress-chart';
import { scheduleText, syncSchedule, type ScheduleChange } from './reminder-schedule';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ProgressRead {
  workbook: ParsedWorkbook;
  config: Config;
  progress: Progress;
  reminder: ReminderConfig;
  today: CalendarDate;
  /** "2026-12-01" in the script's time zone. */
  todayKey: string;
}

/** Now in the script's time zone: "yyyy-MM-dd HH:mm". Date.now, so tests can set the clock. */
export function nowText(format = 'yyyy-MM-dd HH:mm'): string {
  return Utilities.formatDate(new Date(Date.now()), Session.getScriptTimeZone(), format);
}

function calendarDay(key: string): CalendarDate {
  const [year, month, day] = key.split('-').map(Number);
  return { year, month, day };
}

/**
 * The round's progress, or why it cannot be computed (Thai). `catchUp` first records answers a missed trigger left
 * in the responses sheet (as the report does); after a reconcile the ledger is already current.
 */
export function readProgress(ss: Spreadsheet, catchUp: boolean): ProgressRead | { problem: string } {
  const data: WorkbookData = {};
  for (const name of DATA_SHEETS) {
    const values = sheetValues(ss, name);
    if (values) data[name] = { values };
  }
  const workbook = parseWorkbook(data);
  const config = workbook.config;
  if (!config)
    return {
      problem: `ชีต "${SHEET.config}" ยังไม่ครบ (ชื่อหน่วยงาน ปีงบประมาณ หรือรอบรายงาน) — เรียกเมนู "ตรวจสอบข้อมูล" เพื่อดูช่องที่ต้องแก้`,
    };
  if (workbook.units.length === 0 || workbook.measures.length === 0)
    return { problem: `ยังไม่มีหน่วยงานในชีต "${SHEET.units}" หรือมาตรการในชีต "${SHEET.measures}"` };
  const view = catchUp ? loadFormView(ss, workbook, config) : formView(readFormData(ss), workbook, config);
  const todayKey = nowText('yyyy-MM-dd');
  return {
    workbook,
    config,
    progress: progressOf(workbook, config, view),
    reminder: readReminderConfig(data[SHEET.config]?.values),
    today: calendarDay(todayKey),
    todayKey,
  };
}

/** Rewrites the sheet: one setValues and one setFontWeights over the block; leftover lines below are cleared. */
export function writeProgressSheet(ss: Spreadsheet, read: ProgressRead): void {
  const cells = progressCells(read.progress, {
    updatedAt: nowText(),
    today: read.today,
    deadline: read.reminder.deadline,
    style: read.config.digitStyle,
  });
  let sheet = ss.getSheetByName(SHEET.progress);
  const old = sheet ? sheet.getDataRange().getValues() : [];
  if (!sheet) {
    sheet = ss.insertSheet(SHEET.progress);
    sheet.setColumnWidth(1, 320);
    sheet.setColumnWidth(8, 460);
    // Staff are warned before typing here: the next rebuild writes over the whole block.
    sheet.protect().setDescription('ITA: สรุปความคืบหน้า — โปรแกรมเขียนใหม่ทุกครั้ง').setWarningOnly(true);
  }
  // Writes only when something changed (the "ปรับปรุงเมื่อ" line aside): a reconcile that changes nothing writes nothing.
  const changed = !sameCells(old, cells.values);
  if (changed) {
    const height = cells.values.length;
    const bold = new Set(cells.boldRows);
    sheet
      .getRange(1, 1, height, PROGRESS_WIDTH)
      .setValues(cells.values)
      .setFontWeights(
        cells.values.map((_, r) =>
          new Array<'bold' | 'normal'>(PROGRESS_WIDTH).fill(bold.has(r + 1) ? 'bold' : 'normal'),
        ),
      );
    if (old.length > height)
      sheet.getRange(height + 1, 1, old.length - height, Math.max(PROGRESS_WIDTH, old[0]?.length ?? 0)).clear();
  }
  upsertProgressChart(sheet, cells.chart, changed);
}

/** The sheet already shows these cells (row 2, the update time, aside). */
function sameCells(old: unknown[][], next: readonly (readonly unknown[])[]): boolean {
  if (old.length !== next.length) return false;
  const shown = (v: unknown) => (typeof v === 'string' ? storedText(v) : cellText(v));
  return next.every((line, r) => r === 1 || line.every((v, c) => shown(v) === cellText(old[r]?.[c])));
}

/** Rebuilds the sheet; returns the problem (Thai) when it cannot. Also keeps the weekly schedule in step with the config. */
export function refreshProgressIn(
  ss: Spreadsheet,
  catchUp: boolean,
): (ProgressRead & { schedule: ScheduleChange }) | { problem: string } {
  const read = readProgress(ss, catchUp);
  if ('problem' in read) return read;
  writeProgressSheet(ss, read);
  return { ...read, schedule: syncSchedule(read.reminder, read.todayKey) };
}

/**
 * After a reconcile: keeps the sheet current once a coordinator has made it (the menu makes it; a reconcile does not
 * add a sheet nobody asked for). Never fails the reconcile, whose own work is done and saved.
 */
export function refreshProgressQuietly(ss: Spreadsheet): void {
  try {
    if (!ss.getSheetByName(SHEET.progress)) return;
    const out = refreshProgressIn(ss, false);
    if ('problem' in out) console.warn(`progress: not rebuilt: ${out.problem}`);
  } catch (error) {
    console.warn('progress: the sheet could not be rebuilt after the reconcile', error);
  }
}

/** Menu "สรุปความคืบหน้า". */
export function refreshProgressFromMenu(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  const out = refreshProgressIn(ss, true);
  if ('problem' in out) {
    ui.alert('สรุปความคืบหน้า', out.problem, ui.ButtonSet.OK);
    return;
  }
  const { totals, units } = out.progress;
  const behind = units.filter((u) => u.missing.length > 0).length;
  ss.getSheetByName(SHEET.progress)?.activate();
  ss.toast(`รายงานแล้ว ${totals.answered} จาก ${totals.owed} แถว · ยังรายงานไม่ครบ ${behind} หน่วยงาน`, 'สรุปความคืบหน้า', 8);
  const notes = [...out.reminder.problems, scheduleText(out.schedule)].filter(Boolean);
  // "kept" is the normal state: said only when the schedule changed or a config row needs fixing.
  if (out.reminder.problems.length > 0 || out.schedule === 'installed' || out.schedule === 'removed')
    ui.alert('สรุปความคืบหน้า', notes.join('\n'), ui.ButtonSet.OK);
}
