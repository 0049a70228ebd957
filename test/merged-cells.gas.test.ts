/**
 * A measures sheet pasted from last year's Word table: the indicator, issue and measure cells merged down their
 * rows (Sheets keeps the value in the top cell only). Through the built bundle over the fakes, validation, the
 * menu report, the progress form and onEdit read it as the same sheet with the value on every row.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHEET } from '../src/core/layout';
import { editCell } from './fakes';
import type { DocsSimulator } from './tools/docs-simulator';
import { seedProject } from './tools/forms-project';
import { mergeRunsOf } from './tools/merged-seed';

const BUNDLE = new URL('../dist/Code.js', import.meta.url).pathname;

const project = seedProject;
type Project = ReturnType<typeof project>;

const measuresOf = (p: Project) => p.fakes.spreadsheet._sheetNamed(SHEET.measures)!;

/** Merges every run of equal cells down the repeated columns, as a pasted Word table has them; the count. */
function mergeRuns(p: Project): number {
  const sheet = measuresOf(p);
  const merges = mergeRunsOf(sheet._values());
  for (const m of merges) sheet.getRange(m.row, m.column, m.numRows, m.numColumns).merge();
  return merges.length;
}

function findingsOf(p: Project): string[] {
  return p.fakes.spreadsheet
    ._sheetNamed(SHEET.findings)!
    ._values()
    .map((r) => r.map(String).join(' | '));
}

function reportCells(p: Project): string[] {
  p.context.generateReport();
  const failed = p.fakes.recorded.alerts.filter((a) => /ไม่ได้|ไม่สำเร็จ/.test(a.title ?? ''));
  expect(failed).toEqual([]);
  const doc = [...p.docs.values()].at(-1) as DocsSimulator | undefined;
  expect(doc, 'a report Doc').toBeDefined();
  return doc!
    .tables()[0]
    .cells.flat()
    .map((c) => c.text);
}

describe.skipIf(!existsSync(BUNDLE))('cells merged down an issue or a measure, through the bundle', () => {
  it('validation finds what it finds in the same sheet unmerged: no "required" error on the covered rows', () => {
    const plain = project();
    plain.context.validateWorkbook();
    const merged = project();
    const count = mergeRuns(merged);
    expect(count).toBeGreaterThan(10);
    // What Sheets gives for a covered cell: nothing.
    expect(
      measuresOf(merged)
        ._values()
        .some((r, i) => i > 0 && String(r[1]) === ''),
    ).toBe(true);
    merged.context.validateWorkbook();
    expect(findingsOf(merged)).toEqual(findingsOf(plain));
    // Nothing staff typed is changed: the covered cells stay empty, the merges stay.
    expect(measuresOf(merged)._mergedA1()).toHaveLength(count);
  });

  it('the menu report and the progress form are those of the sheet unmerged', () => {
    const plain = project();
    const merged = project();
    mergeRuns(merged);
    expect(reportCells(merged)).toEqual(reportCells(plain));
    plain.context.syncForms();
    merged.context.syncForms();
    const choices = (p: Project) => [...p.fakes.workspace.forms.values()][0]._items.map((i) => [i.title, i.choices]);
    expect(choices(merged)).toEqual(choices(plain));
  });

  it('onEdit of a row inside a merge marks it as the full validation does', () => {
    const merged = project();
    mergeRuns(merged);
    merged.context.validateWorkbook();
    const sheet = measuresOf(merged);
    const header = sheet._values()[0].map(String);
    const unit = header.indexOf('ผู้รับผิดชอบ') + 1;
    // A row whose issue cell is covered by a merge (its top is a row above).
    const row = sheet._values().findIndex((r, i) => i > 1 && String(r[header.indexOf('ประเด็นที่')]) === '') + 1;
    expect(row).toBeGreaterThan(2);
    sheet._setValues(row, unit, [['หน่วยที่ไม่มี']]);
    merged.fakes.run({ authMode: 'LIMITED' }, () =>
      merged.context.onEdit(editCell(sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet, row, unit, 'หน่วยที่ไม่มี')),
    );
    const afterEdit = { notes: sheet._read('note'), backgrounds: sheet._read('background') };
    expect(afterEdit.notes[row - 1].filter((n) => n !== '')).toHaveLength(1); // the unit only, nothing "required"
    expect(afterEdit.notes[row - 1][unit - 1]).not.toBe('');
    merged.context.validateWorkbook();
    expect(sheet._read('note')).toEqual(afterEdit.notes);
    expect(sheet._read('background')).toEqual(afterEdit.backgrounds);
  });
});
