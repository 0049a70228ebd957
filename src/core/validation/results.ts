import { STATUS_VALUES } from '../layout';
import type { MeasureRule } from './context';

/** The report's round needs output, outcome and result; "-" as output needs a status (brief 4.1). */
export const resultsRule: MeasureRule = ({ report, workbook }) => {
  for (const row of workbook.measures) {
    if (row.output === '')
      report('error', 'output-missing', row, 'output',
        'กรอกผลผลิต (ใส่ "-" ได้เมื่อไม่มีผลผลิต และต้องระบุสถานะ)', 'Output is required ("-" allowed with a status).');
    else if (row.output === '-' && row.status === '')
      report('error', 'output-dash-needs-status', row, 'status',
        'ผลผลิตเป็น "-" ต้องระบุสถานะของแถวนี้', 'An output of "-" needs a status.');
    if (row.outcome === '')
      report('error', 'outcome-missing', row, 'outcome', 'กรอกผลสัมฤทธิ์', 'Outcome is required.');
    if (row.result === '')
      report('error', 'result-missing', row, 'result', 'กรอกผลการดำเนินงาน', 'Result is required.');
    if (row.status !== '' && !(STATUS_VALUES as readonly string[]).includes(row.status))
      report('warning', 'status-unknown', row, 'status',
        `สถานะ "${row.status}" ไม่อยู่ในรายการ: ${STATUS_VALUES.join(' / ')}`, `Unknown status "${row.status}".`);
  }
};
