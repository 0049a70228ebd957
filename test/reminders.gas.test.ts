/**
 * Issue #16 through the built bundle: sendReminders (preview, confirm, send with MailApp, the log sheet
 * บันทึกการเตือน), pre-filled form links (FormResponse.toPrefilledUrl), the day's quota, never twice a day, and the
 * weekly time-driven trigger installed once and removed after the deadline.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { QUESTION } from '../src/core/forms/questions';
import { SHEET } from '../src/core/layout';
import { LOG_HEADER, RESULT } from '../src/core/reminders';
import { BUNDLE, sheetNamed, submitAndFire } from './tools/forms-project';
import { DAY, EMAILS, progressProject, type ProgressProject } from './tools/progress-project';

beforeAll(() => {
  if (!existsSync(BUNDLE)) execSync('npm run build', { stdio: 'inherit' });
});

const mail = (p: ProgressProject) => p.fakes.services.MailApp;
const alerts = (p: ProgressProject) => p.fakes.recorded.alerts.filter((a) => a.title === 'ส่งอีเมลเตือนหน่วยงาน');
const logRows = (p: ProgressProject) => {
  const sheet = sheetNamed(p.fakes, SHEET.reminderLog);
  if (!sheet) return [];
  const [header, ...rows] = sheet._values();
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
};
/** The answers a pre-filled link carries, by question title. */
function prefilled(p: ProgressProject, url: string): Record<string, string> {
  const u = new URL(url);
  expect(u.pathname).toBe(`/forms/d/e/${p.form._publishedId}/viewform`);
  const out: Record<string, string> = {};
  for (const [k, v] of u.searchParams) {
    if (!k.startsWith('entry.')) continue;
    out[p.form._items.find((i) => i.id === Number(k.slice(6)))!.title] = v;
  }
  return out;
}

describe('sendReminders', () => {
  it('the preview lists exactly the units with an e-mail and missing rows; NO sends nothing', () => {
    const p = progressProject();
    p.fakes.services.Ui._answer('NO');
    p.context.sendReminders();
    const [preview, after] = alerts(p);
    expect(preview.buttons).toBe('YES_NO');
    for (const code of Object.keys(EMAILS)) expect(preview.prompt).toContain(`<${EMAILS[code]}>`);
    expect(preview.prompt).toContain('จะส่งอีเมลเตือน 3 หน่วยงาน');
    // LAW owes 2567-02, 2567-05, 2567-13, 2567-14, 2567-15 in the seed.
    expect(preview.prompt).toContain(
      '• สำนักกฎหมาย <law@nhrc.example.go.th>: 5 รายการ (2567-02, 2567-05, 2567-13, 2567-14, 2567-15)',
    );
    // Units without an e-mail are listed, not skipped silently.
    expect(preview.prompt).toContain('ไม่มีอีเมลผู้ประสานงาน');
    for (const name of ['สำนักนโยบายและยุทธศาสตร์', 'สำนักเฝ้าระวังฯ', 'สำนักงาน กสม. ภาคอีสาน'])
      expect(preview.prompt).toContain(`• ${name}:`);
    expect(after.prompt).toBe('ยังไม่ได้ส่งอีเมลใด ๆ');
    expect(mail(p)._sent).toEqual([]);
  });

  it('YES sends one e-mail per unit with its missing rows and a link pre-filled with the unit (and the row when only one is missing)', () => {
    const p = progressProject({ deadline: '30/9/2567' });
    // PROMO answers every row but 2567-15: one row missing.
    for (const row of ['2567-02', '2567-05', '2567-13']) submitAndFire(p, { unit: 'PROMO', row });
    p.context.sendReminders();
    const sent = mail(p)._sent;
    expect(sent.map((m) => m.to).sort()).toEqual(Object.values(EMAILS).sort());
    const law = sent.find((m) => m.to === EMAILS.LAW)!;
    expect(law.subject).toBe('[ITA] ขอรายงานผลการดำเนินงาน รอบ ๑๒ เดือน ปีงบประมาณ ๒๕๖๗ — สำนักกฎหมาย');
    for (const id of ['2567-02', '2567-05', '2567-13', '2567-14', '2567-15']) expect(law.body).toContain(`[${id}]`);
    expect(law.body).toContain('กำหนดส่ง: ๓๐ กันยายน ๒๕๖๗');
    const lawLink = /href="([^"]+)"/.exec(law.htmlBody!)![1].replace(/&amp;/g, '&');
    expect(prefilled(p, lawLink)).toEqual({ [QUESTION.unit]: 'สำนักกฎหมาย [LAW]' });
    const promo = sent.find((m) => m.to === EMAILS.PROMO)!;
    const promoLink = promo.body.split('\n').find((l) => l.startsWith('https://'))!;
    const promoRow = p.form._items.find((i) => i.title === QUESTION.row)!.choices.find((c) => c.endsWith('[2567-15]'))!;
    expect(prefilled(p, promoLink)).toEqual({ [QUESTION.unit]: 'สำนักส่งเสริมฯ [PROMO]', [QUESTION.row]: promoRow });
    // Nothing was submitted to the form by making the links.
    expect(p.form._responses).toHaveLength(3);

    const result = alerts(p).at(-1)!.prompt;
    expect(result).toContain('ส่งอีเมลเตือนแล้ว 3 หน่วยงาน');
    const log = logRows(p);
    expect(Object.keys(log[0])).toEqual([...LOG_HEADER]);
    expect(
      log
        .filter((l) => l['ผล'] === RESULT.sent)
        .map((l) => l['รหัสหน่วยงาน'])
        .sort(),
    ).toEqual(['LAW', 'PROMO', 'SBK']);
    expect(log.find((l) => l['รหัสหน่วยงาน'] === 'PROMO' && l['ผล'] === RESULT.sent)!['แถวที่ยังไม่รายงาน']).toBe('2567-15');
    expect(log.filter((l) => l['ผล'] === RESULT.noEmail).map((l) => l['รหัสหน่วยงาน'])).toContain('SNY');
  });

  it('a unit renamed since the form was made gets the plain form link; with the form gone, the e-mail says to ask for it', () => {
    const p = progressProject({ emails: { LAW: EMAILS.LAW } });
    const units = sheetNamed(p.fakes, SHEET.units)!;
    const r = units._values().findIndex((row) => row[0] === 'LAW') + 1;
    units._setValues(r, 2, [['สำนักกฎหมายและคดี']]); // not a choice of the form until syncForms runs again
    p.context.sendReminders();
    const [law] = mail(p)._sent;
    expect(law.body).toContain(p.form.getPublishedUrl());
    expect(law.body).not.toContain('entry.');
    expect(p.form._responses).toHaveLength(0);

    const q = progressProject({ emails: { LAW: EMAILS.LAW } });
    q.form._deleteForever();
    q.context.sendReminders();
    const [gone] = mail(q)._sent;
    expect(gone.body).toContain('โปรดขอลิงก์แบบฟอร์มรายงานผลจากผู้ประสานงาน ITA');
    expect(gone.htmlBody).not.toContain('href=');
  });

  it('sending twice on one day sends once; the next day it sends again', () => {
    const p = progressProject();
    p.context.sendReminders();
    expect(mail(p)._sent).toHaveLength(3);
    p.time.advance(2 * 3_600_000);
    p.context.sendReminders();
    expect(mail(p)._sent).toHaveLength(3);
    const second = alerts(p).at(-1)!;
    expect(second.buttons).toBe('OK');
    expect(second.prompt).toContain('ส่งอีเมลเตือนไปแล้ววันนี้');
    p.time.advance(DAY);
    p.context.sendReminders();
    expect(mail(p)._sent).toHaveLength(6);
  });

  it('a log whose time or unit-code column was renamed or deleted sends nothing (it could not tell who was reminded today)', () => {
    for (const column of [1, 2]) {
      const p = progressProject();
      p.context.sendReminders();
      expect(mail(p)._sent).toHaveLength(3);
      const log = sheetNamed(p.fakes, SHEET.reminderLog)!;
      // Renamed, or its header cleared (as good as deleted for a log read by header).
      log.getRange(1, column).setValue(column === 1 ? 'วันที่ส่ง' : '');
      p.context.sendReminders();
      expect(mail(p)._sent).toHaveLength(3);
      const last = alerts(p).at(-1)!;
      expect(last.buttons).toBe('OK');
      expect(last.prompt).toContain(`ชีต "${SHEET.reminderLog}" แถว 1 ไม่มีคอลัมน์ "${LOG_HEADER[column - 1]}"`);
    }
  });

  it('a log sheet left empty by a run stopped right after making it gets its header: sent once, not twice', () => {
    const p = progressProject();
    p.fakes.spreadsheet.insertSheet(SHEET.reminderLog);
    p.context.sendReminders();
    p.context.sendReminders();
    expect(mail(p)._sent).toHaveLength(3);
    expect(sheetNamed(p.fakes, SHEET.reminderLog)!._values()[0]).toEqual([...LOG_HEADER]);
  });

  it('a unit that has answered everything gets nothing; a unit without e-mail is reported in the result too', () => {
    const p = progressProject({ emails: { WATCH: 'watch@nhrc.example.go.th', AUDIT: '' } });
    for (const row of ['2567-02', '2567-05', '2567-13', '2567-15']) submitAndFire(p, { unit: 'WATCH', row });
    p.context.sendReminders();
    expect(mail(p)._sent).toEqual([]);
    const only = alerts(p);
    expect(only).toHaveLength(1);
    expect(only[0].prompt).toContain('ไม่มีอีเมลที่ส่งได้ในตอนนี้');
    expect(only[0].prompt).toContain('• หน่วยตรวจสอบภายใน: 4 รายการ');
    expect(only[0].prompt).not.toContain('สำนักเฝ้าระวังฯ');
  });

  it('quota: what fits is sent, the rest are named in the preview, the result and the log', () => {
    const p = progressProject();
    mail(p)._quota = 2;
    p.context.sendReminders();
    const [preview, result] = alerts(p);
    expect(preview.prompt).toContain('จะส่งอีเมลเตือน 2 หน่วยงาน');
    expect(preview.prompt).toContain('โควตาอีเมลของวันนี้เหลือ 2 ฉบับ จึงยังไม่ส่งถึง');
    expect(preview.prompt).toContain('• สำนักส่งเสริมฯ <promo@nhrc.example.go.th>');
    expect(mail(p)._sent.map((m) => m.to)).toEqual([EMAILS.SBK, EMAILS.LAW]);
    expect(result.prompt).toContain('ส่งอีเมลเตือนแล้ว 2 หน่วยงาน');
    expect(
      logRows(p)
        .filter((l) => l['ผล'] === RESULT.overQuota)
        .map((l) => l['รหัสหน่วยงาน']),
    ).toEqual(['PROMO']);

    // The quota runs out while sending (another script used it): the rest are named, nothing is lost.
    const q = progressProject();
    const fake = mail(q);
    fake.getRemainingDailyQuota = () => 10;
    fake._quota = 1;
    q.context.sendReminders();
    const last = alerts(q).at(-1)!.prompt;
    expect(fake._sent).toHaveLength(1);
    expect(last).toContain('ส่งไม่สำเร็จ');
    expect(last).toContain('ยังไม่ได้ส่ง เพราะโควตาอีเมลของวันนี้หมด');
    expect(last).toContain('• สำนักส่งเสริมฯ <promo@nhrc.example.go.th>');
  });

  it('the quota runs out mid-way with the error worded in Thai (Apps Script localises it): nothing more is tried, the rest are named', () => {
    const q = progressProject();
    const fake = mail(q);
    // The preview and the locked re-read see 10 left (another script then spends them); later reads are the truth.
    let reads = 0;
    fake.getRemainingDailyQuota = () => (++reads <= 2 ? 10 : fake._quota);
    fake._quota = 1;
    fake._quotaMessage = 'มีการเรียกใช้บริการหลายครั้งเกินไปสำหรับหนึ่งวัน: email';
    let tries = 0;
    q.fakes.calls.beforeCall = (name) => void (name === 'MailApp.sendEmail' && tries++);
    q.context.sendReminders();
    q.fakes.calls.beforeCall = undefined;
    expect(fake._sent).toHaveLength(1);
    expect(tries).toBe(2);
    const last = alerts(q).at(-1)!.prompt;
    expect(last).toContain('ยังไม่ได้ส่ง เพราะโควตาอีเมลของวันนี้หมด');
    expect(last).toContain('• สำนักส่งเสริมฯ <promo@nhrc.example.go.th>');
    expect(logRows(q).find((l) => l['รหัสหน่วยงาน'] === 'PROMO')?.['ผล']).toBe(RESULT.overQuota);
  });

  it('a run stopped between the log line and MailApp: that unit is not sent to again the same day (at most one e-mail)', () => {
    const p = progressProject();
    // Killed (the 6-minute limit) right before the second sendEmail: no catch block runs, no call after it is made.
    let sends = 0;
    let dead = false;
    p.fakes.calls.beforeCall = (name) => {
      if (dead || (name === 'MailApp.sendEmail' && ++sends === 2)) {
        dead = true;
        throw new Error('Exceeded maximum execution time');
      }
    };
    expect(() => p.context.sendReminders()).toThrow(/maximum execution time/);
    p.fakes.calls.beforeCall = undefined;
    p.fakes.services.LockService._executionEnded();
    expect(mail(p)._sent.map((m) => m.to)).toEqual([EMAILS.SBK]);
    p.context.sendReminders();
    // SBK sent, LAW "กำลังส่ง" (maybe sent): only PROMO is left.
    expect(mail(p)._sent.map((m) => m.to)).toEqual([EMAILS.SBK, EMAILS.PROMO]);
    expect(alerts(p).at(-2)!.prompt).toContain('ส่งอีเมลเตือนไปแล้ววันนี้');
  });
});

describe('the weekly schedule', () => {
  const clockTriggers = (p: ProgressProject) =>
    p.fakes.services.ScriptApp._triggers.filter((t) => t.eventType === 'CLOCK');

  it('installed once when the config turns it on, runs without a UI, and is removed after the deadline', () => {
    const p = progressProject({ deadline: '30/9/2567', auto: 'ใช่' });
    p.context.refreshProgress();
    p.context.refreshProgress();
    p.context.sendReminders();
    const triggers = clockTriggers(p);
    expect(triggers).toHaveLength(1);
    expect(triggers[0].handlerFunction).toBe('sendRemindersWeekly');
    expect(triggers[0].schedule).toEqual({ everyWeeks: 1, onWeekDay: 'MONDAY', atHour: 9 });
    // The coordinator is told once, when it is installed.
    expect(p.fakes.recorded.alerts.filter((a) => a.prompt.includes('ตั้งการเตือนอัตโนมัติทุกวันจันทร์'))).toHaveLength(1);
    expect(typeof p.context.sendRemindersWeekly).toBe('function');

    // A week later the trigger runs (no UI: getUi would throw).
    p.time.advance(7 * DAY);
    p.fakes.run({ ui: false }, () => p.context.sendRemindersWeekly());
    expect(mail(p)._sent).toHaveLength(6);
    // It brought the dashboard up to date as well (the deadline is now 3 days away).
    expect(sheetNamed(p.fakes, SHEET.progress)!._values()[2][0]).toBe('กำหนดส่ง ๓๐ กันยายน ๒๕๖๗ (อีก ๓ วัน)');

    // After the deadline: nothing sent, the trigger removes itself.
    p.time.advance(7 * DAY);
    p.fakes.run({ ui: false }, () => p.context.sendRemindersWeekly());
    expect(mail(p)._sent).toHaveLength(6);
    expect(clockTriggers(p)).toEqual([]);
  });

  it('turned off in the config: the next refresh removes it; no deadline: none is installed', () => {
    const p = progressProject({ deadline: '30/9/2567', auto: 'ใช่' });
    p.context.refreshProgress();
    expect(clockTriggers(p)).toHaveLength(1);
    const config = sheetNamed(p.fakes, SHEET.config)!;
    const row = config._values().findIndex((r) => r[0] === 'เตือนอัตโนมัติทุกสัปดาห์') + 1;
    config._setValues(row, 2, [['ไม่']]);
    p.context.refreshProgress();
    expect(clockTriggers(p)).toEqual([]);

    const q = progressProject({ auto: 'ใช่' });
    q.context.refreshProgress();
    expect(clockTriggers(q)).toEqual([]);
    expect(q.fakes.recorded.alerts.at(-1)!.prompt).toContain('ยังไม่ได้กรอก "กำหนดส่งผลการดำเนินงาน"');
  });
});
