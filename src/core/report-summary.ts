/**
 * "สรุปผลการดำเนินงาน": measures and rows by status, overall and per indicator section, as the paragraphs
 * printed before the table. Pure: the renderers draw the paragraphs (see BlockParagraph in report-model.ts).
 *
 * A row's status is its สถานะ cell; when staff left it empty, what its usable form answers give (formStatuses:
 * each unit's latest, combined); else ไม่ระบุ.
 */
import { STATUS_VALUES } from './layout';
import type { MeasureRow, ParsedWorkbook } from './parse';
import type { BlockParagraph } from './report-model';
import { applyDigitStyle, type DigitStyle } from './thai';

export const SUMMARY_HEADING = 'สรุปผลการดำเนินงาน';
export const UNSPECIFIED = 'ไม่ระบุ';

/** The order the summary lists statuses in: done first, as assessors read it. */
export const SUMMARY_STATUSES = [
  'ดำเนินการแล้วเสร็จ',
  'อยู่ระหว่างดำเนินการ',
  'ยังไม่ดำเนินการ',
  'ดำเนินการแล้วแต่ไม่บรรลุค่าเป้าหมาย',
  UNSPECIFIED,
] as const;
export type SummaryStatus = (typeof SUMMARY_STATUSES)[number];

export type StatusCounts = Record<SummaryStatus, number>;

export interface ScopeSummary {
  /** "ภาพรวม" or the section's heading text as printed in the table. */
  title: string;
  measures: StatusCounts;
  rows: StatusCounts;
  measureTotal: number;
  rowTotal: number;
}

export interface StatusSummary {
  overall: ScopeSummary;
  sections: ScopeSummary[];
}

export const KNOWN_STATUSES: ReadonlySet<string> = new Set<string>(STATUS_VALUES);

/** What staff typed wins; then the form; an unknown word counts as ไม่ระบุ (validation warns about it). */
export function rowStatus(row: MeasureRow, fromForms: ReadonlyMap<string, string>): SummaryStatus {
  const typed = row.status.trim();
  const status = typed !== '' ? typed : (fromForms.get(row.rowId) ?? '');
  return KNOWN_STATUSES.has(status) ? (status as SummaryStatus) : UNSPECIFIED;
}

/**
 * A measure of several rows: done only when every row is; not-met when all are finished and one missed its
 * target; not started when none has started; ไม่ระบุ when any row has no status; else in progress.
 */
export function measureStatus(statuses: readonly SummaryStatus[]): SummaryStatus {
  if (statuses.includes(UNSPECIFIED)) return UNSPECIFIED;
  const all = (s: SummaryStatus) => statuses.every((x) => x === s);
  if (all('ดำเนินการแล้วเสร็จ')) return 'ดำเนินการแล้วเสร็จ';
  if (all('ยังไม่ดำเนินการ')) return 'ยังไม่ดำเนินการ';
  if (statuses.every((x) => x === 'ดำเนินการแล้วเสร็จ' || x === 'ดำเนินการแล้วแต่ไม่บรรลุค่าเป้าหมาย'))
    return 'ดำเนินการแล้วแต่ไม่บรรลุค่าเป้าหมาย';
  return 'อยู่ระหว่างดำเนินการ';
}

/** The same measure key as the report table's (report-model.ts): issue and measure number, or its text. */
const measureKey = (r: MeasureRow) => `${r.issueNo}|${r.measureNo || r.measureText}`;

function scope(title: string, rows: readonly MeasureRow[], fromForms: ReadonlyMap<string, string>): ScopeSummary {
  const zero = (): StatusCounts => Object.fromEntries(SUMMARY_STATUSES.map((s) => [s, 0])) as StatusCounts;
  const rowCounts = zero();
  const byMeasure = new Map<string, SummaryStatus[]>();
  for (const r of rows) {
    const s = rowStatus(r, fromForms);
    rowCounts[s]++;
    byMeasure.set(measureKey(r), [...(byMeasure.get(measureKey(r)) ?? []), s]);
  }
  const measureCounts = zero();
  for (const statuses of byMeasure.values()) measureCounts[measureStatus(statuses)]++;
  return { title, measures: measureCounts, rows: rowCounts, measureTotal: byMeasure.size, rowTotal: rows.length };
}

/** Counts for the whole round and per indicator section, sections in the table's order. */
export function statusSummary(workbook: ParsedWorkbook, fromForms: ReadonlyMap<string, string>): StatusSummary {
  const headingText = new Map(workbook.headings.map((h) => [h.value.code, h.value.text]));
  const bySection = new Map<string, MeasureRow[]>();
  for (const r of workbook.measures) bySection.set(r.heading, [...(bySection.get(r.heading) ?? []), r]);
  return {
    overall: scope('ภาพรวม', workbook.measures, fromForms),
    sections: [...bySection].map(([code, rows]) => scope(headingText.get(code) ?? code, rows, fromForms)),
  };
}

/** "ร้อยละ 66.67" (two decimals; 0 of 0 is 0.00), in the report's digits. */
export function percentText(count: number, total: number, style: DigitStyle): string {
  const value = total === 0 ? 0 : Math.round((count / total) * 10000) / 100;
  return applyDigitStyle(`ร้อยละ ${value.toFixed(2)}`, style);
}

function countsLine(label: string, counts: StatusCounts, total: number, style: DigitStyle, all: boolean): string {
  const shown = SUMMARY_STATUSES.filter((s) => all || counts[s] > 0);
  const parts = shown.map(
    (s) => `${s} ${applyDigitStyle(String(counts[s]), style)} (${percentText(counts[s], total, style)})`,
  );
  return `${label}: ${parts.join(' · ')}`;
}

/**
 * The summary's paragraphs: the heading; the whole round with every status (zeros included) on two lines; then
 * one line per indicator section with the statuses that occur in it, so the summary stays on the first page.
 */
export function summaryParagraphs(summary: StatusSummary, style: DigitStyle): BlockParagraph[] {
  const d = (n: number) => applyDigitStyle(String(n), style);
  const { overall, sections } = summary;
  const out: BlockParagraph[] = [
    { text: SUMMARY_HEADING, bold: true, size: 'normal' },
    {
      text: `${overall.title} — ${d(overall.measureTotal)} มาตรการ ${d(overall.rowTotal)} รายการ (แถวในตาราง)`,
      bold: true,
      spaceAbovePt: 4,
    },
    { text: countsLine('มาตรการ', overall.measures, overall.measureTotal, style, true), indent: true },
    { text: countsLine('รายการ', overall.rows, overall.rowTotal, style, true), indent: true },
  ];
  if (sections.length > 1) {
    out.push({ text: 'รายตัวชี้วัด', bold: true, spaceAbovePt: 4 });
    for (const s of sections) {
      const head = applyDigitStyle(`${s.title} — ${d(s.measureTotal)} มาตรการ ${d(s.rowTotal)} รายการ`, style);
      const counts = `${countsLine('มาตรการ', s.measures, s.measureTotal, style, false)}; ${countsLine('รายการ', s.rows, s.rowTotal, style, false)}`;
      out.push({ text: `${head}: ${counts}`, indent: true });
    }
  }
  return out;
}
