/**
 * Satisfaction and awareness surveys: a mapping sheet links a survey's responses tab (in this
 * spreadsheet) and its Likert 1–5 questions to a measure row. The report only ever sees aggregates per
 * round (PDPA): respondents, the mean and the share answering 4 or 5.
 */
import type { Finding } from '../findings';
import { SHEET, SURVEY_HEADER, TIMESTAMP_HEADERS } from '../layout';
import type { Paragraph } from '../report-model';
import { textParagraphs } from '../report-model';
import { readTable } from '../sheet-table';
import { applyDigitStyle, compareDates, parseThaiDate, roundPeriod, type DigitStyle, type Round } from '../thai';
import { cellLines, cellText, normaliseHeader, type SheetData } from '../workbook';

export interface SurveyLink {
  /** 1-based row of the mapping sheet. */
  row: number;
  rowId: string;
  sheet: string;
  /** Question headers; empty = every column whose answers are all 1–5. */
  questions: string[];
  label: string;
}

export function readSurveyLinks(data: SheetData | undefined): { links: SurveyLink[]; findings: Finding[] } {
  if (!data) return { links: [], findings: [] };
  const table = readTable(SHEET.surveys, data, SURVEY_HEADER, ['rowId', 'sheet']);
  const links: SurveyLink[] = [];
  for (const r of table.rows) {
    links.push({
      row: r.row,
      rowId: r.text.rowId,
      sheet: r.text.sheet,
      questions: cellLines(r.text.questions),
      label: r.text.label.replace(/\s+/g, ' '),
    });
  }
  return { links, findings: table.findings.map((f) => ({ ...f, severity: 'warning' as const })) };
}

const LIKERT_WORDS: [RegExp, number][] = [
  [/^มากที่สุด/, 5],
  [/^น้อยที่สุด/, 1],
  [/^มาก/, 4],
  [/^ปานกลาง/, 3],
  [/^น้อย/, 2],
];

/** 5, "5", "๕", "5 - มากที่สุด", "มากที่สุด" → 5; anything else (blank, 0, 7, text) → null. */
export function likertValue(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= 5 ? value : null;
  const text = cellText(value).replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
  if (text === '') return null;
  const m = /^([1-5])(?![\d.])/.exec(text);
  if (m) return Number(m[1]);
  for (const [re, n] of LIKERT_WORDS) if (re.test(text)) return n;
  return null;
}

export interface SurveyResult {
  link: SurveyLink;
  /** The responses tab was not found. */
  sheetMissing: boolean;
  /** Question headers named in the mapping but not found in the tab. */
  missingQuestions: string[];
  /** Headers of the questions counted. */
  questions: string[];
  /** Responses in the round with at least one answer 1–5 to the questions counted. */
  respondents: number;
  answers: number;
  sum: number;
  topTwo: number;
}

/**
 * Aggregates one survey for the round of a fiscal year. Responses dated outside the round (by the
 * timestamp column, when there is one) are not counted; per-respondent data never leaves here.
 */
export function aggregateSurvey(
  link: SurveyLink,
  values: readonly unknown[][] | undefined,
  period: { fiscalYear: number; round: Round } | null,
): SurveyResult {
  const result: SurveyResult = {
    link,
    sheetMissing: !values,
    missingQuestions: [],
    questions: [],
    respondents: 0,
    answers: 0,
    sum: 0,
    topTwo: 0,
  };
  if (!values || values.length === 0) return result;
  const header = values[0].map(normaliseHeader);
  const body = values.slice(1);
  const stamps = TIMESTAMP_HEADERS.map(normaliseHeader);
  const stampCol = header.findIndex((h) => stamps.includes(h));
  let columns: number[];
  if (link.questions.length > 0) {
    columns = [];
    for (const q of link.questions) {
      const c = header.indexOf(normaliseHeader(q));
      if (c === -1) result.missingQuestions.push(q);
      else columns.push(c);
    }
  } else {
    // No questions named: every column (but the timestamp) whose non-blank answers are all 1–5.
    columns = header
      .map((_, c) => c)
      .filter((c) => c !== stampCol)
      .filter((c) => {
        const filled = body.map((line) => line[c]).filter((v) => cellText(v) !== '');
        return filled.length > 0 && filled.every((v) => likertValue(v) !== null);
      });
  }
  result.questions = columns.map((c) => cellText(values[0][c]));
  const bounds = period ? roundPeriod(period.fiscalYear, period.round) : null;
  for (const line of body) {
    if (bounds && stampCol !== -1) {
      const day = parseThaiDate(line[stampCol]);
      if (day && (compareDates(day, bounds.start) < 0 || compareDates(day, bounds.end) > 0)) continue;
    }
    let answered = false;
    for (const c of columns) {
      const v = likertValue(line[c]);
      if (v === null) continue;
      answered = true;
      result.answers++;
      result.sum += v;
      if (v >= 4) result.topTwo++;
    }
    if (answered) result.respondents++;
  }
  return result;
}

/** Half-up to 2 decimals, "90.50": from integers, so no binary surprises on the usual values. */
export function twoDecimals(numerator: number, denominator: number): string {
  const hundredths = Math.round((numerator * 100) / denominator + 1e-9);
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}

const withGrouping = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * The survey's paragraphs: output "ผู้ตอบแบบประเมิน ๑๒๐ คน"; outcome "ร้อยละ ๙๐.๕๐ (ค่าเฉลี่ย ๔.๕๓ จาก ๕)",
 * each after the mapping's label when it has one.
 */
export function surveyParagraphs(
  result: SurveyResult,
  style: DigitStyle,
): { output: Paragraph[]; outcome: Paragraph[] } {
  const label = result.link.label;
  const lead = (s: string) => (label ? `${label} ${s}` : s);
  if (result.respondents === 0) return { output: textParagraphs(lead('ยังไม่มีผู้ตอบแบบประเมิน'), style), outcome: [] };
  const output = `ผู้ตอบแบบประเมิน ${withGrouping(result.respondents)} คน`;
  const outcome = `ร้อยละ ${twoDecimals(result.topTwo * 100, result.answers)} (ค่าเฉลี่ย ${twoDecimals(result.sum, result.answers)} จาก 5)`;
  return {
    output: textParagraphs(applyDigitStyle(lead(output), style), style),
    outcome: textParagraphs(applyDigitStyle(lead(outcome), style), style),
  };
}
