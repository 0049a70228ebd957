/**
 * [plan] What the measures plan reads besides the report's sheets: last year's score per ITA indicator (the sheet
 * `ผลการประเมินปีก่อน`) and four config rows (ปีที่ประเมิน, คะแนนรวม, คะแนนเป้าหมาย, ระดับผลการประเมิน). Each problem
 * is a finding on its cell; none of this is read by the report, so an old workbook's report is unchanged.
 */
import type { Finding, Severity } from './findings';
import { CONFIG_LABEL, DEFAULT_TARGET_SCORE, ITA_INDICATORS, LAST_RESULT_HEADER, SHEET } from './layout';
import type { Config } from './schemas';
import type { ParsedWorkbook } from './parse';
import { readTable } from './sheet-table';
import { toArabicDigits } from './thai';
import type { WorkbookData } from './workbook';

export interface IndicatorScore {
  no: number;
  name: string;
  tool: string;
  score: number;
  /** 1-based sheet row, for findings. */
  row: number;
}

export interface PlanInputs {
  /** Indicators with a valid score, by number. */
  indicators: IndicatorScore[];
  assessedYear: number | null;
  overall: number | null;
  target: number;
  /** Typed by staff, or derived from the overall score ('' when there is none). */
  level: string;
  levelDerived: boolean;
  /** Column of the score, for findings on an indicator's row. */
  scoreColumn: number;
}

/** The ITA bands (AA ≥ 95, A ≥ 85, B ≥ 75, C ≥ 65, D ≥ 55, E ≥ 50, else F). */
export function itaLevel(score: number): string {
  const bands: [number, string][] = [
    [95, 'AA'],
    [85, 'A'],
    [75, 'B'],
    [65, 'C'],
    [55, 'D'],
    [50, 'E'],
  ];
  return bands.find(([min]) => score >= min)?.[1] ?? 'F';
}

const LEVELS = ['AA', 'A', 'B', 'C', 'D', 'E', 'F'];

/** "84.36", "๘๔.๓๖", 84.36 → 84.36; anything else → undefined. */
export function parseScore(text: string): number | undefined {
  const s = toArabicDigits(text).replace(/\s+/g, '');
  return /^\d{1,3}(\.\d+)?$/.test(s) ? Number(s) : undefined;
}

export function readPlanInputs(
  data: WorkbookData,
  workbook: ParsedWorkbook,
): { inputs: PlanInputs; findings: Finding[] } {
  const findings: Finding[] = [];
  const finding = (
    severity: Severity,
    rule: string,
    sheet: string,
    row: number,
    column: number,
    header: string,
    th: string,
    en: string,
  ) => findings.push({ severity, rule, sheet, row, column, header, messageTh: th, messageEn: en });

  // --- config rows
  const config = workbook.config as (Config & Record<string, string>) | null;
  const configCell = (key: 'assessedYear' | 'overallScore' | 'targetScore' | 'level') => {
    const row = workbook.configRows[key] ?? 0;
    return { text: config?.[key]?.trim() ?? '', row, column: row ? 2 : 0, label: CONFIG_LABEL[key] };
  };
  const missingRow = (label: string) =>
    `ไม่พบบรรทัด "${label}" ในชีต "${SHEET.config}" — เรียกเมนู "ตั้งค่าสมุดงาน" เพื่อเพิ่ม แล้วกรอกค่า`;

  const year = configCell('assessedYear');
  let assessedYear: number | null = null;
  const y = Number(toArabicDigits(year.text));
  if (year.text === '')
    finding(
      'error',
      'plan-year-missing',
      SHEET.config,
      year.row,
      year.column,
      year.label,
      year.row ? 'กรอกปีที่ประเมิน (ปี พ.ศ. ของผลการประเมิน ITA ที่นำมาวิเคราะห์ เช่น ๒๕๖๖)' : missingRow(year.label),
      'The assessed ITA year is required.',
    );
  else if (!/^\d{4}$/.test(toArabicDigits(year.text)) || y < 2500 || y > 2700)
    finding(
      'error',
      'plan-year-invalid',
      SHEET.config,
      year.row,
      year.column,
      year.label,
      'ปีที่ประเมินต้องเป็นปี พ.ศ. ๔ หลัก เช่น ๒๕๖๖',
      'The assessed year must be a BE year.',
    );
  else assessedYear = y;

  const overallCell = configCell('overallScore');
  let overall: number | null = null;
  const o = parseScore(overallCell.text);
  if (overallCell.text === '')
    finding(
      'error',
      'plan-overall-missing',
      SHEET.config,
      overallCell.row,
      overallCell.column,
      overallCell.label,
      overallCell.row ? 'กรอกคะแนนรวม ITA ของปีที่ประเมิน (0–100)' : missingRow(overallCell.label),
      'The overall score is required.',
    );
  else if (o === undefined || o > 100)
    finding(
      'error',
      'plan-score-invalid',
      SHEET.config,
      overallCell.row,
      overallCell.column,
      overallCell.label,
      'คะแนนรวมต้องเป็นตัวเลข ๐–๑๐๐ เช่น ๘๔.๓๖',
      'The overall score must be 0-100.',
    );
  else overall = o;

  const targetCell = configCell('targetScore');
  let target = DEFAULT_TARGET_SCORE;
  const t = parseScore(targetCell.text);
  if (targetCell.text !== '') {
    if (t === undefined || t > 100)
      finding(
        'error',
        'plan-score-invalid',
        SHEET.config,
        targetCell.row,
        targetCell.column,
        targetCell.label,
        'คะแนนเป้าหมายต้องเป็นตัวเลข ๐–๑๐๐ เช่น ๘๕',
        'The target score must be 0-100.',
      );
    else target = t;
  }

  const levelCell = configCell('level');
  const typedLevel = levelCell.text.toUpperCase().replace(/\s+/g, '');
  if (typedLevel !== '' && !LEVELS.includes(typedLevel))
    finding(
      'error',
      'plan-level-invalid',
      SHEET.config,
      levelCell.row,
      levelCell.column,
      levelCell.label,
      'ระดับผลการประเมินต้องเป็น AA, A, B, C, D, E หรือ F (หรือเว้นว่างให้โปรแกรมคิดจากคะแนนรวม)',
      'Level must be AA-F or empty.',
    );
  const levelDerived = typedLevel === '' || !LEVELS.includes(typedLevel);
  const level = levelDerived ? (overall === null ? '' : itaLevel(overall)) : typedLevel;

  // --- the scores sheet
  const table = readTable(SHEET.lastResult, data[SHEET.lastResult], LAST_RESULT_HEADER, ['indicator', 'score']);
  if (!data[SHEET.lastResult])
    table.findings[0].messageTh = `ไม่พบชีต "${SHEET.lastResult}" — เรียกเมนู "ตั้งค่าสมุดงาน" เพื่อสร้างชีตนี้ (พร้อมตัวชี้วัด ๑๐ ข้อ) แล้วกรอกคะแนน`;
  findings.push(...table.findings);
  const scoreColumn = table.columns.score ?? 0;
  const indicatorColumn = table.columns.indicator ?? 0;
  const indicators: IndicatorScore[] = [];
  const seen = new Map<number, number>();
  for (const r of table.rows) {
    const n = Number(toArabicDigits(r.text.indicator).trim());
    if (!/^\d{1,2}$/.test(toArabicDigits(r.text.indicator).trim()) || n < 1 || n > 10) {
      finding(
        'error',
        'plan-indicator-invalid',
        SHEET.lastResult,
        r.row,
        indicatorColumn,
        LAST_RESULT_HEADER.indicator,
        'ตัวชี้วัดที่ต้องเป็นเลข ๑–๑๐',
        'Indicator must be 1-10.',
      );
      continue;
    }
    const first = seen.get(n);
    if (first !== undefined) {
      finding(
        'error',
        'plan-indicator-duplicate',
        SHEET.lastResult,
        r.row,
        indicatorColumn,
        LAST_RESULT_HEADER.indicator,
        `ตัวชี้วัดที่ ${n} ซ้ำกับแถวที่ ${first}`,
        `Indicator ${n} repeats row ${first}.`,
      );
      continue;
    }
    seen.set(n, r.row);
    const score = parseScore(r.text.score);
    if (r.text.score === '') {
      finding(
        'error',
        'plan-score-missing',
        SHEET.lastResult,
        r.row,
        scoreColumn,
        LAST_RESULT_HEADER.score,
        `กรอกคะแนนของตัวชี้วัดที่ ${n} (0–100)`,
        `Score of indicator ${n} is required.`,
      );
      continue;
    }
    if (score === undefined || score > 100) {
      finding(
        'error',
        'plan-score-invalid',
        SHEET.lastResult,
        r.row,
        scoreColumn,
        LAST_RESULT_HEADER.score,
        'คะแนนต้องเป็นตัวเลข ๐–๑๐๐ เช่น ๘๕.๕๐',
        'A score must be 0-100.',
      );
      continue;
    }
    const known = ITA_INDICATORS.find(([no]) => no === n)!;
    indicators.push({
      no: n,
      name: r.text.name || known[1],
      tool: (r.text.tool || known[2]).toUpperCase(),
      score,
      row: r.row,
    });
  }
  if (data[SHEET.lastResult] && table.columns.indicator !== undefined) {
    for (const [no] of ITA_INDICATORS) {
      if (!seen.has(no))
        finding(
          'error',
          'plan-indicator-missing',
          SHEET.lastResult,
          0,
          0,
          '',
          `ไม่พบตัวชี้วัดที่ ${no} ในชีต "${SHEET.lastResult}" — เพิ่มแถวของตัวชี้วัดนี้พร้อมคะแนน`,
          `Indicator ${no} is missing.`,
        );
    }
  }
  indicators.sort((a, b) => a.no - b.no);
  return { inputs: { indicators, assessedYear, overall, target, level, levelDerived, scoreColumn }, findings };
}
