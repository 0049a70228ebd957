/**
 * [plan] Set-up of `ผลการประเมินปีก่อน`: the sheet with its headers (by setup.ts's ensureSheet, which only adds what
 * is missing), then the 10 ITA indicators and their tool when the sheet has no rows yet. Rows staff typed are
 * never rewritten: once any row is there, nothing is added, so a second run does nothing.
 */
import { ITA_INDICATORS, LAST_RESULT_HEADER } from '../core/layout';
import { LAST_RESULT_SPEC } from '../core/sheet-specs';
import { normaliseHeader } from '../core/workbook';
import type { SheetSpec } from '../core/sheet-specs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** `ensureSheet` is setup.ts's (passed in: setup.ts calls this). */
export function ensurePlanSheet(
  ss: Spreadsheet,
  actions: string[],
  ensureSheet: (ss: Spreadsheet, spec: SheetSpec, actions: string[]) => Sheet,
): void {
  const sheet = ensureSheet(ss, LAST_RESULT_SPEC, actions);
  if (sheet.getLastRow() > 1) return;
  const width = sheet.getLastColumn();
  const headers = sheet.getRange(1, 1, 1, width).getValues()[0].map(normaliseHeader);
  const at = (h: string) => headers.indexOf(normaliseHeader(h));
  const rows = ITA_INDICATORS.map(([no, name, tool]) => {
    const line: unknown[] = new Array(width).fill('');
    line[at(LAST_RESULT_HEADER.indicator)] = no;
    line[at(LAST_RESULT_HEADER.name)] = name;
    line[at(LAST_RESULT_HEADER.tool)] = tool;
    return line;
  });
  sheet.getRange(2, 1, rows.length, width).setValues(rows);
  actions.push(`ใส่ตัวชี้วัด ITA ๑๐ ข้อในชีต "${LAST_RESULT_SPEC.name}" (กรอกคะแนนของปีที่ประเมิน)`);
}

/**
 * "ใส่ข้อมูลตัวอย่าง": the example's scores (invented, for the seed agency's FY 2566) into empty score cells only,
 * matched by indicator number, never by row; a cell staff typed in (or a formula) is left alone.
 */
export function fillExampleScores(ss: Spreadsheet, example: readonly unknown[][]): string[] {
  const sheet = ss.getSheetByName(LAST_RESULT_SPEC.name);
  if (!sheet || example.length < 2 || sheet.getLastRow() < 2) return [];
  const values = sheet.getDataRange().getValues();
  const headers = values[0].map(normaliseHeader);
  const no = headers.indexOf(normaliseHeader(LAST_RESULT_HEADER.indicator));
  const score = headers.indexOf(normaliseHeader(LAST_RESULT_HEADER.score));
  const exNo = example[0].map(normaliseHeader).indexOf(normaliseHeader(LAST_RESULT_HEADER.indicator));
  const exScore = example[0].map(normaliseHeader).indexOf(normaliseHeader(LAST_RESULT_HEADER.score));
  if (no < 0 || score < 0 || exNo < 0 || exScore < 0) return [];
  const wanted = new Map(example.slice(1).map((r) => [String(r[exNo]), r[exScore]]));
  const formulas = sheet.getRange(1, score + 1, values.length, 1).getFormulas();
  let filled = 0;
  values.forEach((row, r) => {
    const v = wanted.get(String(row[no]));
    if (r === 0 || row[score] !== '' || formulas[r][0] !== '' || v === undefined) return;
    sheet.getRange(r + 1, score + 1).setValue(v);
    filled++;
  });
  return filled > 0 ? [`ใส่คะแนนตัวอย่าง (สมมุติ) ${filled} ตัวชี้วัดในชีต "${LAST_RESULT_SPEC.name}"`] : [];
}
