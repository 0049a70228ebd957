/** The survey-mapping sheet: created by set-up and by syncForms, never overwritten. */
import { SHEET, SURVEY_HEADER } from '../core/layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const NOTES: Record<keyof typeof SURVEY_HEADER, string> = {
  rowId: 'รหัสแถวในชีตมาตรการ ที่ผลแบบประเมินนี้จะไปอยู่',
  sheet:
    'ชื่อแท็บคำตอบของแบบประเมินในสมุดงานนี้ เช่น "การตอบแบบฟอร์ม 2" (ในแบบฟอร์ม: คำตอบ > ลิงก์กับชีต > เลือกสเปรดชีตที่มีอยู่ = สมุดงานนี้)',
  questions: 'หัวคอลัมน์ของคำถามมาตรวัด ๑–๕ บรรทัดละ ๑ คำถาม — เว้นว่าง = ทุกคอลัมน์ที่คำตอบเป็น ๑–๕ ทั้งหมด',
  label: 'ข้อความนำหน้าผล เช่น "ความพึงพอใจภาพรวม" (เว้นว่างได้)',
};

const WIDTHS: Record<keyof typeof SURVEY_HEADER, number> = { rowId: 120, sheet: 200, questions: 360, label: 220 };

/** Creates the survey-mapping sheet with its headers and notes when missing. True when created. */
export function ensureSurveySheet(ss: Spreadsheet): boolean {
  const found = ss.getSheetByName(SHEET.surveys);
  // A sheet without headers is one a stopped run inserted: completed now (the headers are written last).
  if (found && found.getLastColumn() > 0) return false;
  const sheet = found ?? ss.insertSheet(SHEET.surveys);
  const keys = Object.keys(SURVEY_HEADER) as (keyof typeof SURVEY_HEADER)[];
  const header = sheet.getRange(1, 1, 1, keys.length);
  header.setNotes([keys.map((k) => NOTES[k])]);
  header.setFontWeight('bold');
  header.setBackground('#d9e2f3');
  keys.forEach((k, i) => sheet.setColumnWidth(i + 1, WIDTHS[k]));
  sheet.setFrozenRows(1);
  header.setValues([keys.map((k) => SURVEY_HEADER[k])]);
  return true;
}

/** For set-up (src/gas/setup.ts): adds the survey-mapping sheet when missing, saying so. */
export function ensureFormSheets(ss: Spreadsheet, actions: string[]): void {
  if (ensureSurveySheet(ss)) actions.push(`สร้างชีต "${SHEET.surveys}" (เชื่อมแบบประเมินความพึงพอใจกับแถวมาตรการ)`);
}
