import type { Finding, Severity } from '../findings';
import { MEASURE_HEADER, SHEET } from '../layout';
import type { MeasureRow, ParsedWorkbook } from '../parse';

export type MeasureColumn = keyof typeof MEASURE_HEADER;

/** What every rule gets: the parsed workbook and a way to report on a measure cell. */
export interface RuleContext {
  workbook: ParsedWorkbook;
  report(severity: Severity, rule: string, row: MeasureRow, column: MeasureColumn, th: string, en: string): void;
}

export type MeasureRule = (ctx: RuleContext) => void;

export function createContext(workbook: ParsedWorkbook, findings: Finding[]): RuleContext {
  return {
    workbook,
    report(severity, rule, row, column, th, en) {
      findings.push({
        severity,
        rule,
        sheet: SHEET.measures,
        row: row.row,
        column: workbook.columns.measures[column] ?? 0,
        header: MEASURE_HEADER[column],
        messageTh: th,
        messageEn: en,
      });
    },
  };
}
