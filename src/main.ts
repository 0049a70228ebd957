/**
 * The table of contents of the Apps Script project: every global Apps Script calls
 * (simple triggers, installable triggers, menu items) is one short exported function here.
 * The build turns each export into a real top-level function in dist/Code.js.
 */
import { handleEdit } from './gas/on-edit';
import { handleFormSubmit, reconcileAllResponses, syncProgressForm } from './gas/forms';
import { buildMenu } from './gas/menu';
import { generateReportFromSheet } from './gas/report';
import { fillSeedExample, setUpWorkbook } from './gas/setup';
import { showHelp } from './gas/help';
import { validateAndMark } from './gas/validate';
import { checkEvidenceLinksFromSheet } from './gas/link-check'; // [links]
import { generatePlanFromSheet } from './gas/plan'; // [plan]

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
  reconcileAllResponses();
}

export function showHelpDialog(): void {
  showHelp();
}

// [links] Menu "ตรวจลิงก์หลักฐาน".
export function checkEvidenceLinks(): void {
  checkEvidenceLinksFromSheet();
}

// [plan] Menu "สร้างเอกสารมาตรการ (Google Doc)": the measures plan (issue #17).
export function generatePlan(): void {
  generatePlanFromSheet();
}
