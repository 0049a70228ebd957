/**
 * WorkbookData -> .xlsx (exceljs), laid out as set-up lays out the Sheet: bold, frozen header row, wrapped
 * text, readable column widths. Used to make the bundled example from the seed fixture, so the example is
 * generated, never edited by hand. read-xlsx.ts reads it back to the same values.
 */
import ExcelJS from 'exceljs';
import type { SheetData, WorkbookData } from '../core/workbook';

/** Fixed so that the same data gives the same workbook properties. */
const FIXED_TIME = new Date(Date.UTC(2024, 9, 1));
const BANGKOK_OFFSET_MS = 7 * 3_600_000;

export async function workbookToXlsx(data: WorkbookData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ita-report make-example';
  workbook.created = FIXED_TIME;
  workbook.modified = FIXED_TIME;
  for (const [name, sheet] of Object.entries(data)) if (sheet) addSheet(workbook, name, sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addSheet(workbook: ExcelJS.Workbook, name: string, sheet: SheetData): void {
  const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.values.forEach((line, r) => {
    line.forEach((value, c) => {
      if (value === '' || value === null || value === undefined) return;
      const cell = ws.getCell(r + 1, c + 1);
      const link = sheet.links?.[r]?.[c];
      cell.value = link ? { text: String(value), hyperlink: link } : toCell(value);
      cell.alignment = { wrapText: true, vertical: 'top' };
      if (r === 0) cell.font = { bold: true };
    });
  });
  const width = Math.max(0, ...sheet.values.map((l) => l.length));
  for (let c = 0; c < width; c++) ws.getColumn(c + 1).width = columnWidth(sheet.values.map((l) => l[c]));
}

function toCell(value: unknown): ExcelJS.CellValue {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  // getValues() dates are Bangkok midnights; exceljs writes the UTC calendar day.
  if (value instanceof Date) return new Date(value.getTime() + BANGKOK_OFFSET_MS);
  return String(value);
}

/** Characters of the longest line, within 10..60 (Thai vowel and tone marks take no width of their own). */
function columnWidth(column: unknown[]): number {
  let longest = 0;
  for (const v of column) {
    for (const line of String(v ?? '').split('\n')) {
      longest = Math.max(longest, line.replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '').length);
    }
  }
  return Math.min(60, Math.max(10, Math.ceil(longest * 0.9) + 2));
}
