import { cleanText, needsCleaning, spreadsheetError, type CleanNotes } from './text-clean';

const NO_NOTES: CleanNotes = Object.freeze({});

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

/** One cell as the core sees it: cleaned text, what the cleaning changed, and a formula's error value. */
export interface CellReading {
  text: string;
  notes: CleanNotes;
  /** "#REF!", "#N/A", …: the cell shows a formula error; text is then ''. */
  error: string | null;
}

const CLEAN: CellReading = Object.freeze({ text: '', notes: NO_NOTES, error: null });

/**
 * Turns any cell value into the text staff meant, through the one cleaning boundary (text-clean.ts).
 * Dates become ISO days; numbers stay plain; a formula's error value becomes '' and is reported.
 */
export function readCell(value: unknown): CellReading {
  if (value === null || value === undefined || value === '') return CLEAN;
  if (typeof value === 'string') {
    const error = spreadsheetError(value);
    if (error) return { text: '', notes: {}, error };
    // The common case, without the cleaner's own result object: most cells are clean.
    if (!needsCleaning(value))
      return {
        text: (value.indexOf('\r') === -1 ? value : value.replace(/\r\n?/g, '\n')).trim(),
        notes: NO_NOTES,
        error: null,
      };
    const { text, notes } = cleanText(value);
    return { text: text.trim(), notes, error: null };
  }
  if (typeof value === 'number') return { text: Number.isFinite(value) ? String(value) : '', notes: {}, error: null };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', notes: {}, error: null };
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const d = value as Date;
    if (Number.isNaN(d.getTime())) return CLEAN;
    // Spreadsheet dates are midnight in Asia/Bangkok (UTC+7).
    const local = new Date(d.getTime() + 7 * 3_600_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return {
      text: `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
      notes: {},
      error: null,
    };
  }
  return readCell(String(value));
}

/** The cleaned text of a cell (see readCell). */
export function cellText(value: unknown): string {
  // Numbers and clean text as readCell has them, without its result object: onEdit turns some 40,000 key cells
  // into text, in an execution where nothing is warm yet.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'string' && value !== '' && spreadsheetError(value) === null && !needsCleaning(value))
    return (value.indexOf('\r') === -1 ? value : value.replace(/\r\n?/g, '\n')).trim();
  return readCell(value).text;
}

/** Splits a multi-line cell into its non-empty lines. */
export function cellLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Items one a line, where a ';' also ends an item (lists typed in a form answer or pasted): activity dates. */
export function listLines(text: string): string[] {
  return cellLines(text.replace(/;/g, '\n'));
}

/**
 * Links one a line; a line of several links (each starting http(s):// and separated by spaces, commas or
 * semicolons, as pasted in one go) is split into them. A ';' inside a link stays, and a line that does not
 * start with a link stays whole, for validation to name. The Sheet's evidence cells and form answers alike.
 */
export function linkLines(text: string): string[] {
  return cellLines(text).flatMap((line) =>
    /^https?:\/\//i.test(line)
      ? line
          .split(/(?:\s*[,;]\s*|\s+)(?=https?:\/\/)/i)
          .map((part) => part.trim())
          .filter((part) => part !== '')
      : [line],
  );
}

/**
 * Header text compared loosely: spaces and line breaks inside a header do not matter. The zero-width spaces that
 * Thai text pasted from Word or a web page carries are already gone: cellText's cleaning removes them.
 */
export function normaliseHeader(text: unknown): string {
  return cellText(text).replace(/\s+/g, '');
}
