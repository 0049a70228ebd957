import { object, required, text, type Output } from './schema';
import { cellLines, linkLines, listLines } from './workbook';
import { toArabicDigits, type DigitStyle, type Round } from './thai';
import { ALL_UNITS, TOOLS } from './layout';

/**
 * Schemas for the rows of each sheet (schema.ts). They take the text of each cell (see sheet-table.ts)
 * and return typed rows; each issue's path names the column, so a finding can point at the cell.
 * Thai messages are the staff-facing ones.
 */

/** "12", "๑๒", 12 → 12. Thai digits are accepted everywhere a number is typed. */
const integerText = (th: string, endDot = false) =>
  text()
    .map((s) => toArabicDigits(s).trim())
    .map((s) => (endDot ? s.replace(/^(\d+)\.$/, '$1') : s))
    .check((s) => /^\d+$/.test(s), th)
    .map(Number);

/** [publish] Which report files get "anyone with the link can view". */
export type ShareMode = 'none' | 'pdf' | 'both';
/** A ticked checkbox reads TRUE: it means the PDF, as "ใช่" does. */
const SHARE_WORDS = new Map<string, ShareMode>([
  ['', 'none'],
  ['ไม่', 'none'],
  ['no', 'none'],
  ['false', 'none'],
  ['pdf', 'pdf'],
  ['ใช่', 'pdf'],
  ['yes', 'pdf'],
  ['true', 'pdf'],
  ['pdf และ doc', 'both'],
  ['pdf และ google doc', 'both'],
  ['ทั้งสองไฟล์', 'both'],
]);

export const configSchema = object({
  agencyName: required('กรอกชื่อหน่วยงาน'),
  compiledBy: text(),
  fiscalYear: integerText('ปีงบประมาณต้องเป็นปี พ.ศ. ๔ หลัก เช่น ๒๕๖๗').check(
    (y) => y >= 2500 && y <= 2700,
    'ปีงบประมาณต้องเป็นปี พ.ศ. เช่น ๒๕๖๗ (ไม่ใช่ ค.ศ.)',
  ),
  round: integerText('รอบรายงานต้องเป็น ๖ หรือ ๑๒').check(
    (r): r is Round => r === 6 || r === 12,
    'รอบรายงานต้องเป็น ๖ หรือ ๑๒',
  ),
  digitStyle: text()
    .map((s) => s.trim().toLowerCase())
    .check((s) => ['ไทย', 'อารบิก', 'thai', 'arabic', ''].includes(s), 'รูปแบบตัวเลขต้องเป็น "ไทย" หรือ "อารบิก"')
    .map((s): DigitStyle => (s === 'อารบิก' || s === 'arabic' ? 'arabic' : 'thai')),
  font: text().map((s) => s.trim() || 'Sarabun'),
  reportFolder: text(),
  reportTemplate: text(),
  // [publish] All optional: empty means "ไม่มี" for the problems and suggestions, no sign-off line, no code.
  problems: text(),
  suggestions: text(),
  reporter: text(),
  reporterPosition: text(),
  approver: text(),
  approverPosition: text(),
  oitCode: text()
    .map((s) => toArabicDigits(s).replace(/\s+/g, '').toUpperCase())
    .check((s) => s === '' || /^O\d{1,3}$/.test(s), 'รหัสข้อ OIT ต้องเป็นตัว O ตามด้วยเลขข้อ เช่น O26 หรือเว้นว่าง'),
  shareWithLink: text()
    .map((s) => s.trim().toLowerCase().replace(/\s+/g, ' '))
    .check((s) => SHARE_WORDS.has(s), 'เผยแพร่ไฟล์ให้ทุกคนที่มีลิงก์: เลือก "ไม่", "PDF" หรือ "PDF และ Doc"')
    .map((s): ShareMode => SHARE_WORDS.get(s)!),
  // [plan] Read as typed: the measures plan checks them (plan-rules.ts); the report never uses them.
  assessedYear: text(),
  overallScore: text(),
  targetScore: text(),
  level: text(),
});
export type Config = Output<typeof configSchema.shape> & { round: Round };

export const unitSchema = object({
  code: required('กรอกรหัสหน่วยงาน').check((s) => !/[+,]/.test(s), 'รหัสหน่วยงานต้องไม่มีเครื่องหมาย + หรือ ,'),
  name: required('กรอกชื่อหน่วยงาน'),
  abbr: text(),
  email: text().check((s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), 'อีเมลผู้ประสานงานไม่ถูกต้อง'),
});
export type Unit = Output<typeof unitSchema.shape>;

export const headingSchema = object({
  code: required('กรอกรหัสตัวชี้วัด'),
  tool: text()
    .map((s) => s.trim().toUpperCase())
    .check(
      (s): s is (typeof TOOLS)[number] => (TOOLS as readonly string[]).includes(s),
      'แบบวัดต้องเป็น IIT, EIT หรือ OIT',
    ),
  text: required('กรอกข้อความหัวข้อตามที่จะพิมพ์ในรายงาน'),
  indicator: text(), // [plan] checked by plan-rules.ts
});
export type Heading = Output<typeof headingSchema.shape>;

/** Splits "สบก. + สนย." or "SBK, SNY" into unit references. */
export function splitUnitRefs(s: string): string[] {
  if (s.trim() === ALL_UNITS) return [ALL_UNITS];
  return s
    .split(/\s*(?:\+|,|\n)\s*/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

export const measureSchema = object({
  rowId: required('กรอกรหัสแถว (รหัสที่ไม่ซ้ำกัน ใช้เชื่อมกับแบบฟอร์ม)'),
  heading: required('เลือกตัวชี้วัด'),
  // "2." and "1.1." as the report prints them (copied from last year's) are 2 and 1.1.
  issueNo: integerText('ประเด็นที่ต้องเป็นตัวเลข เช่น 1 หรือ ๑', true).check((n) => n >= 1, 'ประเด็นที่ต้องเริ่มจาก ๑'),
  issueTitle: required('กรอกประเด็นการพัฒนา'),
  measureNo: text()
    .map((s) =>
      toArabicDigits(s)
        .trim()
        .replace(/^(\d+\.\d+)\.$/, '$1'),
    )
    .check(
      (s) => s === '' || /^\d+\.\d+$/.test(s),
      'มาตรการที่ต้องเป็นรูปแบบ ประเด็น.ลำดับ เช่น 1.1 หรือเว้นว่างเมื่อประเด็นมีมาตรการเดียว',
    ),
  measureText: required('กรอกมาตรการ/แนวทางปฏิบัติ'),
  targets: text()
    .map(cellLines)
    .check((lines) => lines.length > 0, 'กรอกค่าเป้าหมายอย่างน้อย ๑ ข้อ (บรรทัดละ ๑ ข้อ)'),
  output: text(),
  outcome: text(),
  result: text(),
  units: required('กรอกผู้รับผิดชอบ').map(splitUnitRefs),
  status: text(),
  evidence: text().map(linkLines),
  activityDates: text().map(listLines),
  // [plan] As typed; checked by plan-rules.ts.
  timeframe: text(),
  budget: text(),
});
export type MeasureFields = Output<typeof measureSchema.shape>;
export type MeasureKey = keyof typeof measureSchema.shape;
