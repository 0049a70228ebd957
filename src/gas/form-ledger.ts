/**
 * The Apps Script side of the results ledger: finding the responses sheets, reading the workbook an
 * answer is checked against, and writing the ledger with a fixed number of calls.
 * All decisions (what a record is, what changes) are in src/core/forms.
 */
import type { AnswerContext } from '../core/forms/answer';
import { answerContext } from '../core/forms/context';
import { insertedColumns, missingLastColumns } from '../core/forms/ledger-columns';
import {
  CHECK_BACKGROUND,
  LEDGER_HEADER_ROW,
  ledgerCells,
  ledgerColumnsOf,
  ledgerText,
  readLedger,
  responseColumns,
  type LedgerRead,
  type LedgerRecord,
  type ResponseColumns,
} from '../core/forms/ledger';
import type { LedgerBlock } from '../core/forms/ledger-write-plan';
import { questionColumns } from '../core/forms/questions';
import { LEDGER_HEADER, SHEET, TIMESTAMP_HEADERS } from '../core/layout';
import { cellText, normaliseHeader, type WorkbookData } from '../core/workbook';
import { fillMeasureMerges } from '../core/merged-cells';
import { mergedBoxes } from './merged-ranges';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const WIDTH = LEDGER_HEADER_ROW.length;
export const LEDGER_WIDTH = WIDTH;
const LEDGER_NOTE =
  'ชีตนี้โปรแกรมเขียนเองจากคำตอบแบบฟอร์ม (ชีต "การตอบแบบฟอร์ม …" ไม่ถูกแก้ไข) — อย่าแก้ข้อความในชีตนี้ ' +
  'เพราะเมนู "ดึงคำตอบแบบฟอร์มทั้งหมดใหม่" จะเขียนทับ ยกเว้นคอลัมน์ "ไม่ใช้ในรายงาน" ที่ใส่เครื่องหมายเพื่อไม่นำคำตอบนั้นเข้ารายงานได้ ' +
  '(เครื่องหมายติดไปกับคำตอบ แม้ชีตคำตอบถูกเรียงหรือลบแถว) และลบข้อความ "ผู้ตอบแก้ไขคำตอบหลังจากถูกตัดออก …" ในช่องเหตุผลเมื่อตรวจแล้ว';

/** Sheets that are ours or staff's, never a responses sheet: not even looked at when searching. */
const KNOWN_SHEETS = new Set<string>([
  SHEET.config,
  SHEET.units,
  SHEET.headings,
  SHEET.measures,
  SHEET.findings,
  SHEET.marks,
  SHEET.ledger,
  SHEET.surveys,
  SHEET.progress, // [progress]
  SHEET.reminderLog,
]);

/**
 * Values of a sheet's used range (one call after the lookup), or undefined when it is missing. The measures
 * sheet's cells merged down an issue or a measure count on each row they cover (one call more: merged-cells.ts).
 */
export function sheetValues(ss: Spreadsheet, name: string): unknown[][] | undefined {
  const sheet = ss.getSheetByName(name);
  if (!sheet) return undefined;
  const range = sheet.getDataRange();
  const values = range.getValues();
  if (name === SHEET.measures) fillMeasureMerges(values, mergedBoxes(range));
  return values;
}

/** The three sheets an answer is checked against, read with values only (3 calls each). */
export function readAnswerContext(ss: Spreadsheet): AnswerContext {
  const data: WorkbookData = {};
  for (const name of [SHEET.config, SHEET.units, SHEET.measures]) {
    const values = sheetValues(ss, name);
    if (values) data[name] = { values };
  }
  return answerContext(data);
}

/** The header row of a sheet (two calls), [] when the sheet is empty. */
export function headerOf(sheet: Sheet): unknown[] {
  const width = sheet.getLastColumn();
  return width === 0 ? [] : sheet.getRange(1, 1, 1, width).getValues()[0];
}

export interface ResponsesSheetRef {
  sheet: Sheet;
  id: number;
  name: string;
  columns: ResponseColumns;
}

/**
 * Every progress responses sheet of the spreadsheet, found by its header (a timestamp and our
 * questions), so it is found whatever its name and even after its form was unlinked or replaced.
 */
export function findResponsesSheets(ss: Spreadsheet): ResponsesSheetRef[] {
  return scanResponsesSheets(ss).sheets;
}

/**
 * A header that holds a timestamp and most of the progress questions but lacks the unit or row one:
 * the progress form's responses with a question renamed in the form (the sheet follows the title).
 * Its answers cannot be read until syncForms puts the title back.
 */
export function looksLikeProgressSheet(header: readonly unknown[]): boolean {
  if (responseColumns(header)) return false;
  const stamps = TIMESTAMP_HEADERS.map(normaliseHeader);
  return header.some((h) => stamps.includes(normaliseHeader(h))) && Object.keys(questionColumns(header)).length >= 3;
}

/** The progress responses sheets, and the names of those whose header can no longer be read. */
export function scanResponsesSheets(ss: Spreadsheet): { sheets: ResponsesSheetRef[]; unreadable: string[] } {
  const sheets: ResponsesSheetRef[] = [];
  const unreadable: string[] = [];
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    if (KNOWN_SHEETS.has(name)) continue;
    const header = headerOf(sheet);
    const columns = responseColumns(header);
    if (columns) sheets.push({ sheet, id: sheet.getSheetId(), name, columns });
    else if (looksLikeProgressSheet(header)) unreadable.push(name);
  }
  return { sheets, unreadable };
}

/** The ledger sheet, created with its header when missing. */
export function ensureLedgerSheet(ss: Spreadsheet): { sheet: Sheet; created: boolean } {
  const existing = ss.getSheetByName(SHEET.ledger);
  if (existing) return { sheet: existing, created: false };
  const sheet = ss.insertSheet(SHEET.ledger);
  const header = sheet.getRange(1, 1, 1, WIDTH);
  header.setValues([LEDGER_HEADER_ROW]);
  header.setFontWeight('bold');
  header.setBackground(HEADER_BACKGROUND);
  sheet.getRange(1, 1).setNote(LEDGER_NOTE);
  sheet.setFrozenRows(1);
  // Staff are warned before typing here; the script, running as the user, is not blocked.
  sheet.protect().setDescription('ITA: ชีตผลจากแบบฟอร์ม — โปรแกรมเขียนเอง').setWarningOnly(true);
  return { sheet, created: true };
}

/**
 * What a submission needs to know of the ledger, from two narrow reads instead of every cell: the header, and
 * each data row's key, in sheet order. A content key names its fingerprint ("content:<fingerprint>"), so the
 * keys also tell a line kept by its content. Null when the ledger is not the plain block readLedger expects (a
 * header changed, a blank or repeated key, a stale copy): the caller then reads it whole.
 */
export interface LedgerIndex {
  header: unknown[];
  keys: string[];
  lastRow: number;
}

/** 1-based column of the ledger's key. */
const KEY_COLUMN = LEDGER_HEADER_ROW.indexOf(LEDGER_HEADER.key) + 1;

export function readLedgerIndex(sheet: Sheet): LedgerIndex | null {
  const lastRow = sheet.getLastRow();
  if (lastRow < 1) return null;
  const header = sheet.getRange(1, 1, 1, WIDTH).getValues()[0];
  if (LEDGER_HEADER_ROW.some((h, i) => cellText(header[i]) !== h)) return null;
  if (lastRow === 1) return { header, keys: [], lastRow };
  const keys = sheet
    .getRange(2, KEY_COLUMN, lastRow - 1, 1)
    .getValues()
    .map((r) => ledgerText(r[0]));
  if (keys.some((k) => k === '') || new Set(keys).size !== keys.length) return null;
  return { header, keys, lastRow };
}

/** The record on one ledger row (one read of its line), read as readLedger reads it. */
export function readLedgerLine(sheet: Sheet, header: unknown[], row: number): LedgerRecord | undefined {
  const line = sheet.getRange(row, 1, 1, WIDTH).getValues()[0];
  return readLedger([header, line]).records[0];
}

/**
 * Staff's "ไม่ใช้ในรายงาน" cell of each record key, as the ledger shows it now (the first line of a key, as readLedger
 * reads it): two one-column reads, columns found by name in `header`. Empty when the header lacks either.
 */
export function readMarksNow(sheet: Sheet, header: readonly unknown[]): Map<string, unknown> {
  const col = ledgerColumnsOf(header);
  const lines = sheet.getLastRow() - 1;
  const out = new Map<string, unknown>();
  if (col.key === -1 || col.exclude === -1 || lines < 1) return out;
  const keys = sheet.getRange(2, col.key + 1, lines, 1).getValues();
  const cells = sheet.getRange(2, col.exclude + 1, lines, 1).getValues();
  keys.forEach((k, i) => {
    const key = ledgerText(k[0]);
    if (key !== '' && !out.has(key)) out.set(key, cells[i][0]);
  });
  return out;
}

/**
 * Moves the columns staff inserted among the ledger's (core/forms/ledger-columns.ts) right of it, in their order, each
 * cell on its line: the ledger is then the block of its own columns it is written as. One call a column. True when
 * one moved (the caller reads the ledger again).
 */
export function moveInsertedColumns(sheet: Sheet, header: readonly unknown[]): boolean {
  if (makeRoomForMissingColumns(sheet, header)) return true;
  const inserted = insertedColumns(header);
  if (!inserted || inserted.length === 0) return false;
  // Right to left, each just after the ledger's last column (which moves left by one each time): order kept.
  let last = Math.max(...Object.values(ledgerColumnsOf(header))) + 1;
  for (const c of [...inserted].reverse()) {
    sheet.moveColumns(sheet.getRange(1, c + 1), last + 1);
    last--;
  }
  console.log(`forms: ${inserted.length} column(s) typed inside "${SHEET.ledger}" moved right of it, their cells kept`);
  return true;
}

/** A ledger without its last columns (an earlier version's): staff's cells where they go are moved right first. */
function makeRoomForMissingColumns(sheet: Sheet, header: readonly unknown[]): boolean {
  const missing = missingLastColumns(header);
  if (missing === 0) return false;
  const first = WIDTH - missing + 1;
  if (sheet.getLastColumn() < first) return false;
  const cells = sheet.getRange(1, first, Math.max(sheet.getLastRow(), 1), missing).getValues();
  if (!cells.some((line) => line.some((v) => cellText(v) !== ''))) return false;
  sheet.insertColumnsAfter(first - 1, missing);
  console.log(`forms: ${missing} column(s) of "${SHEET.ledger}" added; staff's columns right of it moved, kept`);
  return true;
}

/** The ledger's records (one read). */
export function loadLedger(sheet: Sheet): LedgerRead {
  return readLedger(sheet.getDataRange().getValues());
}

/** Makes sure rows up to `lastRow` exist: setValues past the sheet's end throws in Apps Script. */
function ensureRows(sheet: Sheet, lastRow: number): void {
  const max = sheet.getMaxRows();
  if (lastRow > max) sheet.insertRowsAfter(max, lastRow - max);
}

/**
 * Writes records on consecutive ledger rows from `firstRow`, as text (number format "@", and a leading
 * apostrophe on anything a formula could start with), with each row's check colour. Three calls.
 */
export function writeLedgerRows(sheet: Sheet, firstRow: number, records: readonly LedgerRecord[]): void {
  if (records.length === 0) return;
  ensureRows(sheet, firstRow + records.length - 1);
  const range = sheet.getRange(firstRow, 1, records.length, WIDTH);
  range.setNumberFormat('@');
  range.setValues(records.map(ledgerCells));
  range.setBackgrounds(ledgerBackgrounds(records));
}

/**
 * Writes the blocks of ledger lines a plan gives (ledger-write-plan.ts) as `next` and `colours` have them, block
 * line b at sheet row b + 1: values as text with their line colours, or the colours alone. The rows are made once
 * for all of them; then three calls a block, or two.
 */
export function writeLedgerBlocks(
  sheet: Sheet,
  blocks: readonly LedgerBlock[],
  next: readonly (readonly unknown[])[],
  colours: readonly string[],
): void {
  if (blocks.length === 0) return;
  const end = blocks[blocks.length - 1];
  ensureRows(sheet, end.first + end.count);
  for (const block of blocks) {
    const range = sheet.getRange(block.first + 1, 1, block.count, WIDTH);
    const lines = { from: block.first, to: block.first + block.count };
    if (block.values) {
      range.setNumberFormat('@');
      range.setValues(next.slice(lines.from, lines.to).map((line) => [...line]));
    }
    range.setBackgrounds(colours.slice(lines.from, lines.to).map((colour) => new Array<string>(WIDTH).fill(colour)));
  }
}

/**
 * Rewrites the whole ledger (header included) and blanks what was below, in ONE setValues: stopped
 * before it, the old ledger is whole; after it, the new one (only colours may lag, and the next run
 * repairs them). No stale tail line can be left for the report to count twice. Three calls.
 * Columns right of the ledger's are left as they are.
 */
export function rewriteLedger(sheet: Sheet, records: readonly LedgerRecord[], previousLastRow: number): void {
  const rows = Math.max(records.length + 1, previousLastRow);
  ensureRows(sheet, rows);
  const blank = rows - records.length - 1;
  const range = sheet.getRange(1, 1, rows, WIDTH);
  range.setNumberFormat('@');
  range.setValues([
    LEDGER_HEADER_ROW,
    ...records.map(ledgerCells),
    ...Array.from({ length: blank }, () => new Array<string>(WIDTH).fill('')),
  ]);
  range.setBackgrounds([
    new Array<string>(WIDTH).fill(HEADER_BACKGROUND),
    ...ledgerBackgrounds(records),
    ...Array.from({ length: blank }, () => new Array<string>(WIDTH).fill('#ffffff')),
  ]);
}

export const HEADER_BACKGROUND = '#d9e2f3';

/** Each record's row colour, by its check. */
export function ledgerBackgrounds(records: readonly LedgerRecord[]): string[][] {
  return records.map((r) => new Array<string>(WIDTH).fill(CHECK_BACKGROUND[r.check]));
}
