/**
 * The findings sheet (ผลการตรวจสอบ) kept up to date through the built bundle: findings added, removed and
 * changed in the middle of a long sorted list are written as row inserts, deletes and single rows, and the
 * sheet then holds exactly what a fresh full write holds.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHEET } from '../src/core/layout';
import type { WorkbookData } from '../src/core/workbook';
import { createGasGlobals, loadBundle } from './fakes';
import { generateWorkbook } from './tools/generate-workbook';

const BUNDLE = new URL('../dist/Code.js', import.meta.url).pathname;

function project(data: WorkbookData) {
  const fakes = createGasGlobals({ spreadsheet: { name: 'ITA', timeZone: 'Asia/Bangkok' } });
  for (const [name, sheet] of Object.entries(data)) fakes.seed(name, sheet?.values ?? []);
  return { fakes, context: loadBundle(BUNDLE, fakes.globals) };
}

const unitColumn = (data: WorkbookData) => (data['มาตรการ']!.values[0] as string[]).indexOf('ผู้รับผิดชอบ');

/** The findings sheet as staff see it: values, and the jump-link formulas. */
function findingsSheet(fakes: ReturnType<typeof project>['fakes']) {
  const sheet = fakes.sheet(SHEET.findings);
  return { values: sheet._values(), formulas: sheet._read('formula') };
}

describe.skipIf(!existsSync(BUNDLE))('the findings sheet, updated in place', () => {
  it('a finding added among 200 in a 1,000-row workbook, then removed: one insert, one delete, a few cells, the same sheet as a fresh write', () => {
    const data = generateWorkbook({ rows: 1000 });
    // A long list of findings to keep: every fifth row names a unit that does not exist.
    for (let r = 5; r <= 1000; r += 5) data['มาตรการ']!.values[r][unitColumn(data)] = 'ไม่มีหน่วยนี้';
    const p = project(data);
    p.context.validateWorkbook();
    const before = findingsSheet(p.fakes).values.length;
    expect(before).toBeGreaterThan(150);
    // Staff make one more row wrong (row 503, between two listed ones) and change nothing else.
    const measures = p.fakes.sheet('มาตรการ');
    measures._setValues(503, unitColumn(data) + 1, [['หน่วยที่ไม่มี']]);
    p.fakes.calls.reset();
    p.context.validateWorkbook();
    const written = p.fakes.calls.cellsBy;
    const findingsWrites = [...written].filter(([k]) => k === 'Range.setValues').reduce((a, [, n]) => a + n, 0);
    expect(findingsWrites).toBeLessThan(60);
    expect(p.fakes.calls.count('Sheet.insertRowsAfter')).toBe(1);

    // The same workbook validated once from scratch gives the same findings sheet.
    const fresh = project(structuredClone(data));
    fresh.fakes.sheet('มาตรการ')._setValues(503, unitColumn(data) + 1, [['หน่วยที่ไม่มี']]);
    fresh.context.validateWorkbook();
    expect(findingsSheet(p.fakes)).toEqual(findingsSheet(fresh.fakes));
    expect(findingsSheet(p.fakes).values.length).toBe(before + 1);

    // Fixed again: the row goes away with one delete, and the sheet is as before.
    measures._setValues(503, unitColumn(data) + 1, [[data['มาตรการ']!.values[502][unitColumn(data)]]]);
    p.fakes.calls.reset();
    p.context.validateWorkbook();
    expect(p.fakes.calls.count('Sheet.deleteRows')).toBe(1);
    expect(findingsSheet(p.fakes).values.length).toBe(before);
  });

  it("warns staff before they type in it (warning-only protection, made once; an administrator's own kept)", () => {
    const p = project(generateWorkbook({ rows: 20 }));
    p.context.validateWorkbook();
    p.context.validateWorkbook();
    const sheet = p.fakes.sheet(SHEET.findings);
    expect(sheet._protections.map((x) => [x._type, x.isWarningOnly()])).toEqual([['SHEET', true]]);
    expect(sheet._protections[0].getDescription()).toContain('ผลการตรวจสอบ');

    // A findings sheet an administrator protected (not warning-only) before the first validation keeps that.
    const q = project(generateWorkbook({ rows: 20 }));
    q.fakes.seed(SHEET.findings, []);
    const own = q.fakes.sheet(SHEET.findings);
    own.protect().setDescription('admin');
    q.context.validateWorkbook();
    expect(own._protections.map((x) => [x.getDescription(), x.isWarningOnly()])).toEqual([['admin', false]]);
  });
});
