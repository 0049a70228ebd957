import { z } from 'zod';
import { cellLines } from './workbook';
import { toArabicDigits, type DigitStyle, type Round } from './thai';
import { ALL_UNITS, TOOLS } from './layout';

/**
 * zod schemas for the rows of each sheet. They take the text of each cell (see sheet-table.ts)
 * and return typed rows; each issue's path names the column, so a finding can point at the cell.
 * Thai messages are the staff-facing ones.
 */

const text = z.string();
const required = (th: string) => z.string().min(1, { message: th });

/** "12", "๑๒", 12 → 12. Thai digits are accepted everywhere a number is typed. */
const integerText = (th: string) =>
  z
    .string()
    .transform((s) => toArabicDigits(s).trim())
    .refine((s) => /^\d+$/.test(s), { message: th })
    .transform(Number);

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

export const configSchema = z.object({
  agencyName: required('กรอกชื่อหน่วยงาน'),
  compiledBy: text,
  fiscalYear: integerText('ปีงบประมาณต้องเป็นปี พ.ศ. ๔ หลัก เช่น ๒๕๖๗').refine((y) => y >= 2500 && y <= 2700, {
    message: 'ปีงบประมาณต้องเป็นปี พ.ศ. เช่น ๒๕๖๗ (ไม่ใช่ ค.ศ.)',
  }),
  round: integerText('รอบรายงานต้องเป็น ๖ หรือ ๑๒').refine((r): r is Round => r === 6 || r === 12, {
    message: 'รอบรายงานต้องเป็น ๖ หรือ ๑๒',
  }),
  digitStyle: z
    .string()
    .transform((s) => s.trim().toLowerCase())
    .refine((s) => ['ไทย', 'อารบิก', 'thai', 'arabic', ''].includes(s), {
      message: 'รูปแบบตัวเลขต้องเป็น "ไทย" หรือ "อารบิก"',
    })
    .transform((s): DigitStyle => (s === 'อารบิก' || s === 'arabic' ? 'arabic' : 'thai')),
  font: z.string().transform((s) => s.trim() || 'Sarabun'),
  reportFolder: text,
  reportTemplate: text,
  // [publish] All optional: empty means "ไม่มี" for the problems and suggestions, no sign-off line, no code.
  problems: text,
  suggestions: text,
  reporter: text,
  reporterPosition: text,
  approver: text,
  approverPosition: text,
  oitCode: z
    .string()
    .transform((s) => toArabicDigits(s).replace(/\s+/g, '').toUpperCase())
    .refine((s) => s === '' || /^O\d{1,3}$/.test(s), { message: 'รหัสข้อ OIT ต้องเป็นตัว O ตามด้วยเลขข้อ เช่น O26 หรือเว้นว่าง' }),
  shareWithLink: z
    .string()
    .transform((s) => s.trim().toLowerCase().replace(/\s+/g, ' '))
    .refine((s) => SHARE_WORDS.has(s), { message: 'เผยแพร่ไฟล์ให้ทุกคนที่มีลิงก์: เลือก "ไม่", "PDF" หรือ "PDF และ Doc"' })
    .transform((s): ShareMode => SHARE_WORDS.get(s)!),
  // [plan] Read as typed: the measures plan checks them (plan-rules.ts); the report never uses them.
  assessedYear: text,
  overallScore: text,
  targetScore: text,
  level: text,
});
export type Config = z.output<typeof configSchema> & { round: Round };

export const unitSchema = z.object({
  code: required('กรอกรหัสหน่วยงาน').refine((s) => !/[+,]/.test(s), {
    message: 'รหัสหน่วยงานต้องไม่มีเครื่องหมาย + หรือ ,',
  }),
  name: required('กรอกชื่อหน่วยงาน'),
  abbr: text,
  email: text.refine((s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), {
    message: 'อีเมลผู้ประสานงานไม่ถูกต้อง',
  }),
});
export type Unit = z.output<typeof unitSchema>;

export const headingSchema = z.object({
  code: required('กรอกรหัสตัวชี้วัด'),
  tool: z
    .string()
    .transform((s) => s.trim().toUpperCase())
    .refine((s): s is (typeof TOOLS)[number] => (TOOLS as readonly string[]).includes(s), {
      message: 'แบบวัดต้องเป็น IIT, EIT หรือ OIT',
    }),
  text: required('กรอกข้อความหัวข้อตามที่จะพิมพ์ในรายงาน'),
  indicator: text, // [plan] checked by plan-rules.ts
});
export type Heading = z.output<typeof headingSchema>;

/** Splits "สบก. + สนย." or "SBK, SNY" into unit references. */
export function splitUnitRefs(s: string): string[] {
  if (s.trim() === ALL_UNITS) return [ALL_UNITS];
  return s
    .split(/\s*(?:\+|,|\n)\s*/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

export const measureSchema = z.object({
  rowId: required('กรอกรหัสแถว (รหัสที่ไม่ซ้ำกัน ใช้เชื่อมกับแบบฟอร์ม)'),
  heading: required('เลือกตัวชี้วัด'),
  issueNo: integerText('ประเด็นที่ต้องเป็นตัวเลข เช่น 1 หรือ ๑').refine((n) => n >= 1, {
    message: 'ประเด็นที่ต้องเริ่มจาก ๑',
  }),
  issueTitle: required('กรอกประเด็นการพัฒนา'),
  measureNo: z
    .string()
    .transform((s) => toArabicDigits(s).trim())
    .refine((s) => s === '' || /^\d+\.\d+$/.test(s), {
      message: 'มาตรการที่ต้องเป็นรูปแบบ ประเด็น.ลำดับ เช่น 1.1 หรือเว้นว่างเมื่อประเด็นมีมาตรการเดียว',
    }),
  measureText: required('กรอกมาตรการ/แนวทางปฏิบัติ'),
  targets: z
    .string()
    .transform(cellLines)
    .refine((lines) => lines.length > 0, { message: 'กรอกค่าเป้าหมายอย่างน้อย ๑ ข้อ (บรรทัดละ ๑ ข้อ)' }),
  output: text,
  outcome: text,
  result: text,
  units: required('กรอกผู้รับผิดชอบ').transform(splitUnitRefs),
  status: text,
  evidence: z.string().transform(cellLines),
  activityDates: z.string().transform(cellLines),
  // [plan] As typed; checked by plan-rules.ts.
  timeframe: text,
  budget: text,
});
export type MeasureFields = z.output<typeof measureSchema>;
export type MeasureKey = keyof z.input<typeof measureSchema>;
