/**
 * The identity of a cell for the marks' memory: its row's key plus its column's header text, so a mark
 * is found again after rows are inserted, deleted or sorted and columns moved. Never a row number.
 *
 * Row keys: มาตรการ → รหัสแถว, หน่วยงาน → รหัสหน่วยงาน, ตัวชี้วัด → รหัสตัวชี้วัด, ตั้งค่า → the label in
 * column A (its columns are fixed: label in A, value in B, so the column is its letter position).
 * A row whose key is blank or shared with another row, and a column whose header is blank or repeated,
 * have no identity: such cells are not remembered in the marks sheet (the note's own memory still is).
 */
import { HEADING_HEADER, MEASURE_HEADER, SHEET, UNIT_HEADER } from '../core/layout';
import { cellText, normaliseHeader, type SheetData } from '../core/workbook';

/** (1-based row, column) → identity key, or undefined when the cell has none. */
export type CellKeyOf = (row: number, column: number) => string | undefined;

export interface SheetKeys {
  keyOf: CellKeyOf;
  /** The row's own key (without sheet and column), or undefined. */
  rowKeyOf: (row: number) => string | undefined;
  /** The 1-based column a key's column part names now (its header moved with the column), or undefined. */
  columnOf: (columnPart: string) => number | undefined;
  /** A column's part of a key (its header; the config: its letter position), or undefined when it has none. */
  columnPartOf: (column: number) => string | undefined;
}

/** The header row itself, as a row key. */
export const HEADER_ROW_KEY = '(หัวตาราง)';
/**
 * The row part of a memory line standing for a column that holds marks on cells without identity (marks-apply.ts):
 * such marks are remembered by their note only, so the line keeps later runs reading that column.
 */
export const UNKEYED_ROW_KEY = '(แถวไม่มีรหัส)';
const SEP = '\u0000';

const KEY_COLUMN: Record<string, string> = {
  [SHEET.units]: UNIT_HEADER.code,
  [SHEET.headings]: HEADING_HEADER.code,
  [SHEET.measures]: MEASURE_HEADER.rowId,
};

export function joinKey(sheet: string, row: string, column: string): string {
  return [sheet, row, column].join(SEP);
}

export function splitKey(key: string): { sheet: string; row: string; column: string } {
  const [sheet, row, column] = key.split(SEP);
  return { sheet, row, column };
}

/** Values seen once only (blank excluded): duplicates have no identity. */
function uniqueIndex(texts: string[]): Map<string, number> {
  const seen = new Map<string, number>();
  const twice = new Set<string>();
  texts.forEach((t, i) => {
    if (t === '') return;
    if (seen.has(t)) twice.add(t);
    else seen.set(t, i);
  });
  for (const t of twice) seen.delete(t);
  return seen;
}

/** Each text, or undefined where it is blank or not unique. */
function uniqueTexts(texts: readonly string[]): (string | undefined)[] {
  const index = uniqueIndex(texts as string[]);
  return texts.map((t) => (index.get(t) === undefined ? undefined : t));
}

/** Keys of the cells of one data sheet, from the values validation read (no extra call). */
export function cellKeysOf(sheet: string, data: SheetData | undefined): SheetKeys {
  const values = data?.values ?? [];
  if (sheet === SHEET.config) {
    const labels = uniqueTexts(values.map((line) => normaliseHeader(Array.isArray(line) ? line[0] : '')));
    return {
      rowKeyOf: (row) => labels[row - 1],
      columnOf: (part) => (/^#\d+$/.test(part) ? Number(part.slice(1)) : undefined),
      columnPartOf: (column) => `#${column}`,
      keyOf: (row, column) => {
        const label = labels[row - 1];
        return label === undefined ? undefined : joinKey(sheet, label, `#${column}`);
      },
    };
  }
  const keyHeader = normaliseHeader(KEY_COLUMN[sheet] ?? '');
  const headerIndex = values
    .slice(0, 5)
    .findIndex((line) => Array.isArray(line) && line.some((c) => normaliseHeader(c) === keyHeader));
  if (keyHeader === '' || headerIndex === -1)
    return {
      keyOf: () => undefined,
      rowKeyOf: () => undefined,
      columnOf: () => undefined,
      columnPartOf: () => undefined,
    };
  const headerRow = values[headerIndex] as unknown[];
  const keyColumn = uniqueTexts(headerRow.map((c) => normaliseHeader(c))).indexOf(keyHeader);
  const keyTexts = values.map((line, r) => (r > headerIndex && Array.isArray(line) ? cellText(line[keyColumn]) : ''));
  return keysFromTexts(sheet, headerRow, headerIndex, keyTexts);
}

/**
 * Keys from the header row (sheet row headerIndex + 1) and each row's key cell as text (index r − 1 for sheet
 * row r; rows up to the header ignored): for onEdit, which has the row ids as text already (edited-rows.ts).
 */
export function keysFromTexts(
  sheet: string,
  headerRow: readonly unknown[],
  headerIndex: number,
  keyTexts: readonly string[],
): SheetKeys {
  const headers = uniqueTexts(headerRow.map((c) => normaliseHeader(c)));
  const rowKeys = uniqueTexts(keyTexts.map((t, r) => (r > headerIndex ? t : '')));
  rowKeys[headerIndex] = HEADER_ROW_KEY;
  return {
    rowKeyOf: (row) => rowKeys[row - 1],
    columnOf: (part) => {
      const at = headers.indexOf(part);
      return at === -1 ? undefined : at + 1;
    },
    columnPartOf: (column) => headers[column - 1],
    keyOf: (row, column) => {
      const rowKey = rowKeys[row - 1];
      const header = headers[column - 1];
      return rowKey === undefined || header === undefined ? undefined : joinKey(sheet, rowKey, header);
    },
  };
}
