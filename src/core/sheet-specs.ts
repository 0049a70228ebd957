import { AUTO_REMIND_LABEL, DEADLINE_LABEL } from './reminders';
import {
  CONFIG_LABEL,
  DEFAULT_TARGET_SCORE,
  HEADING_HEADER,
  LAST_RESULT_HEADER,
  MAIN_WEBSITE_LABEL,
  MEASURE_HEADER,
  NO_BUDGET,
  SHEET,
  UNIT_HEADER,
} from './layout';

/** What set-up creates: each data sheet's headers, a note saying what goes in each, and a width. */
export interface ColumnSpec {
  header: string;
  note: string;
  width: number;
  /** Plain text below the header: Sheets would read a typed "1.10" as the number 1.1 and "001" as 1. */
  text?: boolean;
}

export interface SheetSpec {
  name: string;
  columns: ColumnSpec[];
}

const col = (header: string, note: string, width = 160, text?: boolean): ColumnSpec => ({ header, note, width, text });

export const CONFIG_SPEC: SheetSpec = {
  name: SHEET.config,
  columns: [col('หัวข้อ', 'ชื่อการตั้งค่า (อย่าแก้ข้อความในคอลัมน์นี้)', 200), col('ค่า', 'ค่าที่หน่วยงานกำหนด', 480)],
};

/** [publish] The words offered for เผยแพร่ไฟล์ให้ทุกคนที่มีลิงก์ (schemas.ts accepts these and a few more). */
export const SHARE_CHOICES = ['ไม่', 'PDF', 'PDF และ Doc'] as const;

export const CONFIG_DEFAULTS: readonly [label: string, value: string | number, note: string][] = [
  [CONFIG_LABEL.agencyName, '', 'ชื่อเต็มของหน่วยงาน ตามที่พิมพ์ในหัวรายงาน'],
  [CONFIG_LABEL.compiledBy, '', 'กลุ่มงาน/สำนักที่รวบรวมข้อมูล ขึ้นบรรทัดใหม่ได้ (Ctrl+Enter)'],
  [CONFIG_LABEL.fiscalYear, '', 'ปีงบประมาณ พ.ศ. เช่น 2567'],
  [CONFIG_LABEL.round, 12, 'รอบรายงาน: 6 (ต.ค.–มี.ค.) หรือ 12 (ต.ค.–ก.ย.)'],
  [CONFIG_LABEL.digitStyle, 'ไทย', 'ตัวเลขในรายงาน: ไทย หรือ อารบิก (ลิงก์ไม่ถูกแปลง)'],
  [CONFIG_LABEL.font, 'Sarabun', 'แบบอักษรของรายงาน (Google Docs) เช่น Sarabun'],
  [CONFIG_LABEL.reportFolder, '', 'ลิงก์หรือรหัสโฟลเดอร์ Google Drive ที่จะเก็บรายงาน (ว่าง = โฟลเดอร์เดียวกับสมุดงานนี้)'],
  [
    CONFIG_LABEL.reportTemplate,
    '',
    'ลิงก์ Google Doc ว่างที่ใส่เลขหน้าไว้ที่ส่วนท้ายแล้ว (แทรก > เลขหน้า) โปรแกรมจะทำสำเนาแล้วเขียนรายงานลงไป ทำให้รายงานมีเลขหน้า (ว่าง = ไม่มีเลขหน้า)',
  ],
  // [links] Read by "ตรวจลิงก์หลักฐาน" only (src/core/links/collect.ts).
  [
    MAIN_WEBSITE_LABEL,
    '',
    'เว็บไซต์หลักของหน่วยงาน เช่น https://www.example.go.th — ลิงก์หลักฐาน OIT ที่อยู่นอกเว็บไซต์นี้จะถูกทักไว้ (ว่าง = ไม่ตรวจข้อนี้)',
  ],
  // [publish] Optional rows; set-up adds them to an existing workbook, and a missing one is its default.
  [
    CONFIG_LABEL.problems,
    '',
    'ปัญหาและอุปสรรคในการดำเนินงาน พิมพ์ในหัวข้อ "ปัญหา อุปสรรค และข้อเสนอแนะ" ต่อจากตาราง (ว่าง = "ไม่มี")',
  ],
  [CONFIG_LABEL.suggestions, '', 'ข้อเสนอแนะ (ว่าง = "ไม่มี") ขึ้นบรรทัดใหม่ได้ (Ctrl+Enter)'],
  [CONFIG_LABEL.reporter, '', 'ชื่อผู้รายงาน สำหรับช่องลงชื่อท้ายรายงาน (ว่าง = ไม่มีช่องลงชื่อผู้รายงาน)'],
  [CONFIG_LABEL.reporterPosition, '', 'ตำแหน่งของผู้รายงาน'],
  [CONFIG_LABEL.approver, '', 'ชื่อผู้อนุมัติให้เผยแพร่ (หัวหน้าส่วนราชการ) (ว่าง = ไม่มีช่องลงชื่อผู้อนุมัติ)'],
  [CONFIG_LABEL.approverPosition, '', 'ตำแหน่งของผู้อนุมัติ'],
  [CONFIG_LABEL.oitCode, '', 'รหัสข้อ OIT ของรายงานนี้ในปีประเมินนี้ เช่น O26 ใส่ไว้หน้าชื่อไฟล์ PDF (ว่าง = ไม่ใส่)'],
  [
    CONFIG_LABEL.shareWithLink,
    'ไม่',
    'ไม่ / PDF / PDF และ Doc: ให้ทุกคนที่มีลิงก์ดูไฟล์ได้ (เพื่อวางลิงก์ในระบบ ITAS) ผู้ดูแล Google Workspace อาจปิดการแชร์แบบนี้ไว้',
  ],
  // [progress] Optional rows, read by the progress sheet and the reminders only (src/core/reminders.ts).
  [
    DEADLINE_LABEL,
    '',
    'วันกำหนดส่งผลการดำเนินงานของหน่วยงาน เช่น 15/9/2567 แสดงในชีตสรุปความคืบหน้าและในอีเมลเตือน (ว่าง = ไม่ระบุ)',
  ],
  [
    AUTO_REMIND_LABEL,
    'ไม่',
    'ใช่ / ไม่: ส่งอีเมลเตือนหน่วยงานที่ยังไม่รายงานทุกวันจันทร์จนถึงวันกำหนดส่ง (เริ่มเมื่อสั่งเมนู สรุปความคืบหน้า หรือ ส่งอีเมลเตือน ๑ ครั้ง)',
  ],
  // [plan] Read by the measures plan only ("สร้างเอกสารมาตรการ"); the report never uses them.
  [CONFIG_LABEL.assessedYear, '', 'ปี พ.ศ. ของผลการประเมิน ITA ที่นำมาวิเคราะห์ (ปีก่อน) เช่น 2566 — ใช้ในเอกสารมาตรการ'],
  [CONFIG_LABEL.overallScore, '', 'คะแนนรวม ITA ของปีที่ประเมิน (0–100) เช่น 84.36'],
  [CONFIG_LABEL.targetScore, DEFAULT_TARGET_SCORE, 'คะแนนเป้าหมาย (0–100): ตัวชี้วัดที่ได้ต่ำกว่านี้จะถูกวิเคราะห์ในเอกสารมาตรการ'],
  [
    CONFIG_LABEL.level,
    '',
    'ระดับผลการประเมิน AA, A, B, C, D, E หรือ F (ว่าง = คิดจากคะแนนรวม: AA ≥ 95, A ≥ 85, B ≥ 75, C ≥ 65, D ≥ 55, E ≥ 50)',
  ],
];

export const UNITS_SPEC: SheetSpec = {
  name: SHEET.units,
  columns: [
    col(UNIT_HEADER.code, 'รหัสสั้น ไม่ซ้ำ เช่น SBK (ห้ามมี + หรือ ,)', 110),
    col(UNIT_HEADER.name, 'ชื่อเต็มของสำนัก/หน่วย ตามที่พิมพ์ในรายงาน', 300),
    col(UNIT_HEADER.abbr, 'ชื่อย่อ เช่น สบก. (ถ้ามี)', 120),
    col(UNIT_HEADER.email, 'อีเมลผู้ประสานงานของหน่วย', 220),
  ],
};

export const HEADINGS_SPEC: SheetSpec = {
  name: SHEET.headings,
  columns: [
    col(HEADING_HEADER.code, 'รหัสสั้น ไม่ซ้ำ ใช้เลือกในชีตมาตรการ', 150),
    col(HEADING_HEADER.tool, 'IIT, EIT หรือ OIT', 80),
    col(HEADING_HEADER.text, 'ข้อความหัวข้อตามที่พิมพ์ในรายงาน (แถวตัวหนาเต็มความกว้างตาราง) เรียงตามลำดับในรายงาน', 620),
    col(HEADING_HEADER.indicator, 'ตัวชี้วัด ITA ที่หัวข้อนี้แก้ไข ๑–๑๐ (ดูชีตผลการประเมินปีก่อน) ใช้ในเอกสารมาตรการ', 90), // [plan]
  ],
};

export const MEASURES_SPEC: SheetSpec = {
  name: SHEET.measures,
  columns: [
    col(MEASURE_HEADER.rowId, 'รหัสแถวที่ไม่ซ้ำและไม่เปลี่ยน เช่น 2567-01 ใช้เชื่อมคำตอบจากแบบฟอร์ม', 100, true),
    col(MEASURE_HEADER.heading, 'รหัสตัวชี้วัด จากชีตตัวชี้วัด', 130),
    col(MEASURE_HEADER.issueNo, 'เลขประเด็น 1, 2, 3 … (เลขไทยหรืออารบิกก็ได้)', 70),
    col(MEASURE_HEADER.issueTitle, 'ประเด็นการพัฒนาจากการวิเคราะห์ผลการประเมิน (ไม่ต้องใส่เลขข้อ) ใส่ซ้ำทุกแถวของประเด็น', 240),
    col(MEASURE_HEADER.measureNo, 'เช่น 1.1 — เว้นว่างเมื่อประเด็นมีมาตรการเดียว', 80, true),
    col(MEASURE_HEADER.measureText, 'มาตรการ/แนวทางปฏิบัติ (ไม่ต้องใส่เลข) ใส่ซ้ำทุกแถวของมาตรการ', 260),
    col(MEASURE_HEADER.targets, 'ค่าเป้าหมายของแถวนี้ บรรทัดละ ๑ ข้อ (ไม่ต้องใส่เลขข้อ โปรแกรมใส่ให้)', 280),
    col(MEASURE_HEADER.output, 'ผลผลิต ใส่ "-" ได้เมื่อไม่มี (ต้องระบุสถานะ)', 220),
    col(MEASURE_HEADER.outcome, 'ผลสัมฤทธิ์: ผลที่เกิดจากผลผลิตเทียบกับค่าเป้าหมาย เช่น ร้อยละ ๙๐ ของผู้เข้าร่วมมีความรู้เพิ่มขึ้น', 220),
    col(MEASURE_HEADER.result, 'ผลการดำเนินงาน ขึ้นบรรทัดใหม่ได้ บรรทัดที่ครอบด้วย **…** จะเป็นตัวหนา', 360),
    col(MEASURE_HEADER.units, 'รหัส ชื่อย่อ หรือชื่อหน่วยงาน คั่นด้วย + เช่น สบก. + สนย. หรือ ทุกสำนัก/หน่วย', 180),
    col(MEASURE_HEADER.status, 'สถานะการดำเนินงาน เลือกจากรายการ (จำเป็นเมื่อผลผลิตเป็น "-")', 150),
    col(MEASURE_HEADER.evidence, 'ลิงก์หลักฐาน https:// บรรทัดละ ๑ ลิงก์', 240),
    col(MEASURE_HEADER.activityDates, 'วันที่ดำเนินการ บรรทัดละ ๑ วัน เช่น 28/2/2567', 130),
    // [plan] Printed in the measures plan.
    col(MEASURE_HEADER.timeframe, 'ระยะเวลาดำเนินการ เช่น ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙', 160),
    col(MEASURE_HEADER.budget, `งบประมาณเป็นบาท เช่น 50000 หรือ ${NO_BUDGET}`, 130),
  ],
};

/** [plan] Last year's ITA result: set-up creates it with the 10 indicators (src/gas/plan-setup.ts). */
export const LAST_RESULT_SPEC: SheetSpec = {
  name: SHEET.lastResult,
  columns: [
    col(LAST_RESULT_HEADER.indicator, 'ตัวชี้วัดที่ ๑–๑๐ ตามเกณฑ์ ITA', 90),
    col(LAST_RESULT_HEADER.name, 'ชื่อตัวชี้วัด', 240),
    col(LAST_RESULT_HEADER.tool, 'แบบวัด IIT, EIT หรือ OIT', 80),
    col(LAST_RESULT_HEADER.score, 'คะแนนที่ได้ (0–100) จากผลการประเมินปีที่ประเมิน', 100),
  ],
};

export const DATA_SHEET_SPECS: readonly SheetSpec[] = [UNITS_SPEC, HEADINGS_SPEC, MEASURES_SPEC];
