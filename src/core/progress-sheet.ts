/**
 * [progress] The cells of the sheet `สรุปความคืบหน้า`, from a Progress: a title block, one line per unit (its first
 * three columns feed the chart: name, answered, missing), a total, then one line per indicator section with its
 * rows by status and a total. Pure, so the Apps Script side writes it in one setValues.
 */
import { SHEET } from './layout';
import { asText, fitCell } from './sheet-text';
import { percentAnswered, type Progress } from './progress';
import { SUMMARY_STATUSES } from './report-summary';
import { applyDigitStyle, formatThaiDateLong, type CalendarDate, type DigitStyle } from './thai';

export const PROGRESS_SHEET = SHEET.progress;
export const CHART_TITLE = 'ความคืบหน้าการรายงานผลรายหน่วยงาน (แถว)';

export const UNIT_COLUMNS = [
  'หน่วยงาน',
  'รายงานแล้ว',
  'ยังไม่รายงาน',
  'แถวที่ต้องรายงาน',
  'ร้อยละที่รายงานแล้ว',
  'รหัสหน่วยงาน',
  'อีเมลผู้ประสานงาน',
  'แถวที่ยังไม่รายงาน',
  'ตอบแบบฟอร์มล่าสุด',
] as const;
export const SECTION_COLUMNS = ['ตัวชี้วัด', 'จำนวนแถว', ...SUMMARY_STATUSES, 'ร้อยละที่ดำเนินการแล้วเสร็จ'] as const;
export const PROGRESS_WIDTH = Math.max(UNIT_COLUMNS.length, SECTION_COLUMNS.length);

export type Cell = string | number;

export interface ProgressCells {
  values: Cell[][];
  /** 1-based rows to print in bold (the title and the headers and totals). */
  boldRows: number[];
  /** The chart's data: the unit table's header and unit lines, columns 1–3. */
  chart: { row: number; numRows: number; column: number; numColumns: number };
}

export interface SheetContext {
  /** "2026-12-01 10:00" in the script's time zone. */
  updatedAt: string;
  today: CalendarDate;
  deadline: CalendarDate | null;
  style: DigitStyle;
}

/** A string no Sheet reads as a formula, a number or a date ("2567-02" would become February 2567). */
export function textCell(s: string): string {
  const safe = asText(s);
  return safe === s && /^[\d๐-๙]/.test(s) ? fitCell(`'${s}`) : safe;
}

function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** "กำหนดส่ง ๓๐ กันยายน ๒๕๖๗ (อีก ๕ วัน)" / "(เลยกำหนด ๒ วัน)" / "ยังไม่ได้กำหนด …". */
export function deadlineText(deadline: CalendarDate | null, today: CalendarDate, style: DigitStyle): string {
  if (!deadline) return 'กำหนดส่ง: ยังไม่ได้กรอกในชีต "ตั้งค่า" (แถว "กำหนดส่งผลการดำเนินงาน")';
  const n = daysBetween(today, deadline);
  const when = n > 0 ? `อีก ${n} วัน` : n === 0 ? 'วันนี้' : `เลยกำหนด ${-n} วัน`;
  return `กำหนดส่ง ${formatThaiDateLong(deadline, style)} (${applyDigitStyle(when, style)})`;
}

export function progressCells(p: Progress, ctx: SheetContext): ProgressCells {
  const d = (s: string) => applyDigitStyle(s, ctx.style);
  const values: Cell[][] = [];
  const boldRows: number[] = [];
  const push = (line: Cell[], bold = false) => {
    values.push([...line, ...new Array<Cell>(PROGRESS_WIDTH - line.length).fill('')]);
    if (bold) boldRows.push(values.length);
  };

  push([d(`สรุปความคืบหน้าการรายงานผล รอบ ${p.round} เดือน ปีงบประมาณ ${p.fiscalYear}`)], true);
  push([`ปรับปรุงเมื่อ ${ctx.updatedAt} (เมนู รายงาน ITA › สรุปความคืบหน้า และทุกครั้งที่ดึงคำตอบแบบฟอร์มใหม่)`]);
  push([deadlineText(ctx.deadline, ctx.today, ctx.style)]);
  push([]);

  push([...UNIT_COLUMNS], true);
  const headerRow = values.length;
  for (const u of p.units) {
    push([
      textCell(u.name),
      u.answered,
      u.missing.length,
      u.owed,
      percentAnswered(u.answered, u.owed),
      textCell(u.code),
      u.email === '' ? '(ไม่มีอีเมล)' : textCell(u.email),
      textCell(u.missing.map((m) => m.label).join('\n')),
      u.lastAnswer === '' ? '-' : textCell(u.lastAnswer),
    ]);
  }
  const behind = p.units.filter((u) => u.missing.length > 0).length;
  push(
    [
      'รวม',
      p.totals.answered,
      p.totals.missing,
      p.totals.owed,
      percentAnswered(p.totals.answered, p.totals.owed),
      '',
      '',
      d(`ยังรายงานไม่ครบ ${behind} จาก ${p.units.length} หน่วยงาน`),
      '',
    ],
    true,
  );
  push([]);

  push([...SECTION_COLUMNS], true);
  const done = SUMMARY_STATUSES[0];
  for (const s of p.sections)
    push([
      textCell(s.title),
      s.rows,
      ...SUMMARY_STATUSES.map((k) => s.byStatus[k]),
      percentAnswered(s.byStatus[done], s.rows),
    ]);
  push(
    ['ภาพรวม', p.rows, ...SUMMARY_STATUSES.map((k) => p.byStatus[k]), percentAnswered(p.byStatus[done], p.rows)],
    true,
  );

  return { values, boldRows, chart: { row: headerRow, numRows: p.units.length + 1, column: 1, numColumns: 3 } };
}
