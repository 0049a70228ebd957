/**
 * onEdit validates a few measure rows from the key columns of the others (core/validation/edited-rows.ts).
 * For workbooks with errors of every cross-row kind, its findings on the edited rows must be the full
 * validation's findings on those rows, for edits anywhere (first rows, last rows, inside an issue, a paste).
 */
import { describe, expect, it } from 'vitest';
import { SHEET } from '../src/core/layout';
import { validateWorkbookData } from '../src/core/validation';
import {
  editWindow,
  keyColumns,
  rowsToRead,
  validateEditedRows,
  WINDOW_REACH,
} from '../src/core/validation/edited-rows';
import type { Finding } from '../src/core/findings';
import type { WorkbookData } from '../src/core/workbook';
import { generateWorkbook } from './tools/generate-workbook';

function onEditFindings(data: WorkbookData, first: number, last: number): string[] {
  const values = data[SHEET.measures]!.values;
  const header = values[0];
  const columns = keyColumns(header)!;
  const left = Math.min(...Object.values(columns));
  const right = Math.max(...Object.values(columns));
  const keys = { left, values: values.slice(1).map((line) => line.slice(left - 1, right)) };
  const blocks = rowsToRead(keys, columns, first, last).map((span) => ({
    first: span.first,
    values: Array.from(
      { length: span.last - span.first + 1 },
      (_, i) => values[span.first - 1 + i] ?? header.map(() => ''),
    ),
  }));
  const other = Object.fromEntries(Object.entries(data).filter(([name]) => name !== SHEET.measures));
  const result = validateEditedRows({ header, keys, columns, blocks, other });
  return onRows(result.findings, first, last);
}

const onRows = (findings: Finding[], first: number, last: number) =>
  findings
    .filter((f) => f.sheet === SHEET.measures && f.row >= first && f.row <= last)
    .map((f) => `${f.row}:${f.column}:${f.rule}:${f.messageTh}`);

/** A generated workbook with the cross-row mistakes staff make, at known rows. */
function damaged(): WorkbookData {
  const data = generateWorkbook({ rows: 300, seed: 7 });
  const values = data[SHEET.measures]!.values;
  const col = (h: string) => (values[0] as string[]).indexOf(h);
  values[40][col('รหัสแถว')] = values[10][col('รหัสแถว')]; // a duplicate id (the later row is flagged)
  values[60][col('ตัวชี้วัด')] = 'H9'; // an unknown heading
  values[values.length - 10][col('ตัวชี้วัด')] = 'H1'; // a heading that goes back (the last rows are OIT)
  const issueAt = col('ประเด็นที่');
  values[120][issueAt] = Number(values[120][issueAt]) + 5; // a gap in the issue sequence
  values[150][issueAt] = 1; // an issue seen before, split from its group
  values[200][col('มาตรการที่')] = '9.9'; // a wrong measure number
  values[201][col('มาตรการ/แนวทางปฏิบัติ')] = ''; // a row the parser drops (required cell empty)
  values[230][col('ผู้รับผิดชอบ')] = 'หน่วยที่ไม่มี';
  values[250][col('ประเด็นการพัฒนา')] = 'ข้อความอื่น'; // the title differs from the row above in the same issue
  return data;
}

describe('onEdit validates edited rows from key columns', () => {
  // The workbook comes from a test tool (no src code); the validation runs inside the test: code run when the
  // file loads belongs to no test, and Stryker would run its mutants against every test.
  const data = damaged();

  it('gives the full validation’s findings on the edited rows, wherever the edit is', () => {
    const full = validateWorkbookData(data).findings;
    const rows = data[SHEET.measures]!.values.length;
    const edits: [number, number][] = [
      [2, 2],
      [2, 30],
      [rows, rows],
      [rows - 20, rows + 5],
    ];
    for (const r of [11, 41, 61, rows - 9, 121, 151, 201, 202, 203, 231, 251]) edits.push([r, r], [r - 1, r + 1]);
    for (let r = 3; r < rows; r += 17) edits.push([r, r + (r % 5)]);
    let compared = 0;
    for (const [first, last] of edits) {
      const expected = onRows(full, first, last);
      expect(onEditFindings(data, first, last), `rows ${first}-${last}`).toEqual(expected);
      compared += expected.length;
    }
    // The damaged rows really produce findings, so the comparison is not between two empty lists.
    expect(compared).toBeGreaterThan(20);
    for (const rule of [
      'row-id-duplicate',
      'heading-unknown',
      'heading-order',
      'issue-sequence',
      'issue-split',
      'measure-sequence',
      'unit-unknown',
      'issue-title-differs',
    ])
      expect(
        full.some((f) => f.rule === rule),
        rule,
      ).toBe(true);
  });

  it('reads the rows of the edited issue, and no more than WINDOW_REACH rows each way', () => {
    const values = data[SHEET.measures]!.values;
    const header = values[0];
    const columns = keyColumns(header)!;
    const keys = { left: 1, values: values.slice(1).map((line) => line.slice(0, 3)) };
    const issue = (r: number) => String(values[r - 1][columns.issueNo - 1]);
    const w = editWindow(keys, columns, 100, 100);
    expect(issue(w.first)).toBe(issue(100));
    expect(issue(w.last)).toBe(issue(100));
    expect(w.first === 2 || issue(w.first - 1) !== issue(100)).toBe(true);
    expect(issue(w.last + 1)).not.toBe(issue(100));
    // One issue of 1,000 rows: the window stops at the reach.
    const long = { left: 1, values: Array.from({ length: 1000 }, (_, i) => [`R${i}`, 'H1', 1]) };
    const capped = editWindow(long, { rowId: 1, heading: 2, issueNo: 3 }, 500, 500);
    expect(capped).toEqual({ first: 500 - WINDOW_REACH, last: 500 + WINDOW_REACH });
  });

  it('keys the marks by row id over the whole sheet: an id used twice has no key, as in a full run', () => {
    const values = data[SHEET.measures]!.values;
    const header = values[0];
    const columns = keyColumns(header)!;
    const keys = { left: 1, values: values.slice(1).map((line) => line.slice(0, 3)) };
    const result = validateEditedRows({
      header,
      keys,
      columns,
      blocks: [{ first: 41, values: [values[40]] }],
      other: {},
    });
    // Row 41 from its block, row 11 from the key columns; one text per sheet row, the header's blank.
    expect(result.rowIds[40]).toBe(String(values[40][0]));
    expect(result.rowIds[10]).toBe(String(values[10][0]));
    expect(result.rowIds[0]).toBe('');
    expect(result.rowIds.length).toBe(values.length);
    expect(result.header).toEqual(header);
  });
});
