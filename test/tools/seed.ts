import { readFileSync } from 'node:fs';
import type { WorkbookData } from '../../src/core/workbook';

/** The seed report in the sheet layout, as getValues() would return each sheet. */
export function seedWorkbook(): WorkbookData {
  const raw = JSON.parse(readFileSync(new URL('../fixtures/seed-2567.json', import.meta.url), 'utf8')) as Record<
    string,
    unknown[][]
  >;
  return Object.fromEntries(Object.entries(raw).map(([name, values]) => [name, { values }]));
}
