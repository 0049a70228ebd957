/**
 * The custom menu. onOpen is a simple trigger: it must be fast and may not use services
 * that need authorisation, so it only builds the menu.
 */
export const MENU_TITLE = 'รายงาน ITA';

export const MENU_ITEMS: readonly (readonly [label: string, functionName: string] | null)[] = [
  ['ตรวจสอบข้อมูล', 'validateWorkbook'],
  ['ตรวจลิงก์หลักฐาน', 'checkEvidenceLinks'], // [links]
  ['สร้างเอกสารมาตรการ (Google Doc)', 'generatePlan'], // [plan]
  ['สร้างรายงาน (Google Doc)', 'generateReport'],
  null,
  ['สร้าง/ปรับปรุงแบบฟอร์มรายงานผล', 'syncForms'],
  ['ดึงคำตอบแบบฟอร์มทั้งหมดใหม่', 'reconcileResponses'],
  ['สรุปความคืบหน้า', 'refreshProgress'], // [progress]
  ['ส่งอีเมลเตือนหน่วยงานที่ยังไม่รายงาน', 'sendReminders'],
  null,
  ['ตั้งค่าสมุดงาน', 'setupWorkbook'],
  ['ใส่ข้อมูลตัวอย่าง (รายงาน กสม. ๒๕๖๗)', 'fillExampleData'],
  null,
  ['วิธีใช้และรุ่นโปรแกรม', 'showHelpDialog'],
];

export function buildMenu(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createMenu(MENU_TITLE);
  for (const item of MENU_ITEMS) {
    if (item === null) menu.addSeparator();
    else menu.addItem(item[0], item[1]);
  }
  menu.addToUi();
}
