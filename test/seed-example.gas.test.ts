/**
 * The seed example the bundle carries (Thai in TIS-620, gzipped, base64: rollup.config.mjs) comes back exactly:
 * through the built bundle, ใส่ข้อมูลตัวอย่าง on a blank workbook puts every value of test/fixtures/seed-2567.json
 * under its header — every Thai letter, the non-Thai characters (– “ ”), numbers and empty cells as they are.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGasGlobals, loadBundle } from './fakes';

const BUNDLE = new URL('../dist/Code.js', import.meta.url).pathname;
const SEED = JSON.parse(readFileSync(new URL('./fixtures/seed-2567.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown[][]
>;

/**
 * What a sheet holds after setValues of the fixture's value: Sheets (and the fake) read "1.1" as the number 1.1,
 * but not in the measure columns set-up makes plain text (src/core/sheet-specs.ts), where it stays "1.1".
 */
const TEXT_COLUMNS = ['รหัสแถว', 'มาตรการที่'];
const asSheetHolds = (v: unknown, header = '') =>
  typeof v === 'string' && v.trim() !== '' && !isNaN(Number(v)) && !TEXT_COLUMNS.includes(header) ? Number(v) : v;

describe.skipIf(!existsSync(BUNDLE))('the seed example in the bundle', () => {
  it('fills a blank workbook with the fixture, value for value, under each header', () => {
    const fakes = createGasGlobals({ spreadsheet: { name: 'ITA 2567', timeZone: 'Asia/Bangkok' } });
    const context = loadBundle(BUNDLE, fakes.globals);
    context.fillExampleData();
    let compared = 0;
    for (const name of ['หน่วยงาน', 'ตัวชี้วัด', 'มาตรการ']) {
      const [header, ...rows] = SEED[name];
      const values = fakes.sheet(name)._values();
      expect(values.length, name).toBe(rows.length + 1);
      header.forEach((h, c) => {
        const at = values[0].indexOf(h);
        expect(at, `${name}: ${String(h)}`).toBeGreaterThanOrEqual(0);
        rows.forEach((row, r) => {
          expect(values[r + 1][at], `${name} row ${r + 2} ${String(h)}`).toEqual(asSheetHolds(row[c], String(h)));
          compared++;
        });
      });
    }
    // The config sheet: each example value next to its label (a blank workbook has every value cell empty).
    const config = new Map(
      fakes
        .sheet('ตั้งค่า')
        ._values()
        .map(([label, value]) => [label, value]),
    );
    for (const [label, value] of SEED['ตั้งค่า'].slice(1)) {
      if (value !== '') expect(config.get(label), String(label)).toEqual(asSheetHolds(value));
    }
    expect(compared).toBeGreaterThan(300);
    // The characters outside TIS-620 travel as JSON escapes: they are in the fixture and came back.
    expect(JSON.stringify(SEED)).toMatch(/[–“”]/);
  });
});
