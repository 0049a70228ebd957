/**
 * Edits one after another through onEdit alone (no validation between them) in one project, and each followed by
 * the menu's validation in a twin: after every edit the edited rows look the same in both, and once the first
 * project is validated too, every sheet and the memory's lines are the same. Through the built bundle.
 */
import { describe, expect, it } from 'vitest';
import { SHEET } from '../src/core/layout';
import type { WorkbookData } from '../src/core/workbook';
import { sheetsOnEdit } from './fakes';
import { everything, marksOf, memoryKeys, project, random, stepOf } from './tools/edit-sequence';
import { generateWorkbook } from './tools/generate-workbook';

function runTwins(seed: number, steps: number, data: WorkbookData) {
  const a = project(data);
  const b = project(data);
  const rnd = random(seed);
  for (const p of [a, b]) {
    const measures = p.fakes.sheet(SHEET.measures);
    const staff = random(seed + 100);
    for (let i = 0; i < 20; i++)
      measures._setBackground(2 + Math.floor(staff() * 59), 1 + Math.floor(staff() * 14), '#d9ead3');
    p.context.validateWorkbook();
  }
  const failures: string[] = [];
  for (let i = 0; i < steps && failures.length === 0; i++) {
    const step = stepOf(rnd, a.fakes, false);
    const name = step.sheet.getName();
    const twin = b.fakes.sheet(name);
    // The edited sheet's values, rows cleared at the bottom included (past the data range of the first project).
    const values = step.sheet._values();
    const width = Math.max(...values.map((l) => l.length), ...twin._values().map((l) => l.length));
    const rows = Math.max(values.length, twin._values().length);
    twin._setValues(
      1,
      1,
      Array.from({ length: rows }, (_, r) => Array.from({ length: width }, (_, c) => values[r]?.[c] ?? '')),
    );
    const box = {
      row: step.first,
      column: step.left,
      numRows: step.last - step.first + 1,
      numColumns: step.right - step.left + 1,
    };
    for (const [p, sheet] of [
      [a, step.sheet],
      [b, twin],
    ] as const)
      p.fakes.run({ authMode: 'LIMITED' }, () =>
        p.context.onEdit(sheetsOnEdit(sheet._range(box) as unknown as GoogleAppsScript.Spreadsheet.Range)),
      );
    b.context.validateWorkbook();
    const [left, right] = [marksOf(step.sheet, step.first, step.last), marksOf(twin, step.first, step.last)];
    if (JSON.stringify(left) !== JSON.stringify(right))
      failures.push(
        `step ${i} (${name} ${step.first}-${step.last}): onEdit alone ${JSON.stringify(left)} twin ${JSON.stringify(right)}`,
      );
    const keys = memoryKeys(a.fakes);
    if (new Set(keys).size !== keys.length) failures.push(`step ${i}: a memory line twice after onEdit`);
  }
  expect(failures.map((f) => f.slice(0, 1500))).toEqual([]);
  a.context.validateWorkbook();
  expect(everything(a.fakes)).toEqual(everything(b.fakes));
  expect(memoryKeys(a.fakes).sort()).toEqual(memoryKeys(b.fakes).sort());
}
describe('onEdit after onEdit', () => {
  for (const seed of [21, 22, 23])
    it(`onEdit after onEdit leaves what the menu's validation after each would (seed ${seed})`, () => {
      runTwins(seed, 30, generateWorkbook({ rows: 60, seed }));
    });
});
