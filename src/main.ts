/**
 * The table of contents of the Apps Script project: every global Apps Script calls
 * (simple triggers, installable triggers, menu items) is one short exported function here.
 * The build turns each export into a real top-level function in dist/Code.js.
 */
import { handleEdit } from './gas/on-edit';
import { handleFormSubmit, reconcileAllResponses, syncProgressForm } from './gas/forms';
import { buildMenu } from './gas/menu';
import { generateReportFromSheet } from './gas/report';
import { continueReportFromTrigger } from './gas/report-continue-run';
import { fillSeedExample, setUpWorkbook } from './gas/setup';
import { showHelp } from './gas/help';
import { validateAndMark } from './gas/validate';
import { checkEvidenceLinksFromSheet } from './gas/link-check'; // [links]
import { refreshProgressFromMenu, refreshProgressQuietly } from './gas/progress'; // [progress]
import { sendRemindersFromMenu, sendRemindersWeeklyRun } from './gas/reminders';
import { generatePlanFromSheet } from './gas/plan'; // [plan]
import { measureServiceCosts as measureCosts } from './gas/measure-costs';

export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(e);
}

export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  handleEdit(e);
}

export function onFormSubmit(e: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  handleFormSubmit(e);
}

export function setupWorkbook(): void {
  setUpWorkbook();
}

export function fillExampleData(): void {
  fillSeedExample();
}

export function validateWorkbook(): void {
  validateAndMark();
}

export function generateReport(): void {
  generateReportFromSheet();
}

export function syncForms(): void {
  syncProgressForm();
}

export function reconcileResponses(): void {
  reconcileAllResponses(refreshProgressQuietly); // [progress] the progress sheet is rebuilt after each reconcile
}

export function showHelpDialog(): void {
  showHelp();
}

// [links] Menu "ตรวจลิงก์หลักฐาน".
export function checkEvidenceLinks(): void {
  checkEvidenceLinksFromSheet();
}

// [#13] A report too large for one execution goes on here, from a one-off time-driven trigger.
export function continueReport(e?: { triggerUid?: string }): void {
  continueReportFromTrigger(e);
}

// [progress] Menu "สรุปความคืบหน้า".
export function refreshProgress(): void {
  refreshProgressFromMenu();
}

// [progress] Menu "ส่งอีเมลเตือนหน่วยงานที่ยังไม่รายงาน".
export function sendReminders(): void {
  sendRemindersFromMenu();
}

// [progress] The weekly time-driven trigger (installed by the two above when the config turns it on).
export function sendRemindersWeekly(): void {
  sendRemindersWeeklyRun();
}

// [plan] Menu "สร้างเอกสารมาตรการ (Google Doc)": the measures plan (issue #17).
export function generatePlan(): void {
  generatePlanFromSheet();
}

// [#13] Run from the Apps Script editor: times service calls on this spreadsheet, to correct the cost model.
export function measureServiceCosts(): string[] {
  return measureCosts();
}
