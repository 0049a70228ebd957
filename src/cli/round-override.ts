/**
 * --round: the report round chosen on the command line instead of the config sheet's รอบรายงาน. It is put
 * into the workbook data before validation, so the checks that depend on the round (results required,
 * activity dates before 31 March for the 6-month round) and the title use the same round.
 */
import { CONFIG_LABEL, SHEET } from '../core/layout';
import { normaliseHeader, type WorkbookData } from '../core/workbook';

export function withRound(data: WorkbookData, round: 6 | 12): WorkbookData {
  const sheet = data[SHEET.config];
  if (!sheet) return data; // validation reports the missing sheet
  const label = normaliseHeader(CONFIG_LABEL.round);
  const values = sheet.values.map((line) => (Array.isArray(line) ? [...line] : line));
  const at = values.findIndex((line) => Array.isArray(line) && normaliseHeader(line[0]) === label);
  if (at === -1) values.push([CONFIG_LABEL.round, round]);
  else values[at][1] = round;
  return { ...data, [SHEET.config]: { ...sheet, values } };
}
