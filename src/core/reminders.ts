/**
 * [progress] Reminders to units that have not reported (issue #16), pure: the two config rows, who gets a reminder
 * today (never the same unit twice a day, by the log sheet), and what the log sheet holds.
 * The e-mail itself is in reminder-mail.ts; sending is src/gas/reminders.ts.
 */
import type { Finding } from './findings';
import { CONFIG_LABEL, SHEET } from './layout';
import type { UnitProgress } from './progress';
import {
  compareDates,
  formatThaiDateShort,
  parseThaiDate,
  roundPeriod,
  toArabicDigits,
  toThaiDigits,
  type CalendarDate,
} from './thai';
import { cellText, normaliseHeader } from './workbook';

/** Config rows (label in column A, value in B); both optional: a workbook without them works as before. */
export const DEADLINE_LABEL = 'กำหนดส่งผลการดำเนินงาน';
export const AUTO_REMIND_LABEL = 'เตือนอัตโนมัติทุกสัปดาห์';

export interface ReminderConfig {
  deadline: CalendarDate | null;
  /** Weekly reminders by a time-driven trigger, until the deadline. */
  auto: boolean;
  /** What staff should fix in the config rows (Thai); empty when both read well. */
  problems: string[];
}

const YES = new Set(['ใช่', 'yes', 'true', 'เปิด']);
const NO = new Set(['', 'ไม่', 'no', 'false', 'ปิด']);

interface ConfigIssue {
  /** 1-based row of the config sheet. */
  row: number;
  messageTh: string;
}

function scanConfig(values: readonly (readonly unknown[])[] | undefined): {
  deadline: CalendarDate | null;
  auto: boolean;
  issues: ConfigIssue[];
} {
  const out = { deadline: null as CalendarDate | null, auto: false, issues: [] as ConfigIssue[] };
  let autoRow = 0;
  let deadlineRow = 0;
  let fiscalYear = NaN;
  for (const [r, line] of (values ?? []).entries()) {
    const label = normaliseHeader(line[0]);
    const raw = line[1];
    if (label === normaliseHeader(CONFIG_LABEL.fiscalYear)) fiscalYear = Number(toArabicDigits(cellText(raw)).trim());
    if (label === normaliseHeader(DEADLINE_LABEL) && cellText(raw).trim() !== '') {
      out.deadline = parseThaiDate(raw);
      deadlineRow = r + 1;
      if (!out.deadline)
        out.issues.push({
          row: r + 1,
          messageTh: `"${DEADLINE_LABEL}" ต้องเป็นวันที่ เช่น 30/9/2567 (ได้รับ "${cellText(raw)}")`,
        });
    }
    if (label === normaliseHeader(AUTO_REMIND_LABEL)) {
      autoRow = r + 1;
      const word = cellText(raw).trim().toLowerCase();
      if (YES.has(word)) out.auto = true;
      else if (!NO.has(word))
        out.issues.push({ row: r + 1, messageTh: `"${AUTO_REMIND_LABEL}" ต้องเป็น ใช่ หรือ ไม่ (ได้รับ "${cellText(raw)}")` });
    }
  }
  // Last year's deadline (a workbook copied to start the new year) would be this year's e-mails' กำหนดส่ง.
  if (out.deadline && fiscalYear > 2400 && compareDates(out.deadline, roundPeriod(fiscalYear, 6).start) < 0)
    out.issues.push({
      row: deadlineRow,
      messageTh:
        `"${DEADLINE_LABEL}" ${formatThaiDateShort(out.deadline)} อยู่ก่อนเริ่มปีงบประมาณ ${toThaiDigits(String(fiscalYear))} ` +
        '(เช่น กำหนดส่งของปีก่อนในสมุดงานที่คัดลอกมา) — แก้เป็นกำหนดส่งของปีนี้ก่อนส่งอีเมลเตือน',
    });
  if (out.auto && !out.deadline && out.issues.length === 0)
    out.issues.push({
      row: autoRow,
      messageTh: `เปิด "${AUTO_REMIND_LABEL}" ไว้ แต่ยังไม่ได้กรอก "${DEADLINE_LABEL}" — การเตือนอัตโนมัติจะเริ่มเมื่อกรอกกำหนดส่งแล้ว`,
    });
  return out;
}

/** Reads the two rows from the config sheet's values; a missing row is its default (no deadline, off). */
export function readReminderConfig(values: readonly (readonly unknown[])[] | undefined): ReminderConfig {
  const { deadline, auto, issues } = scanConfig(values);
  return { deadline, auto, problems: issues.map((i) => `ชีต "${SHEET.config}" แถว ${i.row}: ${i.messageTh}`) };
}

/** The same problems as validation warnings on the value cell (column B), so they show on the cell and in ผลการตรวจสอบ. */
export function reminderConfigFindings(values: readonly (readonly unknown[])[] | undefined): Finding[] {
  return scanConfig(values).issues.map((i) => ({
    severity: 'warning',
    rule: 'reminder-config',
    sheet: SHEET.config,
    row: i.row,
    column: 2,
    header: 'ค่า',
    messageTh: i.messageTh,
    messageEn: 'A reminder config row (deadline or weekly switch) cannot be read.',
  }));
}

/** "2026-12-01" of a calendar date, to compare days as text. */
export function dayKey(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

// ---- the log sheet ------------------------------------------------------------------------------------

export const LOG_HEADER = ['เวลา', 'รหัสหน่วยงาน', 'หน่วยงาน', 'อีเมล', 'แถวที่ยังไม่รายงาน', 'ผล'] as const;

export const RESULT = {
  /** Written before MailApp is called: a run stopped right after leaves it, and the unit is not sent to again that day. */
  sending: 'กำลังส่ง',
  sent: 'ส่งแล้ว',
  failed: 'ส่งไม่สำเร็จ',
  noEmail: 'ไม่ได้ส่ง: ไม่มีอีเมลผู้ประสานงานในชีตหน่วยงาน',
  overQuota: 'ไม่ได้ส่ง: โควตาอีเมลของวันนี้ไม่พอ — ส่งอีกครั้งพรุ่งนี้',
} as const;

/** One line of the log as the script reads it back: the day in the script's time zone, the unit code, the result. */
export interface LogLine {
  day: string;
  code: string;
  result: string;
}

export type TodayState = 'sent' | 'maybe-sent' | 'failed';

/**
 * Each unit's state today, by its latest line of the day: sent; maybe sent (a run stopped between "กำลังส่ง" and
 * the result: counted as sent, so nobody gets two e-mails); failed (may be sent again). Other lines do not count.
 */
export function todaysStates(lines: readonly LogLine[], today: string): Map<string, TodayState> {
  const out = new Map<string, TodayState>();
  for (const l of lines) {
    if (l.day !== today || l.code === '') continue;
    if (l.result === RESULT.sent) out.set(l.code, 'sent');
    else if (l.result === RESULT.sending) out.set(l.code, out.get(l.code) === 'sent' ? 'sent' : 'maybe-sent');
    else if (l.result.startsWith(RESULT.failed) && out.get(l.code) !== 'sent') out.set(l.code, 'failed');
  }
  return out;
}

// ---- who gets a reminder ------------------------------------------------------------------------------

export interface ReminderPlan {
  /** In the units sheet's order, at most the remaining quota. */
  send: UnitProgress[];
  noEmail: UnitProgress[];
  /** Already reminded today (or a run stopped while sending to them). */
  alreadySent: UnitProgress[];
  /** Would be sent, but the day's e-mail quota does not cover them. */
  overQuota: UnitProgress[];
  /** Units with nothing missing. */
  complete: number;
  quota: number;
}

/** Every unit missing a row is in exactly one list; `quota` is MailApp's remaining recipients for the day. */
export function planReminders(
  units: readonly UnitProgress[],
  today: ReadonlyMap<string, TodayState>,
  quota: number,
): ReminderPlan {
  const plan: ReminderPlan = {
    send: [],
    noEmail: [],
    alreadySent: [],
    overQuota: [],
    complete: 0,
    quota: Math.max(0, quota),
  };
  for (const u of units) {
    if (u.missing.length === 0) plan.complete++;
    else if (u.email === '') plan.noEmail.push(u);
    else if (today.get(u.code) === 'sent' || today.get(u.code) === 'maybe-sent') plan.alreadySent.push(u);
    else if (plan.send.length < plan.quota) plan.send.push(u);
    else plan.overQuota.push(u);
  }
  return plan;
}

/** The rows a log line names: "2567-02, 2567-05". */
export function rowIdsText(u: UnitProgress, max = Infinity): string {
  const ids = u.missing.map((m) => m.rowId);
  if (ids.length <= max) return ids.join(', ');
  return `${ids.slice(0, max).join(', ')} และอีก ${ids.length - max} รายการ`;
}
