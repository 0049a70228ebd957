/**
 * [progress] Who has reported for the round, and who has not (issue #16): per unit the rows it owes, answered and
 * missing (with their ids and labels), its last answer time; per indicator section the rows by status; totals.
 * Pure: the progress sheet, `ita-report status` and the reminders all read this one result.
 *
 * "Answered" is the completeness rule validation warns with (forms/view.ts): a usable form answer from the unit for
 * the round, or what staff typed in the row (a single-unit row with a result, or a result naming the unit).
 */
import { formStatuses } from './form-status';
import { usable } from './forms/contributions';
import { rowLabels, unitLabel } from './forms/questions';
import type { FormView } from './forms/view';
import type { MeasureRow, ParsedWorkbook } from './parse';
import { rowStatus, SUMMARY_STATUSES, type StatusCounts } from './report-summary';
import type { Config, Unit } from './schemas';
import type { Round } from './thai';
import { resolveUnits } from './units';

/** The units a row expects an answer from, and those that have not given one. */
export interface RowCoverage {
  expected: Unit[];
  missing: Unit[];
}

/** The completeness rule, for one row: `reported` holds the codes of units with a usable form answer. */
export function rowCoverage(row: MeasureRow, units: readonly Unit[], reported: ReadonlySet<string>): RowCoverage {
  const { units: expected } = resolveUnits(row.units, units);
  const typed = (u: Unit) => {
    if (row.result === '') return false;
    if (expected.length === 1) return true;
    return row.result.includes(u.name) || (u.abbr !== '' && row.result.includes(u.abbr));
  };
  return { expected, missing: expected.filter((u) => !reported.has(u.code) && !typed(u)) };
}

export interface MissingRow {
  rowId: string;
  /** The row as the form's dropdown shows it ("๑.๑ ค่าเป้าหมาย ๑: … [2567-01]"): also the pre-filled answer. */
  label: string;
}

export interface UnitProgress {
  code: string;
  name: string;
  email: string;
  /** The unit as the form's dropdown shows it ("สำนักบริหารกลาง [SBK]"). */
  choice: string;
  owed: number;
  answered: number;
  missing: MissingRow[];
  /** The ledger's timestamp of its latest usable answer for the round ("YYYY-MM-DD HH:mm:ss"), '' when none. */
  lastAnswer: string;
}

export interface SectionProgress {
  /** The heading code (รหัสตัวชี้วัด) and its text as printed in the report. */
  code: string;
  title: string;
  rows: number;
  byStatus: StatusCounts;
}

export interface Progress {
  fiscalYear: number;
  round: Round;
  units: UnitProgress[];
  sections: SectionProgress[];
  /** Unit-rows: each unit a row expects counts once. */
  totals: { owed: number; answered: number; missing: number };
  rows: number;
  byStatus: StatusCounts;
}

const zero = (): StatusCounts => Object.fromEntries(SUMMARY_STATUSES.map((s) => [s, 0])) as StatusCounts;

export function progressOf(workbook: ParsedWorkbook, config: Config, view: FormView): Progress {
  const units = workbook.units.map((u) => u.value);
  const labels = new Map(rowLabels(workbook, config.digitStyle).map((l) => [l.rowId, l.label]));
  const seen = new Set<string>();
  const rows = workbook.measures.filter((r) => (seen.has(r.rowId) ? false : (seen.add(r.rowId), true)));

  const byUnit = new Map<string, UnitProgress>(
    units.map((u) => [
      u.code,
      {
        code: u.code,
        name: u.name,
        email: u.email.trim(),
        choice: unitLabel(u),
        owed: 0,
        answered: 0,
        missing: [],
        lastAnswer: '',
      },
    ]),
  );
  for (const row of rows) {
    const { expected, missing } = rowCoverage(row, units, view.reported.get(row.rowId) ?? new Set());
    const gaps = new Set(missing.map((u) => u.code));
    for (const u of expected) {
      const p = byUnit.get(u.code)!;
      p.owed++;
      if (gaps.has(u.code)) p.missing.push({ rowId: row.rowId, label: labels.get(row.rowId) ?? row.rowId });
      else p.answered++;
    }
  }
  const rowIds = new Set(rows.map((r) => r.rowId));
  for (const r of view.records) {
    const p = byUnit.get(r.unit);
    if (!p || !rowIds.has(r.rowId) || !usable(r, config.round)) continue;
    if (r.timestamp > p.lastAnswer) p.lastAnswer = r.timestamp;
  }

  const statuses = formStatuses(view.records, config.round);
  const headingText = new Map(workbook.headings.map((h) => [h.value.code, h.value.text]));
  const sections = new Map<string, SectionProgress>();
  const byStatus = zero();
  for (const row of rows) {
    const section = sections.get(row.heading) ?? {
      code: row.heading,
      title: headingText.get(row.heading) ?? row.heading,
      rows: 0,
      byStatus: zero(),
    };
    sections.set(row.heading, section);
    const s = rowStatus(row, statuses);
    section.rows++;
    section.byStatus[s]++;
    byStatus[s]++;
  }

  const list = [...byUnit.values()];
  const owed = list.reduce((n, u) => n + u.owed, 0);
  const answered = list.reduce((n, u) => n + u.answered, 0);
  return {
    fiscalYear: config.fiscalYear,
    round: config.round,
    units: list,
    sections: [...sections.values()],
    totals: { owed, answered, missing: owed - answered },
    rows: rows.length,
    byStatus,
  };
}

/** Share answered, 0–100 with two decimals (0 of 0 is 100: nothing is owed). */
export function percentAnswered(answered: number, owed: number): number {
  return owed === 0 ? 100 : Math.round((answered / owed) * 10000) / 100;
}
