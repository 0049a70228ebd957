/**
 * The hidden marks sheet (_ita_marks): for each cell we coloured, its identity (sheet, row key, column
 * header: see mark-keys.ts) and the background it had before. The column number is kept only as a hint of
 * how far right to look for marks on a column since emptied; it never identifies a cell.
 *
 * A damaged sheet (rows edited, colours retyped, the sheet deleted) only loses memory: rows that do not
 * parse are ignored, and cells then fall back on their note's own memory or stay as they are.
 */
import { SHEET } from '../core/layout';
import { cellText } from '../core/workbook';
import { isColour } from './cell-marks';
import { joinKey, splitKey } from './mark-keys';
import { ensureSheetSize } from './sheet-size';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER = ['ชีต', 'คีย์แถว', 'หัวคอลัมน์', 'สีพื้นเดิม', 'คอลัมน์ล่าสุด'];

/** Blank lines added when onEdit's new marks outgrow the sheet: one row insert per this many new lines. */
export const MARKS_SPARE_ROWS = 200;

/** The layout before marks were kept by identity: (sheet, row, column, background), by position. */
const LEGACY_HEADER = ['ชีต', 'แถว', 'คอลัมน์', 'สีพื้นเดิม'];

export interface MarkMemory {
  /** key (joinKey) → original background and the column last seen. */
  entries: Map<string, { original: string; column: number }>;
  /**
   * Marks remembered by position by the previous version, read once after an upgrade: the cells at those
   * positions then (the last run of that version) are the best guess, used only where nothing better is known.
   */
  legacy: { sheet: string; row: number; column: number; original: string }[];
  /** The sheet as read (null when missing). */
  sheet: Sheet | null;
  /**
   * The data rows as read, in sheet order (row i is sheet row i + 2): each row's key (undefined for a blank
   * row) and its cells as text, so a save writes only the rows that change. Null when the sheet must be
   * rewritten whole (missing, damaged, or in the old layout).
   */
  layout: { key: string | undefined; cells: string[] }[] | null;
  /** Loaded for some rows only (onEdit): the sheet was there, and its hiding is left to full runs. */
  partial?: boolean;
}

/** Whether the marks sheet was read whole and as we wrote it: only then may a run trust it to find every mark. */
export function memoryIntact(memory: MarkMemory): boolean {
  return memory.layout !== null;
}

/** Reads the marks sheet (one read call), or an empty memory when it is missing. */
export function loadMarks(ss: Spreadsheet): MarkMemory {
  const sheet = ss.getSheetByName(SHEET.marks);
  const entries: MarkMemory['entries'] = new Map();
  const legacy: MarkMemory['legacy'] = [];
  if (!sheet) return { entries, legacy, sheet: null, layout: null };
  const last = sheet.getLastRow();
  let all: unknown[][] = [];
  let readable = true;
  try {
    all = last >= 1 ? sheet.getRange(1, 1, last, HEADER.length).getValues() : [];
  } catch (error) {
    // Columns deleted from the memory sheet: read nothing (the notes still remember), rewrite it below.
    readable = false;
    console.warn(`loadMarks: "${SHEET.marks}" could not be read; it will be rewritten`, error);
  }
  const headerIntact = all.length > 0 && HEADER.every((h, i) => cellText(all[0][i]) === h);
  const values = all.slice(1);
  if (all.length > 0 && LEGACY_HEADER.every((h, i) => cellText(all[0][i]) === h)) {
    for (const [s, r, c, bg] of values) {
      const original = cellText(bg).toLowerCase();
      if (cellText(s) !== '' && Number(r) > 0 && Number(c) > 0 && isColour(original)) {
        legacy.push({ sheet: cellText(s), row: Number(r), column: Number(c), original });
      }
    }
    return { entries, legacy, sheet, layout: null };
  }
  const layout: NonNullable<MarkMemory['layout']> = [];
  let damaged = !readable || (all.length > 0 && !headerIntact);
  for (const line of values) {
    const cells = HEADER.map((_, i) => cellText(line[i]));
    const [s, r, c, bg, hint] = cells;
    const original = bg.toLowerCase();
    if (cells.every((v) => v === '')) {
      layout.push({ key: undefined, cells });
      continue;
    }
    const key = s === '' || r === '' || c === '' || !isColour(original) ? undefined : joinKey(s, r, c);
    if (key === undefined || entries.has(key)) {
      damaged = true; // a row we did not write: the sheet gets rewritten clean
      layout.push({ key: undefined, cells });
      continue;
    }
    entries.set(key, { original, column: Math.max(0, Math.trunc(Number(hint)) || 0) });
    layout.push({ key, cells });
  }
  return { entries, legacy, sheet, layout: damaged || all.length === 0 ? null : layout };
}

/** A layout row holding another row's entries, not read by a partial load: saved as it is. */
const OTHER = '\u0001other';
const isOther = (key: string | undefined) => key === OTHER;
const BLANK = HEADER.map(() => '');
// Shared, never changed: onEdit's partial load has one per line of the memory (thousands), not one object each.
const OTHER_LINE = Object.freeze({ key: OTHER, cells: Object.freeze([]) as unknown as string[] });
const BLANK_LINE = Object.freeze({ key: undefined, cells: BLANK });

/** A line as saveMarks writes it: its key, its cells as text (to compare), and what setValues writes. */
type SavedRow = { key: string | undefined; cells: string[]; write: (string | number)[] };
const OTHER_ROW: SavedRow = Object.freeze({ ...OTHER_LINE, write: BLANK });
const BLANK_ROW: SavedRow = Object.freeze({ ...BLANK_LINE, write: BLANK });

/**
 * onEdit: the entries of some rows of one sheet only (by row key, see mark-keys.ts), reading the sheet and row
 * key columns and then only the lines that match; the other lines are kept as they are by saveMarks. Anything
 * unexpected (a missing, damaged or old-layout sheet) reads the whole memory instead, as loadMarks.
 */
export function loadMarksOfRows(ss: Spreadsheet, sheetName: string, rowKeys: ReadonlySet<string>): MarkMemory {
  const sheet = ss.getSheetByName(SHEET.marks);
  const last = sheet ? sheet.getLastRow() : 0;
  if (!sheet || last < 2 || sheet.getLastColumn() > HEADER.length) return loadMarks(ss);
  const pairs = sheet.getRange(1, 1, last, 2).getValues();
  if (cellText(pairs[0][0]) !== HEADER[0] || cellText(pairs[0][1]) !== HEADER[1]) return loadMarks(ss);
  const matched: number[] = [];
  pairs.forEach((line, i) => {
    if (i > 0 && cellText(line[0]) === sheetName && rowKeys.has(cellText(line[1]))) matched.push(i);
  });
  const lines = new Map<number, unknown[]>();
  if (matched.length > 0) {
    const top = matched[0];
    const block = sheet.getRange(top + 1, 1, matched[matched.length - 1] - top + 1, HEADER.length).getValues();
    for (const i of matched) lines.set(i, block[i - top]);
  }
  const entries: MarkMemory['entries'] = new Map();
  const layout: NonNullable<MarkMemory['layout']> = [];
  for (let i = 1; i < pairs.length; i++) {
    const line = lines.get(i);
    if (!line) {
      const blank = cellText(pairs[i][0]) === '' && cellText(pairs[i][1]) === '';
      layout.push(blank ? BLANK_LINE : OTHER_LINE);
      continue;
    }
    const cells = HEADER.map((_, c) => cellText(line[c]));
    const [s, r, c, bg, hint] = cells;
    const original = bg.toLowerCase();
    const key = c === '' || !isColour(original) ? undefined : joinKey(s, r, c);
    if (key === undefined || entries.has(key)) return loadMarks(ss); // a line we did not write
    entries.set(key, { original, column: Math.max(0, Math.trunc(Number(hint)) || 0) });
    layout.push({ key, cells });
  }
  return { entries, legacy: [], sheet, layout, partial: true };
}

/** An entry as the sheet's cells (text; keys written with an apostrophe so Sheets never reads them as dates). */
function rowOf(key: string, e: { original: string; column: number }): { write: (string | number)[]; cells: string[] } {
  const { sheet: s, row, column } = splitKey(key);
  return {
    write: [`'${s}`, `'${row}`, `'${column}`, e.original, e.column],
    cells: [s, row, column, e.original, String(e.column)],
  };
}

/**
 * Saves the entries. With an intact sheet only the rows that change are written (an entry removed becomes a
 * blank row, a new one takes the first blank row or goes at the end), so k changed marks write O(k) rows and
 * an unchanged memory writes nothing. A missing or damaged sheet is rewritten whole; a run stopped part-way
 * leaves extra (harmless) entries, never an empty memory.
 */
export function saveMarks(ss: Spreadsheet, memory: MarkMemory, entries: MarkMemory['entries']): void {
  const rows = memory.layout === null ? null : placeEntries(memory.layout, entries);
  const before = memory.layout ?? [];
  const changed = rows?.map((row, i) => before[i] === undefined || row.cells.some((v, c) => v !== before[i].cells[c]));
  // Nothing to write (most onEdits, every unchanged re-validation): no call at all.
  if (rows && memory.sheet && !changed!.includes(true)) return;
  let sheet = memory.sheet ?? ss.getSheetByName(SHEET.marks);
  if (!sheet) sheet = ss.insertSheet(SHEET.marks);
  // Also when a run stopped between inserting and hiding it: checked by full runs, not by each onEdit (a call
  // saved on the edit a person waits for; a sheet left showing is hidden by the next validation that writes it).
  if (!memory.partial && !sheet.isSheetHidden()) sheet.hideSheet();
  memory.sheet = sheet;
  if (!rows) {
    rewriteWhole(sheet, memory, entries);
    return;
  }
  // The sheet holds the header and every line of the layout already; only new lines at the end need room.
  if (rows.length > before.length) ensureSheetSize(sheet, rows.length + 1, HEADER.length, MARKS_SPARE_ROWS);
  for (let i = 0; i < rows.length; i++) {
    if (!changed![i]) continue;
    let j = i;
    while (j + 1 < rows.length && changed![j + 1]) j++;
    sheet.getRange(i + 2, 1, j - i + 1, HEADER.length).setValues(rows.slice(i, j + 1).map((row) => row.write));
    i = j;
  }
  memory.layout = rows;
}

/** The memory's lines after saving `entries`: removed entries blank, new ones in the first blank line or at the end. */
function placeEntries(layout: NonNullable<MarkMemory['layout']>, entries: MarkMemory['entries']): SavedRow[] {
  const placed = new Set<string>();
  // One pass, and shared rows for the lines that stay blank or belong to other rows: onEdit runs this over every
  // line of the memory. In a layout, a line without a key is blank (a damaged sheet has no layout).
  const rows = layout.map((row): SavedRow => {
    if (row.key === undefined) return BLANK_ROW;
    if (isOther(row.key)) return OTHER_ROW;
    const e = entries.get(row.key);
    if (!e) return BLANK_ROW; // an entry removed: its line becomes blank
    placed.add(row.key);
    return { key: row.key, ...rowOf(row.key, e) };
  });
  let free = 0;
  for (const [key, e] of entries) {
    if (placed.has(key)) continue;
    while (free < rows.length && rows[free].key !== undefined) free++;
    const row = { key, ...rowOf(key, e) };
    if (free === rows.length) rows.push(row);
    else rows[free] = row;
    free++;
  }
  return rows;
}

function rewriteWhole(sheet: Sheet, memory: MarkMemory, entries: MarkMemory['entries']): void {
  const rows = [...entries]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, e]) => ({ key, ...rowOf(key, e) }));
  const oldRows = sheet.getLastRow();
  ensureSheetSize(sheet, rows.length + 1, HEADER.length);
  sheet.getRange(1, 1, rows.length + 1, HEADER.length).setValues([HEADER, ...rows.map((row) => row.write)]);
  if (oldRows > rows.length + 1)
    sheet.getRange(rows.length + 2, 1, oldRows - rows.length - 1, HEADER.length).clearContent();
  memory.layout = rows.map(({ key, cells }) => ({ key, cells }));
}
