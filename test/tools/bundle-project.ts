/**
 * The built bundle over fresh fakes, seeded with a workbook: the set-up the bundle tests of onEdit and the marks
 * share (test/on-edit-*.gas.test.ts, marks-row-identity, the edit sequences).
 */
import type { WorkbookData } from '../../src/core/workbook';
import { createGasGlobals, loadBundle, type FakeSheet } from '../fakes';

const BUNDLE = new URL('../../dist/Code.js', import.meta.url).pathname;

export function project(data: WorkbookData) {
  const fakes = createGasGlobals({ spreadsheet: { name: 'ITA', timeZone: 'Asia/Bangkok' } });
  for (const [name, sheet] of Object.entries(data)) fakes.seed(name, sheet?.values ?? []);
  return { fakes, context: loadBundle(BUNDLE, fakes.globals) };
}

/** A fake sheet as the Apps Script type an event carries. */
export const asSheet = (sheet: FakeSheet) => sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet;

/** The 1-based column of a header in row 1. */
export const col = (sheet: FakeSheet, header: string) => sheet._values()[0].indexOf(header) + 1;
