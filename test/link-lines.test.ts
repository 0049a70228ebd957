/**
 * Evidence links and activity dates as staff paste them, read the same from a Sheet cell (the measures schema)
 * and from a form answer: several links on one line are split when each starts http(s)://, a ';' inside a link
 * stays, and a ';' separates dates on both paths.
 */
import { describe, expect, it } from 'vitest';
import { normaliseAnswer } from '../src/core/forms/answer';
import { answerContext } from '../src/core/forms/context';
import { rowLabels, unitLabel } from '../src/core/forms/questions';
import { MEASURE_HEADER, SHEET } from '../src/core/layout';
import { parseWorkbook } from '../src/core/parse';
import { validateWorkbookData } from '../src/core/validation';
import { linkLines, listLines } from '../src/core/workbook';
import { sampleAgency } from './tools/sample-agency';

describe('linkLines', () => {
  it('splits a line of links at spaces, commas and semicolons before each http(s)://', () => {
    expect(linkLines('https://a.go.th/x https://b.go.th/y')).toEqual(['https://a.go.th/x', 'https://b.go.th/y']);
    expect(linkLines('https://a.go.th/x, https://b.go.th/y;https://c.go.th/z')).toEqual([
      'https://a.go.th/x',
      'https://b.go.th/y',
      'https://c.go.th/z',
    ]);
    expect(linkLines('https://a.go.th/x\n\n  http://b.go.th/y  ')).toEqual(['https://a.go.th/x', 'http://b.go.th/y']);
  });
  it('keeps a ; inside a link, and a line that does not start with a link, whole', () => {
    expect(linkLines('https://a.go.th/p;jsessionid=1')).toEqual(['https://a.go.th/p;jsessionid=1']);
    expect(linkLines('ดูที่ https://a.go.th/x https://b.go.th/y')).toEqual(['ดูที่ https://a.go.th/x https://b.go.th/y']);
  });
  it('listLines: a ; ends an item too', () => {
    expect(listLines('15/12/2567; ๒ ม.ค. ๒๕๖๘\n3/1/2568')).toEqual(['15/12/2567', '๒ ม.ค. ๒๕๖๘', '3/1/2568']);
  });
});

describe('the Sheet and a form answer read pasted links and dates alike', () => {
  const pasted = { evidence: 'https://example.go.th/a, https://example.go.th/b', dates: '15/12/2567; 2/1/2568' };

  it('a measures cell: two links, two dates, no finding on either', () => {
    const data = sampleAgency();
    const values = data[SHEET.measures]!.values;
    const header = values[0].map(String);
    const row = values.findIndex((r, i) => i > 0 && String(r[header.indexOf(MEASURE_HEADER.rowId)]) === 'R4');
    values[row][header.indexOf(MEASURE_HEADER.evidence)] = pasted.evidence;
    values[row][header.indexOf(MEASURE_HEADER.activityDates)] = pasted.dates;
    const result = validateWorkbookData(data);
    const measure = result.workbook.measures.find((m) => m.rowId === 'R4')!;
    expect(measure.evidence).toEqual(['https://example.go.th/a', 'https://example.go.th/b']);
    expect(measure.activityDates).toHaveLength(2);
    const onRow = result.findings.filter(
      (f) =>
        f.row === row + 1 &&
        ([MEASURE_HEADER.evidence, MEASURE_HEADER.activityDates] as string[]).includes(f.header ?? ''),
    );
    expect(onRow).toEqual([]);
  });

  it('a form answer: the same two links and two dates, no warning', () => {
    const wb = parseWorkbook(sampleAgency());
    const a = normaliseAnswer(
      {
        unit: unitLabel(wb.units.find((u) => u.value.code === 'HR')!.value),
        row: rowLabels(wb, 'thai').find((l) => l.rowId === 'R4')!.label,
        round: 'รอบ ๖ เดือน',
        done: 'จัดอบรม',
        dates: pasted.dates,
        evidence: pasted.evidence,
        status: 'ดำเนินการแล้วเสร็จ',
      },
      answerContext(sampleAgency()),
    );
    expect(a.reasons).toEqual([]);
    expect(a.evidence).toEqual(['https://example.go.th/a', 'https://example.go.th/b']);
    expect(a.dates).toEqual(['2024-12-15', '2025-01-02']);
    expect(a.reasons).toEqual([]);
  });
});
