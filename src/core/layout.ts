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
  // [forms] System-managed ledger of progress-form answers (src/core/forms); staff only tick its exclude column.
  ledger: 'ผลจากแบบฟอร์ม',
  // [forms] Staff link survey response tabs (Likert 1-5) to measure rows here.
  surveys: 'เชื่อมแบบประเมิน',
  // [links] System-managed results of "ตรวจลิงก์หลักฐาน" (src/core/links): also the per-URL cache.
  links: 'ตรวจลิงก์หลักฐาน',
  // [publish] One line per report run (src/gas/report-history.ts): never rewritten, only appended to.
  history: 'ประวัติการสร้างรายงาน',
  // [progress] Rebuilt by refreshProgress and after each reconcile (src/core/progress-sheet.ts).
  progress: 'สรุปความคืบหน้า',
  // [progress] One line per reminder e-mail (src/core/reminders.ts): only appended to.
  reminderLog: 'บันทึกการเตือน',
  // [plan] Last year's ITA result per indicator, for the measures plan (src/core/plan-*.ts).
  lastResult: 'ผลการประเมินปีก่อน',
} as const;

/** The sheets staff fill, in the order findings are listed. */
export const DATA_SHEETS = [SHEET.config, SHEET.units, SHEET.headings, SHEET.measures] as const;

/** Labels in column A of the config sheet (value in column B). */
export const CONFIG_LABEL = {
  agencyName: 'ชื่อหน่วยงาน',
  compiledBy: 'รวบรวมข้อมูลโดย',
  fiscalYear: 'ปีงบประมาณ (พ.ศ.)',
  round: 'รอบรายงาน',
  digitStyle: 'รูปแบบตัวเลข',
  font: 'แบบอักษร',
  reportFolder: 'โฟลเดอร์รายงาน',
  reportTemplate: 'แม่แบบรายงาน (Google Doc)',
  // [publish] Optional rows (a missing row is its default): the blocks after the table, the PDF, sharing.
  problems: 'ปัญหาและอุปสรรค',
  suggestions: 'ข้อเสนอแนะ',
  reporter: 'ผู้รายงาน',
  reporterPosition: 'ตำแหน่งผู้รายงาน',
  approver: 'ผู้อนุมัติ',
  approverPosition: 'ตำแหน่งผู้อนุมัติ',
  oitCode: 'รหัสข้อ OIT',
  shareWithLink: 'เผยแพร่ไฟล์ให้ทุกคนที่มีลิงก์',
  // [plan] Optional rows read by the measures plan only (the report never uses them).
  assessedYear: 'ปีที่ประเมิน',
  overallScore: 'คะแนนรวม',
  targetScore: 'คะแนนเป้าหมาย',
  level: 'ระดับผลการประเมิน',
} as const;

/** [publish] Config rows that may be missing or empty: the default applies (see DEFAULT_CONFIG_VALUES). */
export const OPTIONAL_CONFIG_KEYS: readonly (keyof typeof CONFIG_LABEL)[] = [
  'compiledBy',
  'reportFolder',
  'reportTemplate',
  'problems',
  'suggestions',
  'reporter',
  'reporterPosition',
  'approver',
  'approverPosition',
  'oitCode',
  'shareWithLink',
  'assessedYear', // [plan]
  'overallScore',
  'targetScore',
  'level',
];

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
  // [plan] The ITA indicator (1–10) the heading belongs to; optional for the report.
  indicator: 'ตัวชี้วัดที่',
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
  // [plan] Optional for the report; the measures plan prints them.
  timeframe: 'ระยะเวลาดำเนินการ',
  budget: 'งบประมาณ (บาท)',
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
export const SYSTEM_SHEETS: readonly string[] = [
  SHEET.findings,
  SHEET.marks,
  SHEET.ledger,
  SHEET.links,
  SHEET.history,
  SHEET.progress,
  SHEET.reminderLog,
]; // [forms] + ledger, [links] + links, [publish] + history, [progress] + 2

/** [links] Config row (column A label, value in B): the agency's main website; OIT evidence elsewhere is noted. */
export const MAIN_WEBSITE_LABEL = 'เว็บไซต์หลักของหน่วยงาน';

// ---- [forms] Google Forms: the ledger and survey-mapping sheets (see src/core/forms/) ----

/** Columns of the results ledger, in the order the script writes them. No e-mail, no name (PDPA). */
export const LEDGER_HEADER = {
  key: 'คีย์คำตอบ',
  sheet: 'ชีตคำตอบ',
  row: 'แถวคำตอบ',
  timestamp: 'ประทับเวลา',
  rowId: 'รหัสแถว',
  round: 'รอบ',
  unit: 'หน่วยงาน',
  done: 'สิ่งที่ดำเนินการ',
  dates: 'วันที่ดำเนินการ',
  quantity: 'จำนวน',
  quantityWord: 'หน่วยนับ',
  evidence: 'ลิงก์หลักฐาน',
  status: 'สถานะ',
  check: 'ผลการตรวจ',
  reasons: 'เหตุผล',
  exclude: 'ไม่ใช้ในรายงาน',
  fingerprint: 'ลายนิ้วมือ',
  editUrl: 'ลิงก์แก้ไขคำตอบ',
} as const;

/** Columns of the survey-mapping sheet. */
export const SURVEY_HEADER = {
  rowId: 'รหัสแถว',
  sheet: 'ชีตคำตอบแบบประเมิน',
  questions: 'คำถาม',
  label: 'ชื่อที่แสดง',
} as const;

/** Where Google Forms puts responses in a Thai-locale spreadsheet ("Form Responses 1" in English). */
export const RESPONSES_SHEET_NAMES = ['การตอบแบบฟอร์ม 1', 'Form Responses 1'] as const;
export const TIMESTAMP_HEADERS = ['ประทับเวลา', 'Timestamp'] as const;

export const TOOLS = ['IIT', 'EIT', 'OIT'] as const;

// ---- [plan] The measures plan (issue #17): last year's ITA result ----

/** Columns of `ผลการประเมินปีก่อน`. */
export const LAST_RESULT_HEADER = {
  indicator: 'ตัวชี้วัดที่',
  name: 'ชื่อตัวชี้วัด',
  tool: 'แบบวัด',
  score: 'คะแนน',
} as const;

/** The 10 ITA indicators and their tool, as set-up writes them. */
export const ITA_INDICATORS: readonly (readonly [no: number, name: string, tool: (typeof TOOLS)[number]])[] = [
  [1, 'การปฏิบัติหน้าที่', 'IIT'],
  [2, 'การใช้งบประมาณ', 'IIT'],
  [3, 'การใช้อำนาจ', 'IIT'],
  [4, 'การใช้ทรัพย์สินของราชการ', 'IIT'],
  [5, 'การแก้ไขปัญหาการทุจริต', 'IIT'],
  [6, 'คุณภาพการดำเนินงาน', 'EIT'],
  [7, 'ประสิทธิภาพการสื่อสาร', 'EIT'],
  [8, 'การปรับปรุงระบบการทำงาน', 'EIT'],
  [9, 'การเปิดเผยข้อมูล', 'OIT'],
  [10, 'การป้องกันการทุจริต', 'OIT'],
];

/** The budget cell's word for a measure that spends nothing. */
export const NO_BUDGET = 'ไม่ใช้งบประมาณ';
/** คะแนนเป้าหมาย when the row is empty. */
export const DEFAULT_TARGET_SCORE = 85;
