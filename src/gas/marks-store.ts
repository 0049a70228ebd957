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
  /** The sheet as read, to write only when something changed, and how many rows it had. */
  sheet: Sheet | null;
  rowsRead: number;
  written: string;
}

/** Reads the marks sheet (one read call), or an empty memory when it is missing. */
export function loadMarks(ss: Spreadsheet): MarkMemory {
  const sheet = ss.getSheetByName(SHEET.marks);
  const entries: MarkMemory['entries'] = new Map();
  const legacy: MarkMemory['legacy'] = [];
  if (!sheet) return { entries, legacy, sheet: null, rowsRead: 0, written: serialise(entries) };
  const last = sheet.getLastRow();
  let all: unknown[][] = [];
  try {
    all = last >= 1 ? sheet.getRange(1, 1, last, HEADER.length).getValues() : [];
  } catch (error) {
    // Columns deleted from the memory sheet: read nothing (the notes still remember), rewrite it below.
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
    return { entries, legacy, sheet, rowsRead: Math.max(last, 1), written: '' };
  }
  for (const line of values) {
    const [s, r, c, bg, hint] = line.map((v) => cellText(v));
    const original = bg.toLowerCase();
    if (s === '' || r === '' || c === '' || !isColour(original)) continue;
    entries.set(joinKey(s, r, c), { original, column: Math.max(0, Math.trunc(Number(hint)) || 0) });
  }
  // `written` is what the sheet should hold for these entries: a damaged sheet differs and gets rewritten.
  return { entries, legacy, sheet, rowsRead: Math.max(last, 1), written: headerIntact && values.length === entries.size ? serialise(entries) : '' };
}

const sorted = (entries: MarkMemory['entries']) => [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

function serialise(entries: MarkMemory['entries']): string {
  return JSON.stringify(sorted(entries));
}

/**
 * Rewrites the marks sheet with a fixed number of calls, only when its entries changed. The new rows are
 * written over the old ones first and the leftover tail cleared after, so a run stopped in between leaves
 * extra (harmless) entries, never an empty memory.
 */
export function saveMarks(ss: Spreadsheet, memory: MarkMemory, entries: MarkMemory['entries']): void {
  const text = serialise(entries);
  if (text === memory.written) return;
  let sheet = memory.sheet ?? ss.getSheetByName(SHEET.marks);
  if (!sheet) {
    if (entries.size === 0) return;
    sheet = ss.insertSheet(SHEET.marks);
  }
  // Also when a run stopped between inserting and hiding it.
  if (!sheet.isSheetHidden()) sheet.hideSheet();
  // Keys are written as text ("'2567-01"), so Sheets never turns a row id into a date or a number.
  const rows = [
    HEADER,
    ...sorted(entries).map(([key, e]) => {
      const { sheet: s, row, column } = splitKey(key);
      return [`'${s}`, `'${row}`, `'${column}`, e.original, e.column];
    }),
  ];
  ensureSheetSize(sheet, rows.length, HEADER.length);
  sheet.getRange(1, 1, rows.length, HEADER.length).setValues(rows);
  if (memory.rowsRead > rows.length) sheet.getRange(rows.length + 1, 1, memory.rowsRead - rows.length, HEADER.length).clearContent();
  memory.sheet = sheet;
  memory.rowsRead = rows.length;
  memory.written = text;
}
