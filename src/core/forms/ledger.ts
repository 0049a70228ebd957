/**
 * The results ledger: one normalised record per raw response row, written by the script into a
 * system-managed sheet. It keeps only what the report needs (no e-mail, no name: PDPA).
 *
 * Identity and versions:
 * - key = "<sheet id>:<row>": the response's row in its responses sheet. Forms only ever append rows
 *   there and the sheet is never edited, so the row is the response's identity; an edited response is
 *   rewritten in place on its row (and the Sheets trigger fires again with that row).
 * - fingerprint = hash of the timestamp and every answer: the same key with the same fingerprint is the
 *   same submission seen again (a duplicate trigger); the same key with another fingerprint is an edited
 *   response, which replaces the record.
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
  /** 1-based row in the responses sheet. */
  row: number;
  /** "2024-02-28 09:15:02" (Asia/Bangkok), or the text the sheet held. */
  timestamp: string;
  /** Staff ticked "ไม่ใช้ในรายงาน": the record stays, the report leaves it out. */
  excluded: boolean;
  /** What staff typed in the exclude cell, written back unchanged (a checkbox stays a checkbox). */
  excludeCell?: unknown;
  fingerprint: string;
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

/** Builds the record of one raw response row (1-based `row`), or null when the row is blank. */
export function recordFromResponse(
  sheet: ResponsesSheet,
  row: number,
  line: readonly unknown[],
  columns: ResponseColumns,
  ctx: AnswerContext,
): LedgerRecord | null {
  const raw: RawAnswer = {};
  for (const q of QUESTIONS) {
    // The first non-blank of the question's columns (usually just one).
    const cols = columns.questions[q.key] ?? [];
    raw[q.key] = cols.map((c) => line[c]).find((v) => cellText(v) !== '') ?? '';
  }
  const timestamp = timestampText(line[columns.timestamp]);
  const texts = QUESTIONS.map((q) => cellText(raw[q.key]));
  if (timestamp === '' && texts.every((t) => t === '')) return null;
  const answer = normaliseAnswer(raw, ctx);
  return {
    key: `${sheet.id}:${row}`,
    sheet: sheet.name,
    row,
    timestamp,
    ...answer,
    excluded: false,
    fingerprint: hash53(JSON.stringify([timestamp, ...texts])),
  };
}

/** Every record of a responses sheet's values (header in row 1). */
export function recordsFromResponses(sheet: ResponsesSheet, values: readonly unknown[][], ctx: AnswerContext): LedgerRecord[] {
  const columns = responseColumns(values[0]);
  if (!columns) return [];
  const out: LedgerRecord[] = [];
  for (let r = 1; r < values.length; r++) {
    const record = recordFromResponse(sheet, r + 1, values[r], columns, ctx);
    if (record) out.push(record);
  }
  return out;
}

/** Undoes asText on a value read back, should a sheet ever keep the apostrophe. */
function fromText(s: string): string {
  return /^'[=+\-@']/.test(s) ? s.slice(1) : s;
}

/** One ledger row, every cell as text (the exclude cell as staff left it). */
export function ledgerCells(record: LedgerRecord): unknown[] {
  const cells: Record<LedgerColumn, unknown> = {
    key: record.key,
    sheet: record.sheet,
    row: String(record.row),
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

/** Reads the ledger sheet's values (header in row 1) back into records. */
export function readLedger(values: readonly unknown[][] | undefined): LedgerRead {
  if (!values || values.length === 0) return { records: [], rows: [], headerOk: false };
  const header = values[0].map(normaliseHeader);
  const col = {} as Record<LedgerColumn, number>;
  for (const c of LEDGER_COLUMNS) col[c] = header.indexOf(normaliseHeader(LEDGER_HEADER[c]));
  const headerOk = LEDGER_COLUMNS.every((c, i) => col[c] === i);
  const records: LedgerRecord[] = [];
  const rows: number[] = [];
  const checkOf = new Map(Object.entries(CHECK_TEXT).map(([k, v]) => [v, k as Check]));
  for (let r = 1; r < values.length; r++) {
    const line = values[r];
    const get = (c: LedgerColumn) => (col[c] === -1 ? '' : fromText(cellText(line[col[c]])));
    const key = get('key');
    if (key === '') continue;
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
    });
    rows.push(r + 1);
  }
  return { records, rows, headerOk };
}

/** What one submission changes in the ledger. */
export interface LedgerPlan {
  /** Records to write, with the 0-based index in the ledger's record list they replace (or -1: append). */
  writes: { index: number; record: LedgerRecord }[];
  added: number;
  replaced: number;
  unchanged: number;
}

/** Staff's exclusion survives a rebuild only while the answer it was about is unchanged. */
function carry(previous: LedgerRecord | undefined, next: LedgerRecord): LedgerRecord {
  if (previous && previous.fingerprint === next.fingerprint && (previous.excluded || previous.excludeCell !== undefined))
    return { ...next, excluded: previous.excluded, excludeCell: previous.excludeCell };
  return next;
}

/**
 * Upserts incoming records into the ledger: a new key is appended, a known key with a new fingerprint
 * replaces its record (an edited response), a known key with the same fingerprint changes nothing
 * (the same submission delivered twice).
 */
export function planUpserts(existing: readonly LedgerRecord[], incoming: readonly LedgerRecord[]): LedgerPlan {
  const at = new Map(existing.map((r, i) => [r.key, i]));
  const plan: LedgerPlan = { writes: [], added: 0, replaced: 0, unchanged: 0 };
  const seen = new Set<string>();
  for (const record of incoming) {
    if (seen.has(record.key)) continue;
    seen.add(record.key);
    const i = at.get(record.key);
    if (i === undefined) {
      plan.writes.push({ index: -1, record });
      plan.added++;
    } else if (existing[i].fingerprint === record.fingerprint) {
      plan.unchanged++;
    } else {
      plan.writes.push({ index: i, record: carry(existing[i], record) });
      plan.replaced++;
    }
  }
  return plan;
}

export interface Rebuild {
  records: LedgerRecord[];
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
}

/**
 * The whole ledger rebuilt from every raw response (reconcile): ordered by responses sheet and row,
 * keeping staff's exclusions of unchanged answers. Running it twice gives the same ledger.
 */
export function rebuildLedger(previous: readonly LedgerRecord[], fresh: readonly LedgerRecord[]): Rebuild {
  const before = new Map(previous.map((r) => [r.key, r]));
  const out: LedgerRecord[] = [];
  const keys = new Set<string>();
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  for (const record of fresh) {
    if (keys.has(record.key)) continue;
    keys.add(record.key);
    const old = before.get(record.key);
    if (!old) added++;
    else if (old.fingerprint !== record.fingerprint) changed++;
    else unchanged++;
    out.push(carry(old, record));
  }
  const removed = previous.filter((r) => !keys.has(r.key)).length;
  return { records: out, added, changed, removed, unchanged };
}
