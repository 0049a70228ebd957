import { toThaiDigits } from '../thai';
import type { MeasureRule } from './context';

/**
 * Issues run 1..N in order and stay together (domain brief 4.2). Cross-row: a row's findings depend on every
 * row above it (onEdit gives it the rows above as key cells only, see edited-rows.ts).
 */
export const issueSequenceRule: MeasureRule = ({ workbook, report }) => {
  const rows = workbook.measures;
  const seenIssues = new Set<number>();
  let expectedIssue = 1;
  let previous: (typeof rows)[number] | undefined;
  for (const row of rows) {
    if (!previous || row.issueNo !== previous.issueNo) {
      if (seenIssues.has(row.issueNo)) {
        report(
          'error',
          'issue-split',
          row,
          'issueNo',
          `ประเด็นที่ ${toThaiDigits(String(row.issueNo))} ปรากฏซ้ำแยกจากกลุ่มเดิม — ย้ายแถวนี้ไปต่อท้ายแถวอื่นของประเด็นเดียวกัน`,
          `Issue ${row.issueNo} appears again after other issues; keep its rows together.`,
        );
      } else if (row.issueNo !== expectedIssue) {
        report(
          'error',
          'issue-sequence',
          row,
          'issueNo',
          `ลำดับประเด็นข้าม: คาดว่าเป็นประเด็นที่ ${toThaiDigits(String(expectedIssue))} แต่พบ ${toThaiDigits(String(row.issueNo))}`,
          `Issue numbers must run 1..N without gaps: expected ${expectedIssue}, found ${row.issueNo}.`,
        );
      }
      seenIssues.add(row.issueNo);
      expectedIssue = Math.max(expectedIssue, row.issueNo + 1);
    } else if (row.issueTitle !== previous.issueTitle) {
      report(
        'warning',
        'issue-title-differs',
        row,
        'issueTitle',
        'ข้อความประเด็นการพัฒนาต่างจากแถวก่อนหน้าของประเด็นเดียวกัน — รายงานจะใช้ข้อความของแถวแรก',
        'Issue title differs from the previous row of the same issue; the first row wins.',
      );
    }
    previous = row;
  }
};

/**
 * Measure numbers start with their issue and count 1, 2, 3; a measure is numbered if and only if its issue
 * has more than one (domain brief 4.2). Needs every row of an issue, and nothing else.
 */
export const measureNumberingRule: MeasureRule = ({ workbook, report }) => {
  const rows = workbook.measures;
  // Measures per issue, in order of appearance.
  const byIssue = new Map<number, { rows: typeof rows; measures: string[] }>();
  for (const row of rows) {
    const entry = byIssue.get(row.issueNo) ?? { rows: [], measures: [] };
    entry.rows.push(row);
    const key = row.measureNo || row.measureText;
    if (entry.measures[entry.measures.length - 1] !== key) entry.measures.push(key);
    byIssue.set(row.issueNo, entry);
  }
  for (const [issue, { rows: issueRows, measures }] of byIssue) {
    const distinct = new Set(measures);
    const single = distinct.size === 1;
    let expectedMeasure = 1;
    let last = '';
    for (const row of issueRows) {
      const key = row.measureNo || row.measureText;
      if (single) {
        if (row.measureNo !== '')
          report(
            'warning',
            'measure-number-single',
            row,
            'measureNo',
            'ประเด็นนี้มีมาตรการเดียว ไม่ต้องใส่เลขมาตรการ — เว้นช่องนี้ว่าง',
            'An issue with a single measure leaves the measure number blank.',
          );
        continue;
      }
      if (row.measureNo === '') {
        report(
          'error',
          'measure-number-missing',
          row,
          'measureNo',
          `ประเด็นที่ ${toThaiDigits(String(issue))} มีหลายมาตรการ — ใส่เลขมาตรการ เช่น ${issue}.1`,
          `Issue ${issue} has several measures; number them (${issue}.1, ${issue}.2...).`,
        );
        continue;
      }
      if (key === last) continue;
      if (distinct.has(key) && measures.indexOf(key) !== measures.lastIndexOf(key)) {
        report(
          'error',
          'measure-split',
          row,
          'measureNo',
          `มาตรการที่ ${toThaiDigits(row.measureNo)} ปรากฏซ้ำแยกจากกลุ่มเดิม — ให้แถวของมาตรการเดียวกันอยู่ติดกัน`,
          `Measure ${row.measureNo} appears again after another measure.`,
        );
      }
      const [prefix, seq] = row.measureNo.split('.').map(Number);
      if (prefix !== issue || seq !== expectedMeasure) {
        report(
          'error',
          'measure-sequence',
          row,
          'measureNo',
          `เลขมาตรการควรเป็น ${toThaiDigits(`${issue}.${expectedMeasure}`)} (ขึ้นต้นด้วยเลขประเด็นและเรียงทีละ ๑)`,
          `Measure number should be ${issue}.${expectedMeasure}.`,
        );
      }
      expectedMeasure = (Number.isFinite(seq) ? seq : expectedMeasure) + 1;
      last = key;
    }
  }
};
