/**
 * Thai messages about a Google Doc report that the Apps Script menu and the command line both give, so the
 * two say the same thing; each caller adds its own "what to do next".
 */
import { FAILED_PREFIX, IN_PROGRESS_PREFIX } from './report-naming';
import { DOCS_MAX_CHARACTERS } from './docs-requests';

/** The report would not fit in one Google Doc: nothing was created. */
export function tooLongForDocsTh(characters: number, formatNumber: (n: number) => string, what = 'รายงาน'): string {
  return (
    `${what}นี้มีประมาณ ${formatNumber(characters)} ตัวอักษร แต่ Google Doc หนึ่งไฟล์รับได้ราว ${formatNumber(DOCS_MAX_CHARACTERS)} ตัวอักษร ` +
    'จึงยังไม่ได้สร้างเอกสาร'
  );
}

/**
 * Writing stopped part-way: what happened to the incomplete Doc, and that earlier reports are untouched.
 * `nextRunRetries`: the menu's next run will trash a Doc it could not trash now (its journal); the CLI's will not.
 */
export function stoppedPartWayTh(detail: string, discarded: boolean, docId: string, nextRunRetries = false): string {
  return (
    `การเขียนรายงานลงใน Google Doc หยุดกลางทาง: ${detail}\n` +
    (discarded
      ? `เอกสารที่เขียนไม่ครบถูกเปลี่ยนชื่อขึ้นต้นด้วย "${FAILED_PREFIX}" และย้ายไปถังขยะของ Google Drive แล้ว `
      : nextRunRetries
        ? `เอกสารที่เขียนไม่ครบ (รหัส ${docId} ชื่อขึ้นต้นด้วย "${IN_PROGRESS_PREFIX}") ยังอยู่ใน Google Drive ` +
          'การสั่งสร้างรายงานครั้งถัดไปจะย้ายไปถังขยะให้ (หรือลบเองก็ได้) '
        : `เอกสารที่เขียนไม่ครบ (รหัส ${docId}) ยังอยู่ใน Google Drive โปรดลบเอง `) +
    'รายงานฉบับก่อน ๆ ไม่ถูกแตะต้อง'
  );
}

/**
 * What this run did with Docs an earlier run left unfinished (it was stopped, e.g. by the 6-minute limit),
 * or undefined when there were none.
 */
export function leftoversTh(
  discarded: number,
  stuck: readonly string[],
  formatNumber: (n: number) => string,
): string | undefined {
  const lines: string[] = [];
  if (discarded > 0)
    lines.push(
      `พบรายงานที่การสั่งสร้างครั้งก่อนทำค้างไว้ไม่เสร็จ ${formatNumber(discarded)} ไฟล์ (ครั้งนั้นหยุดกลางทาง เช่น ทำงานเกินเวลา 6 นาที) ` +
        `จึงเปลี่ยนชื่อขึ้นต้นด้วย "${FAILED_PREFIX}" และย้ายไปถังขยะของ Google Drive แล้ว`,
    );
  if (stuck.length > 0)
    lines.push(
      `ยังย้ายรายงานที่สร้างค้างไว้ไม่เสร็จจากครั้งก่อนไปถังขยะไม่ได้ ${formatNumber(stuck.length)} ไฟล์ ` +
        `(ชื่อขึ้นต้นด้วย "${IN_PROGRESS_PREFIX}") จะลองอีกครั้งเมื่อสั่งสร้างรายงานครั้งถัดไป หรือลบเองใน Google Drive`,
    );
  return lines.length ? lines.join('\n') : undefined;
}

/** Another report run of this account holds the lock (another tab, say): nothing was created. */
export const REPORT_BUSY_TH =
  'บัญชีนี้กำลังสร้างรายงานอยู่อีกครั้งหนึ่ง (เช่น สั่งไว้จากอีกแท็บ) จึงยังไม่ได้สร้างเอกสาร ' +
  'รอให้ครั้งนั้นเสร็จ (ไม่เกิน 6 นาที) แล้วสั่งสร้างรายงานอีกครั้ง';
