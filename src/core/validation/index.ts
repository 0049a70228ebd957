import { countBySeverity, sortFindings, type Finding } from '../findings';
import { SHEET } from '../layout';
import { parseWorkbook, type ParsedWorkbook } from '../parse';
import type { WorkbookData } from '../workbook';
import { createContext, type MeasureRule } from './context';
import { activityDatesRule } from './dates';
import { evidenceLinksRule } from './links';
import { numberingRule } from './numbering';
import { referencesRule } from './references';
import { resultsRule } from './results';
import { enumeratedCountRule, targetQuantityRule } from './targets';
import { textLintRule } from './text-lint';

export const MEASURE_RULES: readonly MeasureRule[] = [
  referencesRule,
  numberingRule,
  resultsRule,
  targetQuantityRule,
  enumeratedCountRule,
  evidenceLinksRule,
  activityDatesRule,
  textLintRule,
];

export const SHEET_ORDER = [SHEET.config, SHEET.units, SHEET.headings, SHEET.measures];

export interface ValidationResult {
  workbook: ParsedWorkbook;
  findings: Finding[];
  errors: number;
  warnings: number;
}

/** Parses and validates a whole workbook. */
export function validateWorkbookData(data: WorkbookData): ValidationResult {
  return validateParsed(parseWorkbook(data));
}

export function validateParsed(workbook: ParsedWorkbook): ValidationResult {
  const findings: Finding[] = [...workbook.findings];
  const ctx = createContext(workbook, findings);
  for (const rule of MEASURE_RULES) rule(ctx);
  if (workbook.measures.length === 0 && findings.every((f) => f.sheet !== SHEET.measures)) {
    findings.push({
      severity: 'error', rule: 'no-measures', sheet: SHEET.measures, row: 0, column: 0, header: '',
      messageTh: `ยังไม่มีมาตรการในชีต "${SHEET.measures}" — กรอกอย่างน้อย ๑ แถว`,
      messageEn: 'The measures sheet has no rows.',
    });
  }
  const sorted = sortFindings(findings, SHEET_ORDER);
  return { workbook, findings: sorted, ...countBySeverity(sorted) };
}
