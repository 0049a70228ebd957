/**
 * What the core reads: each sheet's values exactly as getValues() returns them
 * (strings, numbers, booleans, Date objects, '' for empty), plus the link of any cell
 * that has one (a =HYPERLINK formula or a linked rich-text cell), found by the caller.
 */
export interface SheetData {
  values: unknown[][];
  /** links[r][c]: the URL behind cell (r, c), if any. Same shape as values, or missing. */
  links?: (string | null | undefined)[][];
}

export type WorkbookData = Partial<Record<string, SheetData>>;

/** Where a value came from: 1-based sheet row and column, as staff see them. */
export interface CellRef {
  sheet: string;
  row: number;
  column: number;
}

/** Turns any cell value into the text staff meant. Dates become ISO days; numbers stay plain. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n').trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const d = value as Date;
    if (Number.isNaN(d.getTime())) return '';
    // Spreadsheet dates are midnight in Asia/Bangkok (UTC+7).
    const local = new Date(d.getTime() + 7 * 3_600_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  }
  return String(value).trim();
}

/** Splits a multi-line cell into its non-empty lines. */
export function cellLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Header text compared loosely: spaces and line breaks inside a header do not matter. */
export function normaliseHeader(text: unknown): string {
  return cellText(text).replace(/\s+/g, '');
}
