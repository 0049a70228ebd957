/**
 * The sheet layout staff fill. Columns are found by header text, never by position,
 * so staff may reorder columns or add their own.
 */

export const SHEET = {
  config: 'ตั้งค่า',
  units: 'หน่วยงาน',
  headings: 'ตัวชี้วัด',
  measures: 'มาตรการ',
  findings: 'ผลการตรวจสอบ',
  /** Hidden, system-managed: cells we coloured and the background they had before. */
  marks: '_ita_marks',
} as const;

/** Labels in column A of the config sheet (value in column B). */
export const CONFIG_LABEL = {
  agencyName: 'ชื่อหน่วยงาน',
  compiledBy: 'รวบรวมข้อมูลโดย',
  fiscalYear: 'ปีงบประมาณ (พ.ศ.)',
  round: 'รอบรายงาน',
  digitStyle: 'รูปแบบตัวเลข',
  font: 'แบบอักษร',
  reportFolder: 'โฟลเดอร์รายงาน',
} as const;

export const UNIT_HEADER = {
  code: 'รหัสหน่วยงาน',
  name: 'ชื่อหน่วยงาน',
  abbr: 'ชื่อย่อ',
  email: 'อีเมลผู้ประสานงาน',
} as const;

export const HEADING_HEADER = {
  code: 'รหัสตัวชี้วัด',
  tool: 'แบบวัด',
  text: 'หัวข้อในรายงาน',
} as const;

export const MEASURE_HEADER = {
  rowId: 'รหัสแถว',
  heading: 'ตัวชี้วัด',
  issueNo: 'ประเด็นที่',
  issueTitle: 'ประเด็นการพัฒนา',
  measureNo: 'มาตรการที่',
  measureText: 'มาตรการ/แนวทางปฏิบัติ',
  targets: 'ค่าเป้าหมาย',
  output: 'ผลผลิต',
  outcome: 'ผลสัมฤทธิ์',
  result: 'ผลการดำเนินงาน',
  units: 'ผู้รับผิดชอบ',
  status: 'สถานะ',
  evidence: 'ลิงก์หลักฐาน',
  activityDates: 'วันที่ดำเนินการ',
} as const;

/** The pseudo-unit meaning "every unit". */
export const ALL_UNITS = 'ทุกสำนัก/หน่วย';

export const STATUS_VALUES = [
  'ยังไม่ดำเนินการ',
  'อยู่ระหว่างดำเนินการ',
  'ดำเนินการแล้วเสร็จ',
  'ดำเนินการแล้วแต่ไม่บรรลุค่าเป้าหมาย',
] as const;

/** Sheets the script rewrites itself: staff edits there are not validated. */
export const SYSTEM_SHEETS: readonly string[] = [SHEET.findings, SHEET.marks];

export const TOOLS = ['IIT', 'EIT', 'OIT'] as const;
