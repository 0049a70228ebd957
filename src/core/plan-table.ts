/**
 * [plan] The measures table of the plan, grouped by indicator section like the report: a full-width section row per
 * heading, the issue cell spanning its rows, the measure cell spanning its rows (numbered as in the report: only
 * when its issue has more than one), each row's targets (numbered across the measure's rows when it has more than
 * one), its timeframe, its budget and its units. One header row, repeated on every page.
 */
import { COVERED, textCell, type BlockCell, type TableBlock } from './doc-blocks';
import { NO_BUDGET } from './layout';
import type { MeasureRow, ParsedWorkbook } from './parse';
import { parseBudget } from './plan-validation';
import { textParagraphs } from './report-model';
import { applyDigitStyle, type DigitStyle } from './thai';
import { unitsLabel } from './units';

export const PLAN_TABLE_HEADER = [
  'ประเด็นการพัฒนา จากการวิเคราะห์ผลการประเมิน',
  'มาตรการ/แนวทางปฏิบัติ',
  'ค่าเป้าหมาย',
  'ระยะเวลาดำเนินการ',
  'งบประมาณ (บาท)',
  'ผู้รับผิดชอบ',
] as const;
export const PLAN_TABLE_WEIGHTS = [17, 23, 21, 13, 12, 14] as const;

/** 1234567.5 → "1,234,567.50"; whole numbers without decimals. */
export function formatBaht(n: number): string {
  const [whole, frac] = (Number.isInteger(n) ? String(n) : n.toFixed(2)).split('.');
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
}

export function budgetText(text: string, style: DigitStyle): string {
  const b = parseBudget(text);
  if (b === 'none') return NO_BUDGET;
  return b === undefined ? applyDigitStyle(text, style) : applyDigitStyle(formatBaht(b), style);
}

export function measuresTable(workbook: ParsedWorkbook, style: DigitStyle): TableBlock {
  const d = (s: string) => applyDigitStyle(s, style);
  const rows = workbook.measures;
  const units = workbook.units.map((u) => u.value);
  const headingText = new Map(workbook.headings.map((h) => [h.value.code, h.value.text]));
  const measureKey = (r: MeasureRow) => `${r.issueNo}|${r.measureNo || r.measureText}`;
  const targetsPerMeasure = new Map<string, number>();
  const measuresPerIssue = new Map<number, Set<string>>();
  for (const r of rows) {
    targetsPerMeasure.set(measureKey(r), (targetsPerMeasure.get(measureKey(r)) ?? 0) + r.targets.length);
    measuresPerIssue.set(r.issueNo, (measuresPerIssue.get(r.issueNo) ?? new Set()).add(measureKey(r)));
  }
  const out: BlockCell[][] = [PLAN_TABLE_HEADER.map((h) => textCell(h, { header: true, bold: true, center: true }))];
  const counter = new Map<string, number>();
  let section: string | undefined;
  // How many rows after i (same section) continue a run with the same key.
  const span = (i: number, same: (a: MeasureRow, b: MeasureRow) => boolean) => {
    let n = 1;
    while (i + n < rows.length && rows[i + n].heading === rows[i].heading && same(rows[i + n], rows[i])) n++;
    return n;
  };
  rows.forEach((row, i) => {
    if (row.heading !== section) {
      section = row.heading;
      out.push([
        textCell(d(headingText.get(row.heading) ?? row.heading), { bold: true, columnSpan: 6 }),
        COVERED,
        COVERED,
        COVERED,
        COVERED,
        COVERED,
      ]);
    }
    const prev = i > 0 && rows[i - 1].heading === row.heading ? rows[i - 1] : undefined;
    const issueContinues = prev !== undefined && prev.issueNo === row.issueNo;
    const measureContinues = issueContinues && measureKey(prev) === measureKey(row);
    const key = measureKey(row);
    const numbered = (targetsPerMeasure.get(key) ?? 0) > 1;
    const targets = row.targets.map((t) => {
      const n = (counter.get(key) ?? 0) + 1;
      counter.set(key, n);
      return numbered ? `${n}. ${t}` : t;
    });
    const showNo = (measuresPerIssue.get(row.issueNo)?.size ?? 0) > 1 && row.measureNo !== '';
    const cell = (text: string): BlockCell => ({ paragraphs: textParagraphs(text, style), rowSpan: 1, columnSpan: 1 });
    out.push([
      issueContinues
        ? COVERED
        : { ...cell(`${row.issueNo}. ${row.issueTitle}`), rowSpan: span(i, (a, b) => a.issueNo === b.issueNo) },
      measureContinues
        ? COVERED
        : {
            ...cell(showNo ? `${row.measureNo} ${row.measureText}` : row.measureText),
            rowSpan: span(i, (a, b) => measureKey(a) === measureKey(b)),
          },
      cell(targets.join('\n')),
      cell(row.timeframe),
      { ...cell(budgetText(row.budget, style)), center: true },
      cell(unitsLabel(row.units, units)),
    ]);
  });
  return { kind: 'table', columnWeights: PLAN_TABLE_WEIGHTS, widthShare: 1, headerRows: 1, rows: out };
}
