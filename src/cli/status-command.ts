/**
 * [progress] `ita-report status <workbook>`: the per-unit table of the sheet สรุปความคืบหน้า (src/core/progress.ts),
 * read from the workbook and its forms ledger; `--json` for scripts. Exit 0 (it only reports), 1 when the config
 * cannot be read.
 */
import { formView } from '../core/forms/view';
import { SHEET } from '../core/layout';
import { parseWorkbook } from '../core/parse';
import { deadlineText } from '../core/progress-sheet';
import { percentAnswered, progressOf, type Progress } from '../core/progress';
import { dayKey, readReminderConfig } from '../core/reminders';
import { SUMMARY_STATUSES } from '../core/report-summary';
import type { CalendarDate } from '../core/thai';
import type { CliArgs } from './args';
import { EXIT } from './errors';
import type { Io } from './io';
import { loadWorkbook } from './load-workbook';

/** Today in Bangkok, where the agencies are (the Sheet's script time zone). */
function todayInBangkok(now = new Date()): CalendarDate {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' })
    .format(now)
    .split('-')
    .map(Number);
  return { year, month, day };
}

export async function statusCommand(args: CliArgs, io: Io): Promise<number> {
  const data = await loadWorkbook(args, io);
  const workbook = parseWorkbook(data);
  const config = workbook.config;
  if (!config) {
    io.err(
      `ita-report: ชีต "${SHEET.config}" ยังไม่ครบ (ชื่อหน่วยงาน ปีงบประมาณ หรือรอบรายงาน) — ดูรายละเอียดด้วย ita-report validate`,
    );
    return EXIT.invalid;
  }
  const progress = progressOf(workbook, config, formView(data, workbook, config));
  const reminder = readReminderConfig(data[SHEET.config]?.values);
  if (!data[SHEET.ledger]) io.err(`ไม่มีชีต "${SHEET.ledger}" ในสมุดงานนี้: นับเฉพาะผลที่กรอกในชีตมาตรการ`);
  if (args.json) io.out(JSON.stringify(statusJson(progress, reminder.deadline), null, 2));
  else for (const line of statusLines(progress, reminder.deadline, todayInBangkok())) io.out(line);
  return EXIT.ok;
}

export function statusJson(p: Progress, deadline: CalendarDate | null) {
  return {
    fiscalYear: p.fiscalYear,
    round: p.round,
    deadline: deadline ? dayKey(deadline) : null,
    units: p.units.map((u) => ({
      code: u.code,
      name: u.name,
      email: u.email,
      owed: u.owed,
      answered: u.answered,
      missing: u.missing,
      percent: percentAnswered(u.answered, u.owed),
      lastAnswer: u.lastAnswer || null,
    })),
    totals: { ...p.totals, percent: percentAnswered(p.totals.answered, p.totals.owed) },
    sections: p.sections.map((s) => ({ code: s.code, title: s.title, rows: s.rows, byStatus: s.byStatus })),
    rows: p.rows,
    byStatus: p.byStatus,
  };
}

/** The table as text: one line per unit, its missing rows on the next line. Arabic digits (a terminal). */
export function statusLines(p: Progress, deadline: CalendarDate | null, today: CalendarDate): string[] {
  const pct = (a: number, o: number) => `${percentAnswered(a, o).toFixed(2)}%`;
  const out = [
    `สรุปความคืบหน้าการรายงานผล รอบ ${p.round} เดือน ปีงบประมาณ ${p.fiscalYear}`,
    deadlineText(deadline, today, 'arabic'),
    '',
  ];
  out.push('หน่วยงาน\tรายงานแล้ว/ต้องรายงาน\tร้อยละ\tยังไม่รายงาน\tตอบแบบฟอร์มล่าสุด\tอีเมลผู้ประสานงาน');
  for (const u of p.units) {
    out.push(
      `${u.code} ${u.name}\t${u.answered}/${u.owed}\t${pct(u.answered, u.owed)}\t${u.missing.length}\t${u.lastAnswer || '-'}\t${u.email || '(ไม่มีอีเมล)'}`,
    );
    for (const m of u.missing) out.push(`    ยังไม่รายงาน: ${m.label}`);
  }
  const behind = p.units.filter((u) => u.missing.length > 0).length;
  out.push(
    `รวม\t${p.totals.answered}/${p.totals.owed}\t${pct(p.totals.answered, p.totals.owed)}\t${p.totals.missing}\tยังรายงานไม่ครบ ${behind} จาก ${p.units.length} หน่วยงาน`,
  );
  out.push('', 'รายตัวชี้วัด (แถวตามสถานะ):');
  for (const s of [...p.sections, { code: '', title: 'ภาพรวม', rows: p.rows, byStatus: p.byStatus }]) {
    const counts = SUMMARY_STATUSES.filter((k) => s.byStatus[k] > 0).map((k) => `${k} ${s.byStatus[k]}`);
    out.push(`${s.title}: ${s.rows} แถว — ${counts.join(' · ') || '-'}`);
  }
  return out;
}
