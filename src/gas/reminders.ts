/**
 * [progress] Menu "ส่งอีเมลเตือนหน่วยงานที่ยังไม่รายงาน" (sendReminders) and the weekly run (sendRemindersWeekly).
 *
 * The menu first shows who would get what (unit, e-mail, missing rows), who has no e-mail, who was already reminded
 * today and who the day's quota does not cover, and sends only after YES. Sending runs under the document lock and
 * re-reads the log there, so two people pressing at once never remind a unit twice. For each unit: a "กำลังส่ง" line
 * is appended, then MailApp.sendEmail({to, subject, body, htmlBody}), then the result line. A run stopped between
 * the two lines leaves "กำลังส่ง": that unit counts as reminded today (at most one e-mail a day, never two).
 * Quota: MailApp.getRemainingDailyQuota() first; what fits is sent, the rest are named in the dialog and the log.
 */
import { reminderMail, type MailContext } from '../core/reminder-mail';
import { planReminders, RESULT, rowIdsText, todaysStates, type ReminderPlan } from '../core/reminders';
import type { UnitProgress } from '../core/progress';
import { withDocumentLock, ACTION_LOCK_MS, BUSY_TH } from './document-lock';
import { errorMessage } from './error-message';
import { formElsewhereProblem, prefilledLinks } from './reminder-links';
import { appendLogLine, logProblem, openReminderLog } from './reminder-log';
import { scheduleText, scheduleWanted } from './reminder-schedule';
import { refreshProgressIn, type ProgressRead } from './progress';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const TITLE = 'ส่งอีเมลเตือนหน่วยงาน';

export interface SendOutcome {
  sent: UnitProgress[];
  failed: { unit: UnitProgress; why: string }[];
  /** Not sent in this run: over the quota, or the quota ran out while sending. */
  left: UnitProgress[];
}

/** The plan, or why nothing may be sent (Thai). */
function plan(ss: Spreadsheet, read: ProgressRead): ReminderPlan | string {
  const log = openReminderLog(ss);
  return (
    logProblem(log) ||
    formElsewhereProblem(ss) ||
    planReminders(read.progress.units, todaysStates(log.lines, read.todayKey), MailApp.getRemainingDailyQuota())
  );
}

/** Row ids shown per unit in the alerts: a unit owing hundreds would make the dialog unreadable (the log keeps all). */
const SHOWN_IDS = 10;
const unitLine = (u: UnitProgress) =>
  `• ${u.name} <${u.email}>: ${u.missing.length} รายการ (${rowIdsText(u, SHOWN_IDS)})`;

/** The preview / result text's lists (Thai). */
function listsText(p: ReminderPlan): string[] {
  const out: string[] = [];
  if (p.noEmail.length > 0)
    out.push(
      `ไม่มีอีเมลผู้ประสานงานในชีต "หน่วยงาน" (กรอกคอลัมน์ อีเมลผู้ประสานงาน แล้วสั่งอีกครั้ง):`,
      ...p.noEmail.map((u) => `• ${u.name}: ${u.missing.length} รายการ (${rowIdsText(u, SHOWN_IDS)})`),
    );
  if (p.alreadySent.length > 0)
    out.push('ส่งอีเมลเตือนไปแล้ววันนี้ (ไม่ส่งซ้ำในวันเดียวกัน):', ...p.alreadySent.map((u) => `• ${u.name}`));
  if (p.overQuota.length > 0)
    out.push(
      `โควตาอีเมลของวันนี้เหลือ ${p.quota} ฉบับ จึงยังไม่ส่งถึง (สั่งอีกครั้งพรุ่งนี้):`,
      ...p.overQuota.map((u) => `• ${u.name} <${u.email}>`),
    );
  return out;
}

/** Sends to the planned units under the lock; the log is re-read there (another run may have sent meanwhile). */
function sendUnder(ss: Spreadsheet, read: ProgressRead, codes: ReadonlySet<string>): SendOutcome | null {
  const run = withDocumentLock(ACTION_LOCK_MS, () => {
    const log = openReminderLog(ss);
    const fresh = planReminders(
      read.progress.units,
      todaysStates(log.lines, read.todayKey),
      MailApp.getRemainingDailyQuota(),
    );
    const outcome: SendOutcome = { sent: [], failed: [], left: [] };
    const todo = fresh.send.filter((u) => codes.has(u.code));
    outcome.left.push(...fresh.overQuota);
    for (const u of fresh.noEmail)
      appendLogLine(log, { code: u.code, name: u.name, email: '', rows: rowIdsText(u), result: RESULT.noEmail });
    const links = prefilledLinks(todo);
    const ctx: MailContext = {
      agencyName: read.config.agencyName,
      sender: read.config.compiledBy || read.config.agencyName,
      fiscalYear: read.config.fiscalYear,
      round: read.config.round,
      deadline: read.reminder.deadline,
      style: read.config.digitStyle,
    };
    let stopped = false;
    for (const u of todo) {
      const entry = { code: u.code, name: u.name, email: u.email, rows: rowIdsText(u) };
      if (stopped) {
        outcome.left.push(u);
        continue;
      }
      appendLogLine(log, { ...entry, result: RESULT.sending });
      const mail = reminderMail(u, links.get(u.code) ?? '', ctx);
      try {
        MailApp.sendEmail({ to: mail.to, subject: mail.subject, body: mail.body, htmlBody: mail.htmlBody });
        appendLogLine(log, { ...entry, result: RESULT.sent });
        outcome.sent.push(u);
      } catch (error) {
        const why = errorMessage(error);
        appendLogLine(log, { ...entry, result: `${RESULT.failed}: ${why}` });
        outcome.failed.push({ unit: u, why });
        // "Service invoked too many times for one day: email" (worded in the user's language): nothing more
        // goes out today. The quota itself says so whatever the wording.
        if (/too many times|quota/i.test(why) || MailApp.getRemainingDailyQuota() < 1) stopped = true;
      }
    }
    for (const u of outcome.left)
      appendLogLine(log, { code: u.code, name: u.name, email: u.email, rows: rowIdsText(u), result: RESULT.overQuota });
    return outcome;
  });
  return run.ok ? run.value : null;
}

function outcomeText(o: SendOutcome): string[] {
  const out = [`ส่งอีเมลเตือนแล้ว ${o.sent.length} หน่วยงาน${o.sent.length > 0 ? ':' : ''}`, ...o.sent.map(unitLine)];
  if (o.failed.length > 0)
    out.push('ส่งไม่สำเร็จ (สั่งอีกครั้งได้):', ...o.failed.map((f) => `• ${f.unit.name} <${f.unit.email}>: ${f.why}`));
  if (o.left.length > 0)
    out.push('ยังไม่ได้ส่ง เพราะโควตาอีเมลของวันนี้หมด (สั่งอีกครั้งพรุ่งนี้):', ...o.left.map((u) => `• ${u.name} <${u.email}>`));
  out.push('บันทึกไว้ในชีต "บันทึกการเตือน"');
  return out;
}

/** Menu: preview, confirm, send, say what happened. */
export function sendRemindersFromMenu(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  const read = refreshProgressIn(ss, true);
  if ('problem' in read) {
    ui.alert(TITLE, read.problem, ui.ButtonSet.OK);
    return;
  }
  const schedule = scheduleText(read.schedule);
  const p = plan(ss, read);
  if (typeof p === 'string') {
    ui.alert(TITLE, p, ui.ButtonSet.OK);
    return;
  }
  const notes = [...read.reminder.problems, ...(schedule ? [schedule] : [])];
  if (p.send.length === 0) {
    const head =
      p.complete === read.progress.units.length ? 'ทุกหน่วยงานรายงานครบแล้ว ไม่มีอีเมลที่ต้องส่ง' : 'ไม่มีอีเมลที่ส่งได้ในตอนนี้';
    ui.alert(TITLE, [head, ...listsText(p), ...notes].join('\n'), ui.ButtonSet.OK);
    return;
  }
  const preview = [
    `จะส่งอีเมลเตือน ${p.send.length} หน่วยงาน พร้อมรายการที่ยังไม่รายงานและลิงก์แบบฟอร์มที่เลือกหน่วยงานไว้ให้:`,
    ...p.send.map(unitLine),
    ...listsText(p),
    ...notes,
    '',
    'ส่งเลยหรือไม่?',
  ];
  if (ui.alert(TITLE, preview.join('\n'), ui.ButtonSet.YES_NO) !== ui.Button.YES) {
    ui.alert(TITLE, 'ยังไม่ได้ส่งอีเมลใด ๆ', ui.ButtonSet.OK);
    return;
  }
  const outcome = sendUnder(ss, read, new Set(p.send.map((u) => u.code)));
  ui.alert(TITLE, outcome ? outcomeText(outcome).join('\n') : BUSY_TH, ui.ButtonSet.OK);
}

/** The weekly trigger: no UI (a time-driven run has none). Stops, and removes itself, after the deadline. */
export function sendRemindersWeeklyRun(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  // The dashboard is brought up to date too; this also removes the trigger when it is off or past the deadline.
  const read = refreshProgressIn(ss, true);
  if ('problem' in read) {
    console.warn(`sendRemindersWeekly: nothing sent: ${read.problem}`);
    return;
  }
  if (!scheduleWanted(read.reminder, read.todayKey)) {
    console.log(`sendRemindersWeekly: off or past the deadline; nothing sent (${read.schedule})`);
    return;
  }
  const p = plan(ss, read);
  if (typeof p === 'string') return console.warn(`sendRemindersWeekly: ${p}`);
  const outcome = sendUnder(ss, read, new Set(p.send.map((u) => u.code)));
  console.log(`sendRemindersWeekly: ${outcome ? outcomeText(outcome).join(' | ') : BUSY_TH}`);
}
