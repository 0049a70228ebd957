/** The Google Doc report: lands with the report issue. */
export function generateReportFromSheet(): void {
  SpreadsheetApp.getUi().alert('การสร้างรายงาน Google Doc ยังไม่พร้อมใช้งานในรุ่นนี้');
}
