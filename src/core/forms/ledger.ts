/**
 * The results ledger: one normalised record per form answer, written by the script into a
 * system-managed sheet. It keeps only what the report needs (no e-mail, no name: PDPA).
 *
 * Identity, never a row position (rows of the responses tab can be deleted, sorted or inserted):
 * - key = the Form response's id (FormResponse.getId()), the same across a respondent's edits;
 * - key = "content:<fingerprint>" for an answer only the responses tab holds (its form deleted, or the
 *   response not found in the form): the same timestamp and answers are the same submission;
 * - a key "<sheet id>:<row>" is a ledger written before response ids; the next reconcile replaces it.
 * fingerprint = hash of the timestamp and every answer: the same key with another fingerprint is an
 * edited response; `sheet`/`row` only say where the answer shows in the responses tab today.
 */
import { asText } from '../sheet-text';
import { LEDGER_HEADER, TIMESTAMP_HEADERS } from '../layout';
import { cellLines, cellText, normaliseHeader } from '../workbook';
import { normaliseAnswer, type Answer, type AnswerContext, type Check, type RawAnswer } from './answer';
import { hash53 } from './hash';
import { QUESTIONS, questionColumns, type QuestionKey } from './questions';

/** One form answer as the ledger keeps it: the checked answer plus where it came from. */
export interface LedgerRecord extends Answer {
  key: string;
  /** Name of the responses sheet, for staff. */
  sheet: string;
  /** 1-based row where the responses sheet shows it now, for staff; 0 when it shows nowhere. */
  row: number;
  /** "2024-02-28 09:15:02" (Asia/Bangkok), or the text the sheet held. */
  timestamp: string;
  /** Staff ticked "ไม่ใช้ในรายงาน": the record stays, the report leaves it out. */
  excluded: boolean;
  /** What staff typed in the exclude cell, written back unchanged (a checkbox stays a checkbox). */
  excludeCell?: unknown;
  fingerprint: string;
  /** The respondent's edit link (FormResponse.getEditResponseUrl()), '' when only the tab holds it. */
  editUrl: string;
}

export type LedgerColumn = keyof typeof LEDGER_HEADER;
export const LEDGER_COLUMNS = Object.keys(LEDGER_HEADER) as LedgerColumn[];
export const LEDGER_HEADER_ROW: string[] = LEDGER_COLUMNS.map((c) => LEDGER_HEADER[c]);

export const CHECK_TEXT: Record<Check, string> = {
  ok: 'ใช้ได้',
  warning: 'ใช้ได้ (มีคำเตือน)',
  invalid: 'ใช้ไม่ได้',
};

/** Background of a ledger row by check: staff see flagged answers at a glance. */
export const CHECK_BACKGROUND: Record<Check, string> = { ok: '#ffffff', warning: '#fff2cc', invalid: '#f4cccc' };

/** A Date (midnight-based sheet value) → "YYYY-MM-DD HH:mm:ss" in Asia/Bangkok; any other value → its text. */
export function timestampText(value: unknown): string {
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const d = value as Date;
    if (Number.isNaN(d.getTime())) return '';
    const local = new Date(d.getTime() + 7 * 3_600_000);
    const p = (n: number) => String(n).padStart(2, '0');
    return (
      `${local.getUTCFullYear()}-${p(local.getUTCMonth() + 1)}-${p(local.getUTCDate())} ` +
      `${p(local.getUTCHours())}:${p(local.getUTCMinutes())}:${p(local.getUTCSeconds())}`
    );
  }
  return cellText(value);
}

/** Columns of a progress responses sheet (0-based), or null when the header is not one. */
export interface ResponseColumns {
  timestamp: number;
  questions: Partial<Record<QuestionKey, number[]>>;
}

/**
 * A sheet is a progress responses sheet when its header holds a timestamp and the questions that
 * identify an answer (unit and row). Survey sheets that share the spreadsheet are not.
 */
export function responseColumns(header: readonly unknown[] | undefined): ResponseColumns | null {
  if (!header) return null;
  const stamps = TIMESTAMP_HEADERS.map(normaliseHeader);
  const timestamp = header.findIndex((h) => stamps.includes(normaliseHeader(h)));
  const questions = questionColumns(header);
  if (timestamp === -1 || questions.row === undefined || questions.unit === undefined) return null;
  return { timestamp, questions };
}

export interface ResponsesSheet {
  /** Sheet id (gid): stable when the sheet is renamed. */
  id: number;
  name: string;
}

/** The answer of one responses-sheet line, by question: the first non-blank of its columns. */
export function rawFromLine(line: readonly unknown[], columns: ResponseColumns): RawAnswer {
  const raw: RawAnswer = {};
  for (const q of QUESTIONS)
    raw[q.key] = (columns.questions[q.key] ?? []).map((c) => line[c]).find((v) => cellText(v) !== '') ?? '';
  return raw;
}

/** Hash of the timestamp and every answer's text: what makes two copies the same submission. */
export function fingerprintOf(timestamp: string, raw: RawAnswer): string {
  return hash53(JSON.stringify([timestamp, ...QUESTIONS.map((q) => cellText(raw[q.key]))]));
}

export const CONTENT_KEY_PREFIX = 'content:';

/** Where an answer comes from, before it is checked. */
export interface AnswerSource {
  /** Response id, or '' for a content key. */
  responseId: string;
  sheet: string;
  row: number;
  /** The timestamp cell or FormResponse.getTimestamp(). */
  timestamp: unknown;
  raw: RawAnswer;
  editUrl: string;
}

/** The checked record of one answer, or null when it is blank. */
export function recordFromSource(source: AnswerSource, ctx: AnswerContext): LedgerRecord | null {
  if (isBlankSource(source)) return null;
  const timestamp = timestampText(source.timestamp);
  const fingerprint = fingerprintOf(timestamp, source.raw);
  return {
    key: source.responseId || CONTENT_KEY_PREFIX + fingerprint,
    sheet: source.sheet,
    row: source.row,
    timestamp,
    ...normaliseAnswer(source.raw, ctx),
    excluded: false,
    fingerprint,
    editUrl: source.editUrl,
  };
}

/** The answer of one responses-sheet line (1-based `row`), not yet identified. */
export function sourceFromLine(
  sheet: string,
  row: number,
  line: readonly unknown[],
  columns: ResponseColumns,
): AnswerSource {
  return {
    responseId: '',
    sheet,
    row,
    timestamp: line[columns.timestamp],
    raw: rawFromLine(line, columns),
    editUrl: '',
  };
}

/** True when a source has neither a timestamp nor any answer (a blank row staff inserted). */
export function isBlankSource(source: AnswerSource): boolean {
  return timestampText(source.timestamp) === '' && QUESTIONS.every((q) => cellText(source.raw[q.key]) === '');
}

/** The fingerprint of a source (see fingerprintOf). */
export function sourceFingerprint(source: AnswerSource): string {
  return fingerprintOf(timestampText(source.timestamp), source.raw);
}

/** Every non-blank line of a responses sheet's values (header in row 1), not yet identified. */
export function sourcesFromResponses(sheet: string, values: readonly unknown[][]): AnswerSource[] {
  const columns = responseColumns(values[0]);
  if (!columns) return [];
  const out: AnswerSource[] = [];
  for (let r = 1; r < values.length; r++) {
    const source = sourceFromLine(sheet, r + 1, values[r], columns);
    if (!isBlankSource(source)) out.push(source);
  }
  return out;
}

/** The record of one responses-sheet line (1-based `row`), keyed by its content; null when blank. */
export function recordFromResponse(
  sheet: ResponsesSheet,
  row: number,
  line: readonly unknown[],
  columns: ResponseColumns,
  ctx: AnswerContext,
): LedgerRecord | null {
  return recordFromSource(sourceFromLine(sheet.name, row, line, columns), ctx);
}

/** Every record of a responses sheet's values (header in row 1), keyed by content. */
export function recordsFromResponses(
  sheet: ResponsesSheet,
  values: readonly unknown[][],
  ctx: AnswerContext,
): LedgerRecord[] {
  return sourcesFromResponses(sheet.name, values)
    .map((s) => recordFromSource(s, ctx))
    .filter((r): r is LedgerRecord => r !== null);
}

/** Undoes asText on a value read back, should a sheet ever keep the apostrophe. */
function fromText(s: string): string {
  return /^'[=+\-@']/.test(s) ? s.slice(1) : s;
}

/** A ledger cell's text as readLedger reads it (for readers that read a few columns only). */
export function ledgerText(value: unknown): string {
  return fromText(cellText(value));
}

/** One ledger row, every cell as text (the exclude cell as staff left it). */
export function ledgerCells(record: LedgerRecord): unknown[] {
  const cells: Record<LedgerColumn, unknown> = {
    key: record.key,
    sheet: record.sheet,
    row: record.row > 0 ? String(record.row) : '',
    timestamp: record.timestamp,
    rowId: record.rowId,
    round: record.round === null ? '' : String(record.round),
    unit: record.unit,
    done: record.done,
    dates: record.dates.join('\n'),
    quantity: record.quantity === null ? '' : String(record.quantity),
    quantityWord: record.quantityWord,
    evidence: record.evidence.join('\n'),
    status: record.status,
    check: CHECK_TEXT[record.check],
    reasons: record.reasons.join('\n'),
    exclude: record.excludeCell ?? (record.excluded ? 'ไม่ใช้' : ''),
    fingerprint: record.fingerprint,
    editUrl: record.editUrl,
  };
  return LEDGER_COLUMNS.map((c) => {
    const v = cells[c];
    return typeof v === 'string' ? asText(v) : v;
  });
}

/** True for what staff may type to exclude a record: a ticked checkbox, "x", "ไม่ใช้" …; not FALSE or blank. */
export function isExcludeMark(value: unknown): boolean {
  if (value === true) return true;
  if (value === false) return false;
  const s = cellText(value);
  return s !== '' && !/^(false|0|no|ใช้)$/i.test(s);
}

export interface LedgerRead {
  records: LedgerRecord[];
  /** 1-based ledger row of each record (same order). */
  rows: number[];
  /** True when the header row is ours (else the sheet is rewritten from scratch). */
  headerOk: boolean;
}

/** 0-based column of each ledger field in a header row, by name (the first match), −1 when missing. */
export function ledgerColumnsOf(headerRow: readonly unknown[]): Record<LedgerColumn, number> {
  const header = headerRow.map(normaliseHeader);
  const col = {} as Record<LedgerColumn, number>;
  for (const c of LEDGER_COLUMNS) col[c] = header.indexOf(normaliseHeader(LEDGER_HEADER[c]));
  return col;
}

/**
 * Reads the ledger sheet's values (header in row 1) back into records. Lines that are not arrays are skipped:
 * onEdit passes only the lines it read, at their sheet positions (src/gas/form-rows-read.ts).
 */
export function readLedger(values: readonly unknown[][] | undefined): LedgerRead {
  if (!values || values.length === 0) return { records: [], rows: [], headerOk: false };
  const col = ledgerColumnsOf(values[0]);
  const headerOk = LEDGER_COLUMNS.every((c, i) => col[c] === i);
  const records: LedgerRecord[] = [];
  const rows: number[] = [];
  const seen = new Set<string>();
  const checkOf = new Map(Object.entries(CHECK_TEXT).map(([k, v]) => [v, k as Check]));
  for (let r = 1; r < values.length; r++) {
    const line = values[r];
    if (!Array.isArray(line)) continue;
    const get = (c: LedgerColumn) => (col[c] === -1 ? '' : fromText(cellText(line[col[c]])));
    const key = get('key');
    // A stale copy (a rewrite cut short) never counts twice: the first line of a key wins.
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    const round = Number(get('round'));
    const quantity = get('quantity');
    const excludeCell = col.exclude === -1 ? '' : line[col.exclude];
    records.push({
      key,
      sheet: get('sheet'),
      row: Number(get('row')) || 0,
      timestamp: get('timestamp'),
      rowId: get('rowId'),
      round: round === 6 || round === 12 ? round : null,
      unit: get('unit'),
      done: get('done'),
      dates: cellLines(get('dates')),
      quantity: quantity === '' || !Number.isFinite(Number(quantity)) ? null : Number(quantity),
      quantityWord: get('quantityWord'),
      evidence: cellLines(get('evidence')),
      status: get('status'),
      check: checkOf.get(get('check')) ?? 'invalid',
      reasons: cellLines(get('reasons')),
      excluded: isExcludeMark(excludeCell),
      excludeCell: excludeCell === '' ? undefined : excludeCell,
      fingerprint: get('fingerprint'),
      editUrl: get('editUrl'),
    });
    rows.push(r + 1);
  }
  return { records, rows, headerOk };
}
