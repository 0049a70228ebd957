import type { Contributions } from '../report-model';
import { countBySeverity, sortFindings, type Finding } from '../findings';
import { DATA_SHEETS, SHEET } from '../layout';
import { parseWorkbook, type MeasureRow, type ParsedWorkbook } from '../parse';
import type { WorkbookData } from '../workbook';
import { createContext, type MeasureRule } from './context';
import { crossRowMeasures } from './key-rows';
import { activityDatesRule } from './dates';
import { evidenceLinksRule } from './links';
import { issueSequenceRule, measureNumberingRule } from './numbering';
import { referencesRule } from './references';
import { resultsRule } from './results';
import { enumeratedCountRule, targetQuantityRule } from './targets';
import { textLintRule } from './text-lint';
// [forms] The ledger and survey sheets, when the workbook data has them, feed two checks (src/core/forms).
import { completenessFindings, formView } from '../forms/view';
import type { FormsAwareContext } from './results';
// [links] The latest results of "ตรวจลิงก์หลักฐาน", when the data has its sheet (src/core/links).
import { linkFindings } from '../links/findings';
// [progress] The deadline and weekly-reminder config rows, when present (src/core/reminders.ts).
import { reminderConfigFindings } from '../reminders';

/** Rules whose findings on a row depend on the rows above it (row ids, heading order, issue sequence). */
export const CROSS_ROW_RULES: readonly MeasureRule[] = [referencesRule, issueSequenceRule];

/** Rules that need a row, or the rows of its issue, and nothing else. */
export const ROW_RULES: readonly MeasureRule[] = [
  measureNumberingRule,
  resultsRule,
  targetQuantityRule,
  enumeratedCountRule,
  evidenceLinksRule,
  activityDatesRule,
  textLintRule,
];

export interface ValidationResult {
  workbook: ParsedWorkbook;
  findings: Finding[];
  errors: number;
  warnings: number;
  /** What the forms add to each row (empty without form data): buildReportModel's contributions. */
  contributions: Contributions;
}

/** Parses and validates a whole workbook. */
export function validateWorkbookData(data: WorkbookData): ValidationResult {
  const workbook = parseWorkbook(data);
  return validateParsed(workbook, data, crossRowMeasures(workbook.measures, data[SHEET.measures]?.values));
}

/**
 * [forms] `formData` holds the forms' sheets (ledger, survey mapping, survey tabs) when the caller read
 * them: a column the forms fill counts as filled, flagged answers and units that have not reported
 * become findings. Without them, validation is as before.
 */
export function validateParsed(
  workbook: ParsedWorkbook,
  formData: WorkbookData = {},
  /** The rows the cross-row rules see (key-rows.ts: rows that do not parse count by their key cells); default all. */
  crossRowMeasures: readonly MeasureRow[] = workbook.measures,
): ValidationResult {
  const findings: Finding[] = [...workbook.findings];
  const forms = formView(formData, workbook, workbook.config);
  const supplied: FormsAwareContext['supplied'] = (rowId, column) =>
    (forms.contributions.get(rowId)?.[column]?.length ?? 0) > 0;
  const ctx: FormsAwareContext = { ...createContext(workbook, findings), supplied };
  const crossRow =
    crossRowMeasures === workbook.measures
      ? ctx
      : { ...ctx, workbook: { ...workbook, measures: [...crossRowMeasures] } };
  for (const rule of CROSS_ROW_RULES) rule(crossRow);
  for (const rule of ROW_RULES) rule(ctx);
  findings.push(...forms.findings);
  if (workbook.config) findings.push(...completenessFindings(workbook, workbook.config, forms));
  findings.push(...linkFindings(formData)); // [links]
  findings.push(...reminderConfigFindings(formData[SHEET.config]?.values)); // [progress]
  if (workbook.measures.length === 0 && findings.every((f) => f.sheet !== SHEET.measures)) {
    findings.push({
      severity: 'error',
      rule: 'no-measures',
      sheet: SHEET.measures,
      row: 0,
      column: 0,
      header: '',
      messageTh: `ยังไม่มีมาตรการในชีต "${SHEET.measures}" — กรอกอย่างน้อย ๑ แถว`,
      messageEn: 'The measures sheet has no rows.',
    });
  }
  const sorted = sortFindings(findings, DATA_SHEETS);
  return { workbook, findings: sorted, ...countBySeverity(sorted), contributions: forms.contributions };
}
