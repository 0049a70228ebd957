/**
 * Findings on the config, units and headings sheets. Each depends on those sheets only (their tables, the config's
 * rows and reminder settings) and, for the config's folder and template links, on the link check's results: never
 * on the measures or the forms. So onEdit of those sheets reads the small sheets and nothing that grows with the
 * measures (src/gas/on-edit.ts); test/on-edit-side-sheets.gas.test.ts holds it to the full validation's marks.
 */
import { sortFindings, type Finding } from '../findings';
import { DATA_SHEETS, SHEET } from '../layout';
import { linkFindings } from '../links/findings';
import { parseWorkbook } from '../parse';
import { reminderConfigFindings } from '../reminders';
import type { WorkbookData } from '../workbook';

/** The sheets a side sheet's findings need: the three small sheets, plus the link results for the config. */
export function sideSheetSources(name: string): string[] {
  const small = DATA_SHEETS.filter((s) => s !== SHEET.measures);
  return name === SHEET.config ? [...small, SHEET.links] : small;
}

/**
 * `name`'s findings, as validateWorkbookData gives them, from `data` holding sideSheetSources(name) (the measures
 * sheet need not be there: its findings are on its own sheet, dropped here).
 */
export function validateSideSheet(data: WorkbookData, name: string): Finding[] {
  const findings = [
    ...parseWorkbook(data).findings,
    ...linkFindings(data),
    ...reminderConfigFindings(data[SHEET.config]?.values),
  ];
  return sortFindings(
    findings.filter((f) => f.sheet === name),
    DATA_SHEETS,
  );
}
