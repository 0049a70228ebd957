/**
 * Findings as lines of text, with what the Sheet's findings sheet shows: severity, sheet, row, column
 * (letter and header) and the Thai message.
 */
import type { Finding } from '../core/findings';
import { columnLetters } from '../core/a1';
import { SHEET } from '../core/layout';

export const SEVERITY_TH = { error: 'ข้อผิดพลาด', warning: 'คำเตือน' } as const;

export function findingLine(f: Finding): string {
  const where = [`ชีต "${f.sheet}"`];
  if (f.row) where.push(`แถว ${f.row}`);
  if (f.column) where.push(`คอลัมน์ ${columnLetters(f.column)}${f.header ? ` (${f.header})` : ''}`);
  return `[${SEVERITY_TH[f.severity]}] ${where.join(' ')}: ${f.messageTh}`;
}

/** findingLine, and for a missing layout sheet which of the file's sheets (sheetNames) it was renamed to. */
export function fileFindingLine(f: Finding, sheetNames: readonly string[]): string {
  return findingLine(f) + (f.rule === 'sheet-missing' ? renamedHint(f.sheet, sheetNames) : '');
}

/**
 * The core's advice for a missing sheet is to re-create it, which starts an empty sheet: in a downloaded file
 * the sheet is more often renamed ("มาตรการ (1)", a trailing space, "สำเนาของ …"), so name it, or list the sheets.
 */
function renamedHint(sheet: string, names: readonly string[]): string {
  if (names.length === 0) return '';
  const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, '');
  const layout: readonly string[] = Object.values(SHEET);
  const like = names.filter((n) => !layout.includes(n) && squash(n).includes(squash(sheet)));
  if (like.length === 1) return ` — หรือถ้าข้อมูลอยู่ในชีต "${like[0]}" ให้เปลี่ยนชื่อชีต "${like[0]}" เป็น "${sheet}"`;
  return ` (ชีตในไฟล์นี้: ${names.map((n) => `"${n}"`).join(', ')} — ชื่อชีตต้องตรงทุกตัวอักษร)`;
}

export function countsLine(errors: number, warnings: number): string {
  if (errors + warnings === 0) return 'ไม่พบปัญหา ข้อมูลพร้อมสร้างรายงาน';
  return `พบข้อผิดพลาด ${errors} รายการ คำเตือน ${warnings} รายการ`;
}
