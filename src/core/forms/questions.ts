/**
 * The progress form's questions, and the dropdown labels that map back to a measure row or a unit.
 * Question titles never change: the responses sheet names its columns after them, and the script
 * finds its columns by these titles (never by position).
 */
import { STATUS_VALUES } from '../layout';
import type { MeasureRow, ParsedWorkbook } from '../parse';
import type { Config, Unit } from '../schemas';
import { applyDigitStyle, toArabicDigits, type DigitStyle, type Round } from '../thai';
import { normaliseHeader } from '../workbook';

export const QUESTION = {
  unit: 'หน่วยงานที่รายงาน',
  row: 'มาตรการ/ค่าเป้าหมาย',
  round: 'รอบรายงาน',
  done: 'สิ่งที่ดำเนินการ',
  dates: 'วันที่ดำเนินการ',
  quantity: 'จำนวนที่ทำได้',
  quantityWord: 'หน่วยนับ',
  evidence: 'ลิงก์หลักฐาน',
  status: 'สถานะการดำเนินงาน',
} as const;
export type QuestionKey = keyof typeof QUESTION;

export type QuestionKind = 'list' | 'paragraph' | 'text';

export interface QuestionSpec {
  key: QuestionKey;
  title: string;
  help: string;
  kind: QuestionKind;
  required: boolean;
}

/** The questions in form order. */
export const QUESTIONS: readonly QuestionSpec[] = [
  {
    key: 'unit',
    title: QUESTION.unit,
    kind: 'list',
    required: true,
    help: 'เลือกสำนัก/หน่วยของท่าน (๑ คำตอบ ต่อ ๑ หน่วยงาน ต่อ ๑ แถวมาตรการ)',
  },
  {
    key: 'row',
    title: QUESTION.row,
    kind: 'list',
    required: true,
    help: 'เลือกมาตรการและค่าเป้าหมายที่รายงาน รหัสในวงเล็บเหลี่ยมท้ายตัวเลือกใช้เชื่อมกับแถวในสมุดงาน',
  },
  {
    key: 'round',
    title: QUESTION.round,
    kind: 'list',
    required: true,
    help: 'รายงานรอบ ๑๒ เดือนรวมผลที่ส่งในรอบ ๖ เดือนแล้ว: ในรอบ ๑๒ เดือนให้ส่งเฉพาะกิจกรรมที่ยังไม่เคยรายงาน',
  },
  {
    key: 'done',
    title: QUESTION.done,
    kind: 'paragraph',
    required: true,
    help: 'สรุปสิ่งที่ดำเนินการ ขึ้นบรรทัดใหม่ได้ ข้อความนี้จะพิมพ์ในช่องผลการดำเนินงานของรายงาน',
  },
  {
    key: 'dates',
    title: QUESTION.dates,
    kind: 'paragraph',
    required: false,
    help: 'บรรทัดละ ๑ วัน เช่น ๒๘/๒/๒๕๖๗ หรือ ๒๘ ก.พ. ๒๕๖๗',
  },
  {
    key: 'quantity',
    title: QUESTION.quantity,
    kind: 'text',
    required: false,
    help: 'ตัวเลขเท่านั้น เช่น ๒ (นำไปรวมกับหน่วยงานอื่นและเทียบกับค่าเป้าหมาย)',
  },
  {
    key: 'quantityWord',
    title: QUESTION.quantityWord,
    kind: 'text',
    required: false,
    help: 'เช่น ครั้ง ช่องทาง เรื่อง คน (เว้นว่างได้ถ้าตรงกับค่าเป้าหมาย)',
  },
  {
    key: 'evidence',
    title: QUESTION.evidence,
    kind: 'paragraph',
    required: false,
    help: 'ลิงก์ https:// บรรทัดละ ๑ ลิงก์ (ไฟล์ใน Google Drive ต้องเปิดให้ทุกคนที่มีลิงก์ดูได้)',
  },
  { key: 'status', title: QUESTION.status, kind: 'list', required: true, help: 'สถานะของงานตามแถวนี้ ณ วันที่รายงาน' },
];

export const FORM_TITLE = 'รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส (ITA)';

export function formTitle(config: Config | null): string {
  if (!config) return FORM_TITLE;
  return applyDigitStyle(`${FORM_TITLE} ปีงบประมาณ ${config.fiscalYear} — ${config.agencyName}`, config.digitStyle);
}

export const FORM_DESCRIPTION =
  'สำหรับสำนัก/หน่วยรายงานผลการดำเนินงานตามมาตรการ ๑ คำตอบต่อ ๑ กิจกรรม (ส่งหลายครั้งได้) ' +
  'คำตอบจะถูกรวบรวมเข้าช่องผลการดำเนินงานของแถวที่เลือกในรายงาน ไม่ต้องกรอกชื่อหรืออีเมล';

export const FORM_CONFIRMATION = 'บันทึกคำตอบแล้ว ขอบคุณครับ/ค่ะ ผลจะปรากฏในรายงานฉบับถัดไปที่สร้าง';

/** Choices of the round question, in the config's digit style. */
export function roundChoices(style: DigitStyle): string[] {
  return ([6, 12] as const).map((r) => applyDigitStyle(`รอบ ${r} เดือน`, style));
}

export const STATUS_CHOICES: readonly string[] = STATUS_VALUES;

/** "[2567-01]" at the end of a choice: the id a label maps back to, even after its text was edited. */
const ID_SUFFIX = /\[([^[\]]+)\]\s*$/;

export function idFromLabel(label: string): string | undefined {
  const m = ID_SUFFIX.exec(label.trim());
  return m ? m[1].trim() : undefined;
}

const LABEL_TEXT_MAX = 70;

/** Shortens a text for a dropdown, cutting at a space when it can (Thai words have no spaces inside). */
export function shorten(text: string, max = LABEL_TEXT_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max);
  return `${flat.slice(0, cut > max / 2 ? cut : max).trim()}…`;
}

/** Target numbers per row, as the report prints them: numbered across a measure's rows when it has several. */
function targetNumbers(rows: readonly MeasureRow[]): Map<MeasureRow, string> {
  const key = (r: MeasureRow) => `${r.issueNo}|${r.measureNo || r.measureText}`;
  const total = new Map<string, number>();
  for (const r of rows) total.set(key(r), (total.get(key(r)) ?? 0) + r.targets.length);
  const seen = new Map<string, number>();
  const out = new Map<MeasureRow, string>();
  for (const r of rows) {
    const first = (seen.get(key(r)) ?? 0) + 1;
    const last = first + r.targets.length - 1;
    seen.set(key(r), last);
    if ((total.get(key(r)) ?? 0) > 1) out.set(r, first === last ? `${first}` : `${first}–${last}`);
  }
  return out;
}

/**
 * One readable label per measure row, ending with its row id in brackets:
 * "๑.๑ ค่าเป้าหมาย ๓: ตั้งคณะกรรมการด้านงบประมาณ… [2567-01-1-a]". Row ids are unique in a valid
 * workbook; a duplicated id keeps its first row only, so the choices stay unique.
 */
export function rowLabels(workbook: ParsedWorkbook, style: DigitStyle): { rowId: string; label: string }[] {
  const numbers = targetNumbers(workbook.measures);
  const seen = new Set<string>();
  const out: { rowId: string; label: string }[] = [];
  for (const row of workbook.measures) {
    if (seen.has(row.rowId)) continue;
    seen.add(row.rowId);
    const no = row.measureNo || `ประเด็น ${row.issueNo}`;
    const targets = numbers.get(row);
    const head = applyDigitStyle(targets ? `${no} ค่าเป้าหมาย ${targets}` : no, style);
    out.push({
      rowId: row.rowId,
      label: `${head}: ${applyDigitStyle(shorten(row.measureText), style)} [${row.rowId}]`,
    });
  }
  return out;
}

/** "สำนักบริหารกลาง [SBK]": the name staff know, and the code it maps back to. */
export function unitLabel(unit: Unit): string {
  return `${unit.name} [${unit.code}]`;
}

/** Finds a unit from a dropdown answer: the bracketed code, else the code, abbreviation or name as typed. */
export function unitFromAnswer(answer: string, units: readonly Unit[]): Unit | undefined {
  const code = idFromLabel(answer);
  if (code !== undefined) {
    const byCode = units.find((u) => u.code === code);
    if (byCode) return byCode;
  }
  const text = answer.replace(ID_SUFFIX, '').trim();
  return (
    units.find((u) => u.code === text) ??
    units.find((u) => u.name === text) ??
    units.find((u) => u.abbr !== '' && u.abbr === text)
  );
}

/** "รอบ ๑๒ เดือน", "12", "๖" → 12 / 6; anything else → null. */
export function roundFromAnswer(answer: string): Round | null {
  const digits = toArabicDigits(answer).match(/\d+/g) ?? [];
  if (digits.length !== 1) return null;
  const n = Number(digits[0]);
  return n === 6 || n === 12 ? n : null;
}

/**
 * The 0-based columns of each question in a responses sheet's header. A question deleted and made
 * again leaves two columns with its title (old answers in one, new in the other): both are kept.
 */
export function questionColumns(header: readonly unknown[]): Partial<Record<QuestionKey, number[]>> {
  const byTitle = new Map(QUESTIONS.map((q) => [normaliseHeader(q.title), q.key]));
  const out: Partial<Record<QuestionKey, number[]>> = {};
  header.forEach((cell, c) => {
    const key = byTitle.get(normaliseHeader(cell));
    if (key !== undefined) (out[key] ??= []).push(c);
  });
  return out;
}
