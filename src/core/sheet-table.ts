import type { Finding } from './findings';
import { describeNotesEn, describeNotesTh, hasNotes } from './text-clean';
import { normaliseHeader, readCell, type CellReading, type SheetData } from './workbook';

/**
 * A data sheet read by header text: staff may reorder columns or add their own.
 * The header row is the first row (of the first five) holding the sheet's first required header.
 */
export interface TableRow<K extends string> {
  /** 1-based sheet row. */
  row: number;
  /** Text of each known column ('' when the column is missing or empty). */
  text: Record<K, string>;
  /** Link behind each known column's cell, if any. */
  link: Record<K, string | undefined>;
  /** Columns whose cell shows a formula error ("#REF!" …): already reported; their text is ''. */
  errors: Partial<Record<K, string>>;
}

export interface Table<K extends string> {
  sheet: string;
  headerRow: number;
  /** 1-based column of each header, when present. */
  columns: Partial<Record<K, number>>;
  rows: TableRow<K>[];
  findings: Finding[];
}

/** Where a cell is, for its findings. */
type CellAt = Pick<Finding, 'sheet' | 'row' | 'column' | 'header'>;

/**
 * What the cleaning boundary found in one cell, as a finding: a formula's error value (an error; the cell's
 * text is '') or text it changed (a warning: the report prints the cleaned text). Undefined when neither.
 */
export function cellReadingFinding(cell: CellReading, at: CellAt): Finding | undefined {
  if (cell.error) {
    return {
      severity: 'error',
      rule: 'cell-error-value',
      ...at,
      messageTh: `เซลล์นี้แสดงค่าผิดพลาดจากสูตร "${cell.error}" — แก้สูตร หรือพิมพ์ข้อความแทน (ค่าผิดพลาดจะไม่ถูกพิมพ์ในรายงาน)`,
      messageEn: `The cell shows the formula error ${cell.error}.`,
    };
  }
  if (!hasNotes(cell.notes)) return undefined;
  return {
    severity: 'warning',
    rule: 'text-cleaned',
    ...at,
    messageTh: describeNotesTh(cell.notes),
    messageEn: describeNotesEn(cell.notes),
  };
}

/** The header row (0-based): the first of the top five rows holding `anchor` (normalised), else the first row. */
export function headerRowIndex(values: readonly unknown[][], anchor: string): number {
  const found = values.slice(0, 5).findIndex((r) => Array.isArray(r) && r.some((c) => normaliseHeader(c) === anchor));
  return Math.max(found, 0);
}

export function readTable<K extends string>(
  sheetName: string,
  data: SheetData | undefined,
  headers: Record<K, string>,
  required: readonly NoInfer<K>[],
): Table<K> {
  const keys = Object.keys(headers) as K[];
  const findings: Finding[] = [];
  if (!data) {
    findings.push({
      severity: 'error',
      rule: 'sheet-missing',
      sheet: sheetName,
      row: 0,
      column: 0,
      header: '',
      messageTh: `ไม่พบชีต "${sheetName}" — เรียกเมนู "ตั้งค่าสมุดงาน" เพื่อสร้างชีตนี้ใหม่ แล้วกรอกข้อมูล`,
      messageEn: `Sheet "${sheetName}" is missing; run set-up to recreate it.`,
    });
    return { sheet: sheetName, headerRow: 0, columns: {}, rows: [], findings };
  }
  const values = data.values;
  const wanted = new Map(keys.map((k) => [normaliseHeader(headers[k]), k]));
  const anchor = normaliseHeader(headers[required[0] ?? keys[0]]);
  const headerIndex = headerRowIndex(values, anchor);
  const columns: Partial<Record<K, number>> = {};
  (values[headerIndex] ?? []).forEach((cell, c) => {
    const key = wanted.get(normaliseHeader(cell));
    if (key !== undefined && columns[key] === undefined) columns[key] = c + 1;
  });
  for (const key of required) {
    if (columns[key] !== undefined) continue;
    findings.push({
      severity: 'error',
      rule: 'header-missing',
      sheet: sheetName,
      row: headerIndex + 1,
      column: 0,
      header: headers[key],
      messageTh: `ไม่พบคอลัมน์ "${headers[key]}" ในแถวหัวตารางของชีต "${sheetName}" — ตั้งชื่อหัวคอลัมน์ให้ตรงตามนี้ หรือเรียกเมนู "ตั้งค่าสมุดงาน" เพื่อเพิ่มคอลัมน์`,
      messageEn: `Column "${headers[key]}" not found in the header row of "${sheetName}".`,
    });
  }
  const at = (row: number, column: number, key: K) => ({ sheet: sheetName, row, column, header: headers[key] });
  const rows: TableRow<K>[] = [];
  for (let r = headerIndex + 1; r < values.length; r++) {
    const line = values[r];
    if (!Array.isArray(line)) continue;
    const text = {} as Record<K, string>;
    const link = {} as Record<K, string | undefined>;
    const errors: Partial<Record<K, string>> = {};
    const cellFindings: Finding[] = [];
    let empty = true;
    for (const key of keys) {
      const c = columns[key];
      if (c === undefined) {
        text[key] = '';
        link[key] = undefined;
        continue;
      }
      const cell = readCell(line[c - 1]);
      text[key] = cell.text;
      const url = data.links?.[r]?.[c - 1];
      link[key] = url ? readCell(url).text || undefined : undefined;
      if (text[key] !== '' || link[key] || cell.error) empty = false;
      if (cell.error) errors[key] = cell.error;
      const found = cell.error || hasNotes(cell.notes) ? cellReadingFinding(cell, at(r + 1, c, key)) : undefined;
      if (found) cellFindings.push(found);
    }
    // Blank rows in the middle are skipped, not errors: staff leave gaps while typing.
    if (!empty) {
      rows.push({ row: r + 1, text, link, errors });
      findings.push(...cellFindings);
    }
  }
  return { sheet: sheetName, headerRow: headerIndex + 1, columns, rows, findings };
}
