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

/**
 * The seed as a 6-month report (examples/seed-2567-6.xlsx): the round set to 6 and the activity dates after
 * the round's end (31 March) left out, as they had not happened yet; every other cell as in the seed.
 */
export function seedWorkbookRound6(): WorkbookData {
  const data = seedWorkbook();
  const config = data['ตั้งค่า']!.values;
  config.find((row) => row[0] === 'รอบรายงาน')![1] = 6;
  const fiscalYear = Number(config.find((row) => row[0] === 'ปีงบประมาณ (พ.ศ.)')![1]);
  const lastDay = `${fiscalYear - 543}-03-31`;
  const [header, ...rows] = data['มาตรการ']!.values;
  const column = header.indexOf('วันที่ดำเนินการ');
  for (const row of rows) {
    const dates = String(row[column] ?? '').split('\n');
    row[column] = dates.filter((d) => d === '' || d <= lastDay).join('\n'); // ISO days compare as text
  }
  return data;
}
