/**
 * The measures as the cross-row rules see them (row id, heading order, issue sequence: CROSS_ROW_RULES): every row
 * whose key cells (row id, heading, issue number) are filled, whether or not another of its cells keeps it from
 * parsing. onEdit sees the other rows by their key cells only (edited-rows.ts); the full run counts the same rows,
 * so the two agree, and a row missing, say, its unit is one error, not also "issue skipped" on the row below.
 */
import { MEASURE_HEADER } from '../layout';
import type { MeasureRow } from '../parse';
import { measureSchema } from '../schemas';
import { cellText, normaliseHeader } from '../workbook';

/** The key cells the cross-row rules read, and the issue number that bounds the window. */
export const KEY_FIELDS = ['rowId', 'heading', 'issueNo'] as const;
export type KeyField = (typeof KEY_FIELDS)[number];

/** 1-based columns of the key cells, from the header row; undefined when one is missing (the caller reads all). */
export function keyColumns(header: readonly unknown[]): Record<KeyField, number> | undefined {
  const at = (field: KeyField) =>
    header.findIndex((c) => normaliseHeader(c) === normaliseHeader(MEASURE_HEADER[field])) + 1;
  const columns = { rowId: at('rowId'), heading: at('heading'), issueNo: at('issueNo') };
  return Object.values(columns).every((c) => c > 0) ? columns : undefined;
}

/** The key cells of the sheet: `values[i]` is sheet row i + 2, over columns left..left + width − 1. */
export interface KeyCells {
  left: number;
  values: readonly (readonly unknown[])[];
}

/** Each key column's cells as text, made once per KeyCells: the window, the spans and the rows above all read them. */
const keyTexts = new WeakMap<KeyCells, Map<number, string[]>>();

/** A key column as text: index row − 2 for sheet row `row` (the loops below index it directly, row by row). */
export function keyColumnTexts(keys: KeyCells, columns: Record<KeyField, number>, field: KeyField): string[] {
  let byColumn = keyTexts.get(keys);
  if (!byColumn) keyTexts.set(keys, (byColumn = new Map()));
  const at = columns[field] - keys.left;
  let texts = byColumn.get(at);
  if (!texts) byColumn.set(at, (texts = keys.values.map((line) => cellText(line?.[at]))));
  return texts;
}

/** A row seen by its key cells only; the other fields empty (shared empty lists: nothing writes to them). */
const NONE: string[] = [];
function keyOnlyRow(row: number, rowId: string, heading: string, issueNo: number): MeasureRow {
  return {
    row,
    rowId,
    heading,
    issueNo,
    issueTitle: '',
    measureNo: '',
    measureText: '',
    targets: NONE,
    output: '',
    outcome: '',
    result: '',
    units: NONE,
    status: '',
    evidence: NONE,
    activityDates: NONE,
    timeframe: '',
    budget: '',
  };
}

/**
 * Rows from..before − 1 but those `skip` names, as the cross-row rules see them; rows whose key cells do not parse
 * are left out. The schema decides, once per distinct issue-number text (thousands of rows share a few numbers).
 */
export function keyOnlyRows(
  keys: KeyCells,
  columns: Record<KeyField, number>,
  before: number,
  skip: (row: number) => boolean,
  from = 2,
): MeasureRow[] {
  const out: MeasureRow[] = [];
  const shape = measureSchema.shape;
  const issues = new Map<string, number | undefined>();
  const issueOf = (text: string) => {
    const known = issues.get(text);
    if (known !== undefined || issues.has(text)) return known;
    const parsed = shape.issueNo.parse(text);
    issues.set(text, parsed.ok ? parsed.value : undefined);
    return parsed.ok ? parsed.value : undefined;
  };
  const rowIds = keyColumnTexts(keys, columns, 'rowId');
  const headings = keyColumnTexts(keys, columns, 'heading');
  const issueNos = keyColumnTexts(keys, columns, 'issueNo');
  for (let row = from; row < before; row++) {
    if (skip(row)) continue;
    // rowId and heading are required() in the schema: present once cleaned.
    const rowId = rowIds[row - 2] ?? '';
    const heading = headings[row - 2] ?? '';
    const issueNo = issueOf(issueNos[row - 2] ?? '');
    if (rowId === '' || heading === '' || issueNo === undefined) continue;
    out.push(keyOnlyRow(row, rowId, heading, issueNo));
  }
  return out;
}

/** Two lists already in row order, as one. */
export function mergeByRow(a: readonly MeasureRow[], b: readonly MeasureRow[]): MeasureRow[] {
  const out: MeasureRow[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length)
    out.push(j >= b.length || (i < a.length && a[i].row < b[j].row) ? a[i++] : b[j++]);
  return out;
}

/**
 * The full run's rows for the cross-row rules: the rows that parse and, by their key cells, those that do not.
 * `values` is the measures sheet as read (header in row 1, as onEdit expects; otherwise the parsed rows only).
 */
export function crossRowMeasures(
  parsed: readonly MeasureRow[],
  values: readonly (readonly unknown[])[] | undefined,
): readonly MeasureRow[] {
  const columns = values?.[0] ? keyColumns(values[0]) : undefined;
  if (!values || !columns) return parsed;
  const rows = new Set(parsed.map((m) => m.row));
  const unparsed = keyOnlyRows({ left: 1, values: values.slice(1) }, columns, values.length + 1, (row) =>
    rows.has(row),
  );
  return unparsed.length === 0 ? parsed : mergeByRow(unparsed, parsed);
}
