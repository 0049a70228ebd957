/**
 * Folds the ledger's records into the report's Contributions: per row and round, after what staff
 * typed (which is never replaced), each unit's entries under its name in bold when several units
 * report (as the seed's issue ๗), and the quantities summed against the target.
 */
import type { MeasureRow, ParsedWorkbook } from '../parse';
import type { Paragraph, RowContribution, Run } from '../report-model';
import { textParagraphs } from '../report-model';
import type { Config, Unit } from '../schemas';
import {
  applyDigitStyle,
  COUNT_PATTERN,
  formatThaiDateShort,
  parseCount,
  parseThaiDate,
  roundPeriod,
  compareDates,
  toArabicDigits,
  type DigitStyle,
  type Round,
} from '../thai';
import { resolveUnits } from '../units';
import { shownIn } from '../urls';
import { cellLines } from '../workbook';
import type { LedgerRecord } from './ledger';

/** The rounds whose answers a report of `round` includes: the 12-month report covers the whole year. */
export function roundsIn(round: Round): readonly Round[] {
  return round === 12 ? [6, 12] : [6];
}

/** A record the report may use: checked, not excluded by staff, for one of the report's rounds. */
export function usable(record: LedgerRecord, round: Round): boolean {
  return (
    record.check !== 'invalid' && !record.excluded && record.round !== null && roundsIn(round).includes(record.round)
  );
}

/**
 * An answer sent before the fiscal year began (1 October of the year before): an earlier year's result, as the
 * ledger of a workbook copied from last year holds. Its timestamp is the ledger's "YYYY-MM-DD HH:mm:ss" (or a
 * date the sheet held); one that cannot be read is taken as this year's.
 */
export function sentBeforeYear(record: LedgerRecord, fiscalYear: number): boolean {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(record.timestamp);
  const day = iso
    ? { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) }
    : parseThaiDate(record.timestamp.split(' ')[0]);
  return day !== null && compareDates(day, roundPeriod(fiscalYear, 6).start) < 0;
}

const COUNT_WORDS = 'ครั้ง|ช่องทาง|เรื่อง|คน|หลักสูตร|รายการ|ฉบับ|ชิ้น|แห่ง|กิจกรรม|โครงการ';
const AT_LEAST = new RegExp(`ไม่\\s*น้อยกว่า\\s*${COUNT_PATTERN}\\s*(${COUNT_WORDS})`);

/** "ไม่น้อยกว่า ๒ ครั้ง" in each target → { qty: 2, word: 'ครั้ง' }. */
export function targetQuantities(targets: readonly string[]): { qty: number; word: string }[] {
  const out: { qty: number; word: string }[] = [];
  for (const t of targets) {
    const m = AT_LEAST.exec(toArabicDigits(t));
    if (m) out.push({ qty: parseCount(m[1]), word: m[2] });
  }
  return out;
}

/**
 * The number of the last bold numbered heading staff typed ("**๑๐. สำนักส่งเสริมฯ**" → 10), 0 when none: the
 * headings added after it follow the staff's own numbers.
 */
function lastTypedHeading(result: string): number {
  let last = 0;
  for (const line of cellLines(result)) {
    const m = /^\*\*\s*([๐-๙\d]+)\.\s/.exec(line);
    if (m) last = Number(toArabicDigits(m[1]));
  }
  return last;
}

const sortKey = (r: LedgerRecord) =>
  `${r.dates.find((d) => /^\d{4}-\d\d-\d\d$/.test(d)) ?? '9999'}|${r.timestamp}|${r.key}`;

function datesText(dates: readonly string[], style: DigitStyle): string {
  const shown = dates.map((d) => {
    const day = parseThaiDate(d);
    return day ? formatThaiDateShort(day, style) : d;
  });
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(' ')} และ ${shown[shown.length - 1]}`;
}

const COMPLETE = 'ดำเนินการแล้วเสร็จ';

/** One record's paragraphs in the result cell: what was done, then (quantity, dates, status), then its links. */
function entryParagraphs(record: LedgerRecord, prefix: string, defaultWord: string, style: DigitStyle): Paragraph[] {
  const lines = cellLines(record.done);
  const out: Paragraph[] = [];
  lines.forEach((line, i) => out.push(...textParagraphs(i === 0 ? `${prefix}${line}` : line, style)));
  const meta: string[] = [];
  if (record.quantity !== null) meta.push(`จำนวน ${record.quantity} ${record.quantityWord || defaultWord}`.trim());
  if (record.dates.length > 0) meta.push(`วันที่ ${datesText(record.dates, style)}`);
  if (record.status !== '' && record.status !== COMPLETE) meta.push(`สถานะ${record.status}`);
  if (meta.length > 0) out.push(...textParagraphs(`(${meta.join(' ')})`, style));
  const inDone = shownIn(record.done); // whole URLs: https://x/ita is not in https://x/ita/stat
  for (const link of record.evidence) {
    if (inDone(link)) continue;
    // Its URL becomes the link (trailing punctuation stays text); anything else prints as text.
    out.push(...textParagraphs(link, style));
  }
  return out;
}

function bold(text: string): Paragraph {
  const run: Run = { text, bold: true };
  return { runs: [run] };
}

/**
 * The contribution of the ledger to one row, or undefined when no usable record names it.
 * `records` are the row's usable records.
 */
export function rowContribution(
  row: MeasureRow,
  records: readonly LedgerRecord[],
  units: readonly Unit[],
  style: DigitStyle,
): RowContribution | undefined {
  if (records.length === 0) return undefined;
  const targets = targetQuantities(row.targets);
  const words = [...new Set(targets.map((t) => t.word))];
  const defaultWord = words.length === 1 ? words[0] : '';

  // Group by unit, in the units sheet's order (a unit no longer listed goes last, under its code).
  const order = new Map(units.map((u, i) => [u.code, i]));
  const groups = new Map<string, LedgerRecord[]>();
  for (const r of [...records].sort((a, b) => sortKey(a).localeCompare(sortKey(b))))
    groups.set(r.unit, [...(groups.get(r.unit) ?? []), r]);
  const codes = [...groups.keys()].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9) || a.localeCompare(b));

  const owners = resolveUnits(row.units, units);
  const singleOwner = !owners.all && owners.units.length === 1 ? owners.units[0].code : undefined;
  const headed = codes.length > 1 || singleOwner === undefined || codes[0] !== singleOwner;

  const result: Paragraph[] = [];
  let n = lastTypedHeading(row.result);
  for (const code of codes) {
    const entries = groups.get(code)!;
    if (headed) {
      n++;
      const name = units.find((u) => u.code === code)?.name ?? code;
      result.push(bold(applyDigitStyle(`${n}. ${name}`, style)));
    }
    entries.forEach((r, i) =>
      result.push(...entryParagraphs(r, entries.length > 1 ? `(${i + 1}) ` : '', defaultWord, style)),
    );
  }

  // Quantities, summed per counting word and compared with the target "ไม่น้อยกว่า N <word>".
  const sums = new Map<string, number>();
  for (const r of records) {
    if (r.quantity === null) continue;
    const word = r.quantityWord || defaultWord;
    sums.set(word, (sums.get(word) ?? 0) + r.quantity);
  }
  const output: Paragraph[] = [];
  for (const [word, sum] of sums) {
    const total = Math.round(sum * 1000) / 1000;
    const target = targets.find((t) => t.word === word);
    const text = target
      ? `ดำเนินการรวม ${total} ${word} ${total >= target.qty ? 'บรรลุค่าเป้าหมาย' : 'ยังไม่บรรลุค่าเป้าหมาย'} (ไม่น้อยกว่า ${target.qty} ${word})`
      : `ดำเนินการรวม ${total} ${word}`.trim();
    output.push(...textParagraphs(text, style));
  }
  return { result, ...(output.length > 0 ? { output } : {}) };
}

/** Usable records grouped by row id (only rows of the workbook; units must still exist). */
export function recordsByRow(
  workbook: ParsedWorkbook,
  records: readonly LedgerRecord[],
  round: Round,
): Map<string, LedgerRecord[]> {
  const rowIds = new Set(workbook.measures.map((m) => m.rowId));
  const codes = new Set(workbook.units.map((u) => u.value.code));
  const out = new Map<string, LedgerRecord[]>();
  for (const r of records) {
    if (!usable(r, round) || !rowIds.has(r.rowId) || !codes.has(r.unit)) continue;
    out.set(r.rowId, [...(out.get(r.rowId) ?? []), r]);
  }
  return out;
}

/** Merges several contributions to one row, in order. */
export function mergeContribution(
  a: RowContribution | undefined,
  b: RowContribution | undefined,
): RowContribution | undefined {
  if (!a) return b;
  if (!b) return a;
  const join = (x?: Paragraph[], y?: Paragraph[]) => (x || y ? [...(x ?? []), ...(y ?? [])] : undefined);
  const out: RowContribution = {};
  const output = join(a.output, b.output);
  const outcome = join(a.outcome, b.outcome);
  const result = join(a.result, b.result);
  if (output) out.output = output;
  if (outcome) out.outcome = outcome;
  if (result) out.result = result;
  return out;
}

export function ledgerContributions(
  workbook: ParsedWorkbook,
  config: Config,
  records: readonly LedgerRecord[],
): Map<string, RowContribution> {
  const units = workbook.units.map((u) => u.value);
  const byRow = recordsByRow(workbook, records, config.round);
  const out = new Map<string, RowContribution>();
  for (const row of workbook.measures) {
    if (out.has(row.rowId)) continue;
    const c = rowContribution(row, byRow.get(row.rowId) ?? [], units, config.digitStyle);
    if (c) out.set(row.rowId, c);
  }
  return out;
}
