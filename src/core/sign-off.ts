/**
 * What follows the table: "ปัญหา อุปสรรค และข้อเสนอแนะ" (from the config rows; "ไม่มี" when empty), then the
 * sign-off of the reporter and of the approver in the usual Thai layout, each only when its name is filled:
 *
 *                      ลงชื่อ .................................... ผู้รายงาน
 *                                   (นางสาวสมหญิง ใจดี)
 *                               ตำแหน่ง นักวิเคราะห์นโยบายและแผน
 *                              วันที่ ........../........../..........
 *
 * The blocks sit on the right half of the page, centred there. The date is a blank line, filled when signing.
 */
import type { BlockParagraph } from './report-model';
import type { Config } from './schemas';
import { applyDigitStyle, type DigitStyle } from './thai';

export const PROBLEMS_HEADING = 'ปัญหา อุปสรรค และข้อเสนอแนะ';
export const PROBLEMS_SUBHEADING = 'ปัญหาและอุปสรรค';
export const SUGGESTIONS_SUBHEADING = 'ข้อเสนอแนะ';
export const NONE_TEXT = 'ไม่มี';
export const SIGNATURE_LINE = 'ลงชื่อ ................................................';
export const DATE_LINE = 'วันที่ ........../........../..........';

type SignOffFields = Pick<
  Config,
  'problems' | 'suggestions' | 'reporter' | 'reporterPosition' | 'approver' | 'approverPosition'
>;

/** Staff's lines, each a paragraph; "ไม่มี" when there are none. */
function lines(text: string, style: DigitStyle): BlockParagraph[] {
  const typed = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return (typed.length > 0 ? typed : [NONE_TEXT]).map((l) => ({ text: applyDigitStyle(l, style), indent: true }));
}

/** One signature block, or nothing when no name is given (a position alone is not a signature). */
export function signatureBlock(role: string, name: string, position: string, style: DigitStyle): BlockParagraph[] {
  if (name.trim() === '') return [];
  const d = (s: string) => applyDigitStyle(s, style);
  const at = { align: 'CENTER' as const, rightHalf: true };
  const out: BlockParagraph[] = [
    { text: `${SIGNATURE_LINE} ${role}`, ...at, spaceAbovePt: 24 },
    { text: d(`(${name.trim()})`), ...at },
  ];
  // A position typed on two lines ("ผู้อำนวยการกอง…\nรักษาราชการแทน…") stays two lines.
  position
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .forEach((l, i) => out.push({ text: d(i === 0 ? `ตำแหน่ง ${l}` : l), ...at }));
  out.push({ text: DATE_LINE, ...at });
  return out;
}

/** Every paragraph after the table, in order. */
export function closingParagraphs(config: SignOffFields, style: DigitStyle): BlockParagraph[] {
  return [
    { text: PROBLEMS_HEADING, bold: true, size: 'normal', spaceAbovePt: 12 },
    { text: PROBLEMS_SUBHEADING, bold: true, spaceAbovePt: 4 },
    ...lines(config.problems, style),
    { text: SUGGESTIONS_SUBHEADING, bold: true, spaceAbovePt: 4 },
    ...lines(config.suggestions, style),
    ...signatureBlock('ผู้รายงาน', config.reporter, config.reporterPosition, style),
    ...signatureBlock('ผู้อนุมัติ', config.approver, config.approverPosition, style),
  ];
}
