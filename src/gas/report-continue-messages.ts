/** Thai messages of a report written over several executions (src/gas/report-continue.ts). */
import { SHEET } from '../core/layout';
import { IN_PROGRESS_PREFIX } from '../render/report-naming';
import { RESULT_CONTINUING } from './report-history';

/** The first execution wrote what fit: the rest goes on in the background. */
export function continuesInBackgroundTh(percent: string, afterMinutes: string): string {
  return (
    `รายงานนี้ใหญ่เกินกว่าจะเขียนเสร็จในการทำงานครั้งเดียว (Apps Script ให้ทำงานได้ครั้งละไม่เกิน 6 นาที) ` +
    `จึงเขียนไปก่อนประมาณ ${percent}% ส่วนที่เหลือจะเขียนต่อเองเบื้องหลังในอีกประมาณ ${afterMinutes} นาที ไม่ต้องสั่งซ้ำ และปิดหน้านี้ได้\n` +
    `ระหว่างนี้เอกสารยังมีชื่อขึ้นต้นด้วย "${IN_PROGRESS_PREFIX}" และยังไม่มีไฟล์ PDF (ยังใช้ไม่ได้) ` +
    `เมื่อเขียนครบจึงเปลี่ยนเป็นชื่อจริง ดูสถานะได้ในชีต "${SHEET.history}": บรรทัด "${RESULT_CONTINUING}" ` +
    'แล้วตามด้วยบรรทัดผลเมื่อเสร็จ (พร้อมลิงก์เอกสารและ PDF)'
  );
}

/** A new report run while one is still going on in the background. */
export function stillContinuingTh(startedAt: string, executions: string, staleMinutes: string): string {
  return (
    `รายงานที่สั่งสร้างเมื่อ ${startedAt} ยังเขียนต่ออยู่เบื้องหลัง (ทำงานไปแล้ว ${executions} ครั้ง) จึงยังไม่เริ่มฉบับใหม่ ` +
    `รอให้เสร็จก่อน ดูผลได้ในชีต "${SHEET.history}" แล้วจึงสั่งสร้างรายงานอีกครั้ง ` +
    `(หากฉบับนั้นไม่คืบหน้าเลยเกิน ${staleMinutes} นาที การสั่งครั้งถัดไปจะยกเลิกฉบับที่ค้าง ย้ายไปถังขยะ และเริ่มใหม่)`
  );
}

/** The history note of a report that took several executions. */
export function finishedAfterTh(executions: string): string {
  return `เขียนต่อเบื้องหลังจนเสร็จ รวม ${executions} ครั้งของการทำงาน`;
}
