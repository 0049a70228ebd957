/**
 * [plan] Validation for the measures plan, made at the start of the year: the report's checks that matter before
 * any work is done (config, references, numbering, typing), not its results, dates, evidence or form checks (a
 * new year's rows have none yet), plus the plan's own: scores 0–100, every heading mapped to an indicator 1–10,
 * a budget that is a number or "ไม่ใช้งบประมาณ", and a warning for an indicator below target that no issue addresses.
 */
import { countBySeverity, sortFindings, type Finding } from './findings';
import { DATA_SHEETS, HEADING_HEADER, MEASURE_HEADER, NO_BUDGET, SHEET } from './layout';
import { parseWorkbook, type ParsedWorkbook } from './parse';
import { readPlanInputs, type PlanInputs } from './plan-inputs';
import { toArabicDigits, toThaiDigits } from './thai';
import { createContext } from './validation/context';
import { issueSequenceRule, measureNumberingRule } from './validation/numbering';
import { referencesRule } from './validation/references';
import { textLintRule } from './validation/text-lint';
import type { WorkbookData } from './workbook';

export interface PlanValidation {
  workbook: ParsedWorkbook;
  inputs: PlanInputs;
  /** Indicator (1–10) of each heading code that has a valid one. */
  headingIndicator: ReadonlyMap<string, number>;
  findings: Finding[];
  errors: number;
  warnings: number;
}

/** "50000", "50,000", "๕๐,๐๐๐.๕๐", "50000 บาท", "50,000.- บาท" → 50000; "ไม่ใช้งบประมาณ" → 'none'; else undefined. */
export function parseBudget(text: string): number | 'none' | undefined {
  if (text.replace(/\s+/g, '') === NO_BUDGET) return 'none';
  const s = toArabicDigits(text)
    .replace(/\s+|,/g, '')
    .replace(/บาท$/, '')
    .replace(/(\d)\.-$/, '$1');
  return /^\d+(\.\d{1,2})?$/.test(s) ? Number(s) : undefined;
}

export function validatePlanData(data: WorkbookData): PlanValidation {
  const workbook = parseWorkbook(data);
  const findings: Finding[] = [...workbook.findings];
  const ctx = createContext(workbook, findings);
  for (const rule of [referencesRule, issueSequenceRule, measureNumberingRule, textLintRule]) rule(ctx);
  const { inputs, findings: inputFindings } = readPlanInputs(data, workbook);
  findings.push(...inputFindings);

  // Every heading maps to an indicator 1–10.
  const headingIndicator = new Map<string, number>();
  const indicatorColumn = workbook.columns.headings.indicator;
  if (data[SHEET.headings] && indicatorColumn === undefined) {
    findings.push({
      severity: 'error',
      rule: 'header-missing',
      sheet: SHEET.headings,
      row: 1,
      column: 0,
      header: HEADING_HEADER.indicator,
      messageTh: `ไม่พบคอลัมน์ "${HEADING_HEADER.indicator}" ในชีต "${SHEET.headings}" — เรียกเมนู "ตั้งค่าสมุดงาน" เพื่อเพิ่มคอลัมน์ แล้วระบุตัวชี้วัด ITA (๑–๑๐) ของแต่ละหัวข้อ`,
      messageEn: `Column "${HEADING_HEADER.indicator}" is missing from the headings sheet.`,
    });
  }
  for (const h of workbook.headings) {
    if (indicatorColumn === undefined) break;
    const text = toArabicDigits(h.value.indicator).trim();
    const n = Number(text);
    if (/^\d{1,2}$/.test(text) && n >= 1 && n <= 10) {
      headingIndicator.set(h.value.code, n);
      continue;
    }
    findings.push({
      severity: 'error',
      rule: text === '' ? 'plan-heading-indicator-missing' : 'plan-heading-indicator-invalid',
      sheet: SHEET.headings,
      row: h.row,
      column: indicatorColumn,
      header: HEADING_HEADER.indicator,
      messageTh: `${text === '' ? 'ระบุ' : 'ตัวชี้วัดที่ต้องเป็นเลข ๑–๑๐:'} ตัวชี้วัด ITA ที่หัวข้อ "${h.value.code}" แก้ไข (๑–๑๐ ตามชีต "${SHEET.lastResult}")`,
      messageEn: `Heading "${h.value.code}" needs its ITA indicator (1-10).`,
    });
  }

  // Budget and timeframe of every measure row.
  for (const row of workbook.measures) {
    if (workbook.columns.measures.budget === undefined) break;
    if (parseBudget(row.budget) !== undefined) continue;
    ctx.report(
      'error',
      row.budget === '' ? 'plan-budget-missing' : 'plan-budget-invalid',
      row,
      'budget',
      row.budget === ''
        ? `กรอกงบประมาณ (บาท) เป็นตัวเลข หรือ "${NO_BUDGET}"`
        : `งบประมาณต้องเป็นตัวเลข (บาท) เช่น 50000 หรือ "${NO_BUDGET}"`,
      'Budget must be a number or ไม่ใช้งบประมาณ.',
    );
  }
  for (const [key, column] of [
    ['budget', MEASURE_HEADER.budget],
    ['timeframe', MEASURE_HEADER.timeframe],
  ] as const) {
    if (workbook.columns.measures[key] === undefined && data[SHEET.measures]) {
      findings.push({
        severity: 'error',
        rule: 'header-missing',
        sheet: SHEET.measures,
        row: 1,
        column: 0,
        header: column,
        messageTh: `ไม่พบคอลัมน์ "${column}" ในชีต "${SHEET.measures}" — เรียกเมนู "ตั้งค่าสมุดงาน" เพื่อเพิ่มคอลัมน์ แล้วกรอกข้อมูล`,
        messageEn: `Column "${column}" is missing from the measures sheet.`,
      });
    }
  }
  for (const row of workbook.measures) {
    if (workbook.columns.measures.timeframe !== undefined && row.timeframe === '')
      ctx.report(
        'warning',
        'plan-timeframe-missing',
        row,
        'timeframe',
        'กรอกระยะเวลาดำเนินการ เช่น ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙',
        'Timeframe is empty.',
      );
  }

  // An indicator below target that no issue addresses.
  const addressed = new Set(
    workbook.measures.map((r) => headingIndicator.get(r.heading)).filter((n) => n !== undefined),
  );
  for (const ind of inputs.indicators) {
    if (ind.score >= inputs.target || addressed.has(ind.no)) continue;
    findings.push({
      severity: 'warning',
      rule: 'plan-indicator-unaddressed',
      sheet: SHEET.lastResult,
      row: ind.row,
      column: inputs.scoreColumn,
      header: 'คะแนน',
      messageTh: `ตัวชี้วัดที่ ${toThaiDigits(String(ind.no))} ${ind.name} ได้คะแนนต่ำกว่าเป้าหมาย แต่ยังไม่มีประเด็นการพัฒนาใดแก้ไข — เพิ่มหัวข้อในชีต "${SHEET.headings}" ที่ระบุตัวชี้วัดที่ ${toThaiDigits(String(ind.no))} และมาตรการของหัวข้อนั้น`,
      messageEn: `Indicator ${ind.no} is below target and no issue addresses it.`,
    });
  }

  const sorted = sortFindings(findings, [...DATA_SHEETS, SHEET.lastResult]);
  return { workbook, inputs, headingIndicator, findings: sorted, ...countBySeverity(sorted) };
}
