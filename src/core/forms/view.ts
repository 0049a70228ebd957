/**
 * Everything the forms add to a workbook, from plain sheet values: the ledger's records and the
 * surveys' aggregates, folded into the report's Contributions, plus the findings staff should see
 * (flagged answers, survey problems, units that have not reported). Used by validation and by the
 * report, in Apps Script and on Node alike.
 */
import type { Finding } from '../findings';
import { LEDGER_HEADER, MEASURE_HEADER, SHEET, SURVEY_HEADER } from '../layout';
import type { ParsedWorkbook } from '../parse';
import type { Contributions, RowContribution } from '../report-model';
import type { Config } from '../schemas';
import { formatThaiDateShort, roundPeriod, toThaiDigits } from '../thai';
import { rowCoverage } from '../progress';
import type { WorkbookData } from '../workbook';
import { ledgerContributions, mergeContribution, recordsByRow, roundsIn, sentBeforeYear } from './contributions';
import { LEDGER_COLUMNS, readLedger, type LedgerRecord } from './ledger';
import { aggregateSurvey, readSurveyLinks, surveyParagraphs, type SurveyResult } from './surveys';

export interface FormView {
  /** True when the workbook has a ledger or a survey-mapping sheet: the forms are in use. */
  inUse: boolean;
  /** True when the progress form's ledger exists (syncForms made it): units are expected to report through it. */
  progressFormInUse: boolean;
  records: LedgerRecord[];
  surveys: SurveyResult[];
  contributions: Map<string, RowContribution>;
  /** Unit codes with a usable answer, per row id, for the report's round. */
  reported: Map<string, Set<string>>;
  findings: Finding[];
}

/**
 * The sheets the forms need from a workbook: the ledger, the survey mapping, and each survey tab it names
 * (with `rowIds`, only the tabs linked to those rows: what onEdit of those rows needs).
 */
export function formSheetNames(data: WorkbookData, rowIds?: ReadonlySet<string>): string[] {
  const { links } = readSurveyLinks(data[SHEET.surveys]);
  const wanted = rowIds ? links.filter((l) => rowIds.has(l.rowId)) : links;
  return [SHEET.ledger, SHEET.surveys, ...new Set(wanted.map((l) => l.sheet).filter(Boolean))];
}

export function formView(data: WorkbookData, workbook: ParsedWorkbook, config: Config | null): FormView {
  const ledgerData = data[SHEET.ledger];
  const surveyData = data[SHEET.surveys];
  const view: FormView = {
    inUse: ledgerData !== undefined || surveyData !== undefined,
    progressFormInUse: ledgerData !== undefined,
    records: [],
    surveys: [],
    contributions: new Map(),
    reported: new Map(),
    findings: [],
  };
  if (!view.inUse) return view;
  const ledger = readLedger(ledgerData?.values);
  // Answers sent before this fiscal year (a copy of last year's workbook) are not this year's: left out whole.
  const earlier = new Set(config ? ledger.records.filter((r) => sentBeforeYear(r, config.fiscalYear)) : []);
  const records = earlier.size > 0 ? ledger.records.filter((r) => !earlier.has(r)) : ledger.records;
  view.records = records;
  const rowIds = new Set(workbook.measures.map((m) => m.rowId));
  const codes = new Set(workbook.units.map((u) => u.value.code));
  const checkColumn = LEDGER_COLUMNS.indexOf('check') + 1;
  const flag = (i: number, th: string, en: string) =>
    view.findings.push({
      severity: 'warning',
      rule: 'form-answer-flagged',
      sheet: SHEET.ledger,
      row: ledger.rows[i],
      column: checkColumn,
      header: LEDGER_HEADER.check,
      messageTh: th,
      messageEn: en,
    });
  const earlierRows: number[] = [];
  ledger.records.forEach((r, i) => {
    if (r.excluded) return;
    if (earlier.has(r)) return void earlierRows.push(ledger.rows[i]);
    // Row 0: the answer is in the form but its row of the responses sheet was deleted.
    const at = r.row > 0 ? `แถว ${toThaiDigits(String(r.row))}` : 'ไม่อยู่ในชีตนั้นแล้ว';
    const where = `คำตอบแบบฟอร์ม (ชีต "${r.sheet}" ${at})`;
    if (r.check !== 'ok') {
      const what = r.check === 'invalid' ? 'ไม่ถูกนำเข้ารายงาน' : 'นำเข้ารายงานแล้วแต่มีคำเตือน';
      flag(
        i,
        `${where} ${what}: ${r.reasons.join(' / ')}`,
        `Form answer ${r.key} is ${r.check}: ${r.reasons.length} reason(s).`,
      );
    } else if (!rowIds.has(r.rowId)) {
      flag(
        i,
        `${where} อ้างถึงแถวรหัส "${r.rowId}" ที่ไม่มีในชีตมาตรการแล้ว — ไม่ถูกนำเข้ารายงาน`,
        `Form answer ${r.key} names an unknown row ${r.rowId}.`,
      );
    } else if (!codes.has(r.unit)) {
      flag(
        i,
        `${where} มาจากหน่วยงาน "${r.unit}" ที่ไม่มีในชีตหน่วยงานแล้ว — ไม่ถูกนำเข้ารายงาน`,
        `Form answer ${r.key} names an unknown unit ${r.unit}.`,
      );
    }
  });
  if (!config) return view;
  if (earlierRows.length > 0) {
    const start = formatThaiDateShort(roundPeriod(config.fiscalYear, 6).start);
    view.findings.push({
      severity: 'warning',
      rule: 'form-answer-earlier-year',
      sheet: SHEET.ledger,
      row: earlierRows[0],
      column: checkColumn,
      header: LEDGER_HEADER.check,
      messageTh:
        `คำตอบแบบฟอร์ม ${toThaiDigits(String(earlierRows.length))} รายการ (ตั้งแต่แถว ${toThaiDigits(String(earlierRows[0]))}) ` +
        `ส่งก่อนเริ่มปีงบประมาณ ${toThaiDigits(String(config.fiscalYear))} (${start}) จึงเป็นผลของปีก่อน ` +
        `(เช่น สมุดงานที่คัดลอกจากปีก่อน) — ไม่ถูกนำเข้ารายงานและไม่นับว่าหน่วยงานรายงานแล้ว ` +
        `พิมพ์ x ในคอลัมน์ "${LEDGER_HEADER.exclude}" ของคำตอบเหล่านั้นเพื่อปิดคำเตือนนี้ ` +
        `หรือถ้าปีงบประมาณในชีต "${SHEET.config}" ผิด ให้แก้ให้ถูก`,
      messageEn: `${earlierRows.length} form answer(s) were sent before fiscal year ${config.fiscalYear} began.`,
    });
  }

  view.contributions = ledgerContributions(workbook, config, records);
  for (const [rowId, rows] of recordsByRow(workbook, records, config.round))
    view.reported.set(rowId, new Set(rows.map((r) => r.unit)));

  // Surveys: aggregates only.
  const { links, findings } = readSurveyLinks(surveyData);
  view.findings.push(...findings);
  const surveyFinding = (row: number, column: keyof typeof SURVEY_HEADER, rule: string, th: string, en: string) =>
    view.findings.push({
      severity: 'warning',
      rule,
      sheet: SHEET.surveys,
      row,
      column: Object.keys(SURVEY_HEADER).indexOf(column) + 1,
      header: SURVEY_HEADER[column],
      messageTh: th,
      messageEn: en,
    });
  for (const link of links) {
    if (!rowIds.has(link.rowId)) {
      surveyFinding(
        link.row,
        'rowId',
        'survey-row-unknown',
        `ไม่พบแถวรหัส "${link.rowId}" ในชีตมาตรการ — ผลแบบประเมินนี้จะไม่อยู่ในรายงาน`,
        `Survey row id ${link.rowId} is unknown.`,
      );
      continue;
    }
    const result = aggregateSurvey(link, data[link.sheet]?.values, {
      fiscalYear: config.fiscalYear,
      round: config.round,
    });
    view.surveys.push(result);
    if (result.sheetMissing) {
      surveyFinding(
        link.row,
        'sheet',
        'survey-sheet-missing',
        `ไม่พบชีตคำตอบ "${link.sheet}" ในสมุดงานนี้ — ตั้งปลายทางคำตอบของแบบประเมินมาที่สมุดงานนี้ แล้วใส่ชื่อแท็บให้ตรง`,
        `Survey sheet "${link.sheet}" not found.`,
      );
      continue;
    }
    if (result.missingQuestions.length > 0)
      surveyFinding(
        link.row,
        'questions',
        'survey-question-missing',
        `ไม่พบคำถาม ${result.missingQuestions.map((q) => `"${q}"`).join(', ')} ในชีต "${link.sheet}"`,
        `Survey questions not found: ${result.missingQuestions.join(', ')}.`,
      );
    if (result.questions.length === 0)
      surveyFinding(
        link.row,
        'questions',
        'survey-no-questions',
        `ไม่พบคำถามแบบมาตรวัด ๑–๕ ในชีต "${link.sheet}" — ระบุหัวคอลัมน์ของคำถามในช่องนี้ บรรทัดละ ๑ คำถาม`,
        'No Likert 1-5 question found.',
      );
    else if (result.respondents === 0)
      surveyFinding(
        link.row,
        'sheet',
        'survey-no-answers',
        `แบบประเมินในชีต "${link.sheet}" ยังไม่มีผู้ตอบในรอบ ${toThaiDigits(String(config.round))} เดือน`,
        'The survey has no answers for the round.',
      );
    const p = surveyParagraphs(result, config.digitStyle);
    view.contributions.set(link.rowId, mergeContribution(view.contributions.get(link.rowId), p)!);
  }
  return view;
}

/** The Contributions the report model takes. */
export function formContributions(data: WorkbookData, workbook: ParsedWorkbook, config: Config): Contributions {
  return formView(data, workbook, config).contributions;
}

/**
 * Completeness (brief 4.11): every unit a row expects (ทุกสำนัก/หน่วย means all of them) has reported
 * for the round, through the form or in what staff typed (a single-unit row with a typed result, or a
 * result that names the unit). A warning: the report can still be made.
 */
export function completenessFindings(workbook: ParsedWorkbook, config: Config, view: FormView): Finding[] {
  // Set-up makes the survey-mapping sheet; only the progress form (its ledger) means units report by form.
  if (!view.progressFormInUse) return [];
  const units = workbook.units.map((u) => u.value);
  const findings: Finding[] = [];
  const column = workbook.columns.measures.units ?? 0;
  for (const row of workbook.measures) {
    const { expected, missing } = rowCoverage(row, units, view.reported.get(row.rowId) ?? new Set<string>());
    if (missing.length === 0) continue;
    const rounds = roundsIn(config.round)
      .map((r) => toThaiDigits(String(r)))
      .join(' หรือ ');
    findings.push({
      severity: 'warning',
      rule: 'unit-not-reported',
      sheet: SHEET.measures,
      row: row.row,
      column,
      header: MEASURE_HEADER.units,
      messageTh:
        `ยังไม่ได้รับรายงานผลรอบ ${rounds} เดือนจาก ${missing.map((u) => u.name).join(', ')} ` +
        `(${toThaiDigits(String(expected.length - missing.length))} จาก ${toThaiDigits(String(expected.length))} หน่วยงาน) — ให้หน่วยงานตอบแบบฟอร์มรายงานผล หรือกรอกผลในแถวนี้`,
      messageEn: `Not reported for the round by ${missing.map((u) => u.code).join(', ')}.`,
    });
  }
  return findings;
}
