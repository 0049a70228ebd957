import { quoteStart } from '../findings';
import { compareDates, formatThaiDateLong, parseThaiDate, roundPeriod, toThaiDigits } from '../thai';
import type { MeasureRule } from './context';

/**
 * Activity dates are real dates inside the fiscal year and, for the 6-month round, on or before
 * 31 March (brief 4.7). Dates quoted in free text are not checked: cited documents may be older.
 */
export const activityDatesRule: MeasureRule = ({ workbook, report }) => {
  const config = workbook.config;
  for (const row of workbook.measures) {
    for (const text of row.activityDates) {
      const date = parseThaiDate(text);
      if (!date) {
        report(
          'error',
          'date-invalid',
          row,
          'activityDates',
          `อ่านวันที่ "${quoteStart(text)}" ไม่ได้ — ใช้รูปแบบ ๒๘/๒/๒๕๖๗, ๒๘ ก.พ. ๒๕๖๗ หรือ 2024-02-28 บรรทัดละ ๑ วัน`,
          `Cannot read the date "${quoteStart(text)}".`,
        );
        continue;
      }
      if (!config) continue;
      const { start, end } = roundPeriod(config.fiscalYear, config.round);
      if (compareDates(date, start) < 0 || compareDates(date, end) > 0) {
        report(
          'error',
          'date-outside-round',
          row,
          'activityDates',
          `วันที่ ${formatThaiDateLong(date)} อยู่นอกช่วงรายงาน (${formatThaiDateLong(start)} – ${formatThaiDateLong(end)}, รอบ ${toThaiDigits(String(config.round))} เดือน)`,
          `Date ${text} is outside the reporting period.`,
        );
      }
    }
  }
};
