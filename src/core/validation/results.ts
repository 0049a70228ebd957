import { quoteStart } from '../findings';
import { STATUS_VALUES } from '../layout';
import type { MeasureRule, RuleContext } from './context';

/** [forms] Validation passes this when the forms fill a row's column (ledger answers, survey aggregates). */
export interface FormsAwareContext extends RuleContext {
  supplied?: (rowId: string, column: 'output' | 'outcome' | 'result') => boolean;
}

/** The report's round needs output, outcome and result; "-" as output needs a status (brief 4.1). */
export const resultsRule: MeasureRule = (ctx: FormsAwareContext) => {
  const { report, workbook } = ctx;
  // [forms] A column the forms fill for this row counts as filled.
  const fromForms = (row: { rowId: string }, column: 'output' | 'outcome' | 'result') =>
    ctx.supplied?.(row.rowId, column) ?? false;
  for (const row of workbook.measures) {
    if (row.output === '') {
      if (!fromForms(row, 'output'))
        report(
          'error',
          'output-missing',
          row,
          'output',
          'กรอกผลผลิต (ใส่ "-" ได้เมื่อไม่มีผลผลิต และต้องระบุสถานะ)',
          'Output is required ("-" allowed with a status).',
        );
    } else if (row.output === '-' && row.status === '')
      report(
        'error',
        'output-dash-needs-status',
        row,
        'status',
        'ผลผลิตเป็น "-" ต้องระบุสถานะของแถวนี้',
        'An output of "-" needs a status.',
      );
    if (row.outcome === '' && !fromForms(row, 'outcome'))
      report('error', 'outcome-missing', row, 'outcome', 'กรอกผลสัมฤทธิ์', 'Outcome is required.');
    if (row.result === '' && !fromForms(row, 'result'))
      report('error', 'result-missing', row, 'result', 'กรอกผลการดำเนินงาน', 'Result is required.');
    if (row.status !== '' && !(STATUS_VALUES as readonly string[]).includes(row.status))
      report(
        'warning',
        'status-unknown',
        row,
        'status',
        `สถานะ "${quoteStart(row.status)}" ไม่อยู่ในรายการ: ${STATUS_VALUES.join(' / ')}`,
        `Unknown status "${quoteStart(row.status)}".`,
      );
  }
};
