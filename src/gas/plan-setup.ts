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
export function ensurePlanSheet(ss: Spreadsheet, actions: string[], ensureSheet: (ss: Spreadsheet, spec: SheetSpec, actions: string[]) => Sheet): void {
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
