/**
 * Findings as lines of text, with what the Sheet's findings sheet shows: severity, sheet, row, column
 * (letter and header) and the Thai message.
 */
import type { Finding } from '../core/findings';
import { columnLetters } from '../core/a1';

export const SEVERITY_TH = { error: 'ข้อผิดพลาด', warning: 'คำเตือน' } as const;

export function findingLine(f: Finding): string {
  const where = [`ชีต "${f.sheet}"`];
  if (f.row) where.push(`แถว ${f.row}`);
  if (f.column) where.push(`คอลัมน์ ${columnLetters(f.column)}${f.header ? ` (${f.header})` : ''}`);
  return `[${SEVERITY_TH[f.severity]}] ${where.join(' ')}: ${f.messageTh}`;
}

export function countsLine(errors: number, warnings: number): string {
  if (errors + warnings === 0) return 'ไม่พบปัญหา ข้อมูลพร้อมสร้างรายงาน';
  return `พบข้อผิดพลาด ${errors} รายการ คำเตือน ${warnings} รายการ`;
}
