/**
 * Thai messages about a Google Doc report that the Apps Script menu and the command line both give, so the
 * two say the same thing; each caller adds its own "what to do next".
 */
import { FAILED_PREFIX } from './report-naming';
import { DOCS_MAX_CHARACTERS } from './docs-requests';

/** The report would not fit in one Google Doc: nothing was created. */
export function tooLongForDocsTh(characters: number, formatNumber: (n: number) => string): string {
  return (
    `รายงานนี้มีประมาณ ${formatNumber(characters)} ตัวอักษร แต่ Google Doc หนึ่งไฟล์รับได้ราว ${formatNumber(DOCS_MAX_CHARACTERS)} ตัวอักษร ` +
    'จึงยังไม่ได้สร้างเอกสาร'
  );
}

/** Writing stopped part-way: what happened to the incomplete Doc, and that earlier reports are untouched. */
export function stoppedPartWayTh(detail: string, discarded: boolean, docId: string): string {
  return (
    `การเขียนรายงานลงใน Google Doc หยุดกลางทาง: ${detail}\n` +
    (discarded
      ? `เอกสารที่เขียนไม่ครบถูกเปลี่ยนชื่อขึ้นต้นด้วย "${FAILED_PREFIX}" และย้ายไปถังขยะของ Google Drive แล้ว `
      : `เอกสารที่เขียนไม่ครบ (รหัส ${docId}) ยังอยู่ใน Google Drive โปรดลบเอง `) +
    'รายงานฉบับก่อน ๆ ไม่ถูกแตะต้อง'
  );
}
