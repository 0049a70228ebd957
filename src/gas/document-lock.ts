/**
 * The one lock for everything that writes validation marks or the forms ledger: the menu's validation,
 * the report's validation, onEdit, onFormSubmit and reconcile all take the spreadsheet's document lock here.
 *
 * Apps Script documents what a Lock does between executions, not what a second tryLock/waitLock in the SAME
 * execution gets (e.g. generateReport → its validation → the forms' catch-up). So we never ask twice: an
 * execution that already holds the lock runs the inner section directly. Module state is per execution
 * (each run of a trigger or menu item loads the script afresh), so the flag cannot leak into another run.
 */

/** How long a person's action (menu validation, report, reconcile) waits for another run to finish. */
export const ACTION_LOCK_MS = 30_000;
/** onEdit waits only briefly: when busy it skips, since the running validation marks the cells itself. */
export const EDIT_LOCK_MS = 2_000;

/** What a person sees when the lock stays taken. */
export const BUSY_TH =
  'มีการตรวจสอบข้อมูลหรือบันทึกคำตอบแบบฟอร์มอยู่ในขณะนี้ (อาจเป็นของผู้ใช้อื่น) รอแล้วยังไม่เสร็จ — ' +
  'ยังไม่มีการเปลี่ยนแปลงใด ๆ โปรดลองสั่งอีกครั้งในอีกสักครู่';

/** Thrown by runValidation when the lock stays taken; nothing was written. */
export class LockBusyError extends Error {
  constructor() {
    super(BUSY_TH);
    this.name = 'LockBusyError';
  }
}

let heldHere = false;

export type Locked<T> = { ok: true; value: T } | { ok: false };

/**
 * Runs `section` under the document lock, waiting up to `timeoutMs`; { ok: false } when it stays taken
 * (section not run). Pending spreadsheet writes are flushed before the lock is released, as the Lock
 * service's documentation asks, so the next holder reads them.
 */
export function withDocumentLock<T>(timeoutMs: number, section: () => T): Locked<T> {
  if (heldHere) return { ok: true, value: section() };
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(timeoutMs)) return { ok: false };
  heldHere = true;
  try {
    return { ok: true, value: section() };
  } finally {
    heldHere = false;
    try {
      SpreadsheetApp.flush();
    } finally {
      lock.releaseLock();
    }
  }
}
