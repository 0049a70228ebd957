/** Google Forms: lands with the forms issue. Until then these say so, and do nothing. */
const NOT_YET = 'ความสามารถด้านแบบฟอร์มยังไม่พร้อมใช้งานในรุ่นนี้';

export function syncProgressForm(): void {
  SpreadsheetApp.getUi().alert(NOT_YET);
}

export function reconcileAllResponses(): void {
  SpreadsheetApp.getUi().alert(NOT_YET);
}

export function handleFormSubmit(_e: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  console.warn(NOT_YET);
}
