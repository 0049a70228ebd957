/**
 * [progress] The forms project (seed, progress form) with the clock the script sees set to 20 Sep 2024 10:00 in
 * Bangkok, coordinator e-mails for some units, and the config's deadline rows: for the progress and reminder suites.
 */
import { SHEET } from '../../src/core/layout';
import { AUTO_REMIND_LABEL, DEADLINE_LABEL } from '../../src/core/reminders';
import { FakeClock, installClock, type FakeSheet } from '../fakes';
import { seedWorkbook } from './seed';
import { sheetNamed, withForm, type FormProject } from './forms-project';

export interface ProgressProject extends FormProject {
  time: FakeClock;
}

export const DAY = 86_400_000;
/** 20 September 2024 (BE 2567), 10:00 in Bangkok: ten days before the deadline the suites set. */
export const NOW = Date.UTC(2024, 8, 20, 3, 0, 0);

/** Units given an e-mail by default (the others have none). */
export const EMAILS: Record<string, string> = {
  SBK: 'sbk@nhrc.example.go.th',
  LAW: 'law@nhrc.example.go.th',
  PROMO: 'promo@nhrc.example.go.th',
};

export function progressProject(
  options: { emails?: Record<string, string>; deadline?: unknown; auto?: string } = {},
): ProgressProject {
  const p = withForm();
  const time = new FakeClock(NOW);
  installClock(p.context, time);
  setEmails(p, options.emails ?? EMAILS);
  const config = seedWorkbook()[SHEET.config]!.values;
  const extra: unknown[][] = [];
  if (options.deadline !== undefined) extra.push([DEADLINE_LABEL, options.deadline]);
  if (options.auto !== undefined) extra.push([AUTO_REMIND_LABEL, options.auto]);
  p.fakes.seed(SHEET.config, [...config, ...extra]);
  return { ...p, time };
}

export function setEmails(p: FormProject, emails: Record<string, string>): void {
  const units = sheetNamed(p.fakes, SHEET.units)!;
  const values = units._values();
  const column = values[0].indexOf('อีเมลผู้ประสานงาน') + 1;
  values.forEach((row, r) => {
    if (r === 0) return;
    units._setValues(r + 1, column, [[emails[String(row[0])] ?? '']]);
  });
}

/** The progress sheet's lines as objects keyed by the unit table's header (unit lines only). */
export function unitLines(sheet: FakeSheet): Record<string, unknown>[] {
  const values = sheet._values();
  const h = values.findIndex((r) => r[0] === 'หน่วยงาน');
  const header = values[h].map(String);
  const out: Record<string, unknown>[] = [];
  for (const row of values.slice(h + 1)) {
    if (row[0] === 'รวม' || row[0] === '') break;
    out.push(Object.fromEntries(header.map((k, i) => [k, row[i]])));
  }
  return out;
}

export function progressSheet(p: FormProject): FakeSheet {
  const sheet = sheetNamed(p.fakes, SHEET.progress);
  if (!sheet) throw new Error('no progress sheet');
  return sheet;
}
