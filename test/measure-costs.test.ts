/**
 * measureServiceCosts (issue #13): the timings of a real run turned into the cost model's constants, and the
 * bundle's global run over the fakes — it works on a scratch sheet only and leaves nothing behind, even after a
 * run cut short.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { costsFromTimings, describeFormsTiming, describeMeasuredCosts } from '../src/core/cost-measure';
import { createGasGlobals, loadBundle } from './fakes';
import { seedWorkbook } from './tools/seed';
import { submitAndFire, withForm } from './tools/forms-project';

const BUNDLE = new URL('../dist/Code.js', import.meta.url).pathname;

describe('the cost model from measured timings', () => {
  // As a slow account might give: 40 calls in 800 ms, 20 one-cell reads in 1,400 ms, 20,000 cells read in 470 ms
  // and written in 3,040 ms.
  const costs = costsFromTimings({
    calls: 40,
    callsMs: 800,
    smallReads: 20,
    smallReadsMs: 1400,
    cells: 20_000,
    bigReadMs: 470,
    writeMs: 3040,
  });
  const byKey = Object.fromEntries(costs.map((c) => [c.key, c]));

  it('derives each constant from the timings, less the calls each timing includes', () => {
    expect(byKey.call.value).toBe(20); // 800 / 40
    expect(byKey.bulkRead.value).toBe(30); // 70 per one-cell read, less its getRange and getValues calls
    expect(byKey.cellRead.value).toBeCloseTo(0.02, 10); // (470 − 70) / 20,000
    expect(byKey.cellWritten.value).toBeCloseTo(0.15, 10); // (3,040 − 40) / 20,000
  });

  it('says for each whether the model’s range holds it', () => {
    expect(costs.map((c) => [c.key, c.verdict])).toEqual([
      ['call', 'within'],
      ['bulkRead', 'below'],
      ['cellRead', 'below'],
      ['cellWritten', 'within'],
    ]);
    const lines = describeMeasuredCosts(costs);
    expect(lines[0]).toBe('call: 20.0 ms per service call (model 3–20) — อยู่ในช่วงของแบบจำลอง');
    expect(lines[1]).toContain('bulkRead: 30.0 ms per bulk read, on top of its cells (model 50–200) — เร็วกว่า');
    expect(lines[2]).toContain('cellRead: 0.020 ms per cell read (model 0.025–0.031)');
  });

  it('never gives a negative cost when the clock is too coarse to see a call', () => {
    const zero = costsFromTimings({
      calls: 40,
      callsMs: 0,
      smallReads: 20,
      smallReadsMs: 0,
      cells: 1,
      bigReadMs: 0,
      writeMs: 0,
    });
    expect(zero.every((c) => c.value === 0)).toBe(true);
  });
});

describe('a Forms read timed on the progress form', () => {
  it('per response from the sampled getters, and whether a full read fits an execution', () => {
    // 20 responses sampled, 240 getters in 960 ms (48 ms a response); the form holds 1,200.
    const fits = describeFormsTiming({
      responses: 1200,
      getResponsesMs: 900,
      sampled: 20,
      getters: 240,
      gettersMs: 960,
    });
    expect(fits).toBe(
      'formsRead: 48.0 ms per response read (4.0 ms per getter, 20 sampled), a full read of its 1200 responses ≈ 58.5 s — ' +
        'การดึงคำตอบทั้งหมดใหม่เสร็จได้ในการทำงานหนึ่งครั้ง',
    );
    // At 20 ms a getter, 5,000 responses of 12 getters each: 1,200 s.
    const over = describeFormsTiming({
      responses: 5000,
      getResponsesMs: 2000,
      sampled: 20,
      getters: 240,
      gettersMs: 4800,
    });
    expect(over).toContain('≈ 1202.0 s');
    expect(over).toContain('อาจไม่เสร็จใน ๖ นาที');
    expect(
      describeFormsTiming({ responses: 0, getResponsesMs: 5, sampled: 0, getters: 0, gettersMs: 0 }),
    ).toBeUndefined();
  });
});

describe.skipIf(!existsSync(BUNDLE))('measureServiceCosts through the bundle', () => {
  it('times on a scratch sheet, reports in Thai, and deletes the scratch sheet (a leftover one too)', () => {
    const fakes = createGasGlobals({ spreadsheet: { name: 'ITA', timeZone: 'Asia/Bangkok' } });
    for (const [name, sheet] of Object.entries(seedWorkbook())) fakes.seed(name, sheet?.values ?? []);
    const context = loadBundle(BUNDLE, fakes.globals);
    const data = () => fakes.spreadsheet._sheets.map((s) => [s.getName(), JSON.stringify(s._values())]);
    const before = data();
    // A run cut short earlier left its scratch sheet behind.
    fakes.spreadsheet.insertSheet('_ita_cost_probe').getRange(1, 1).setValue('left over');
    const lines = context.measureServiceCosts() as string[];
    expect(lines.map((l) => l.split(':')[0])).toEqual(['call', 'bulkRead', 'cellRead', 'cellWritten']);
    expect(fakes.recorded.alerts.at(-1)!.title).toBe('วัดเวลาเรียกบริการของ Google');
    expect(fakes.recorded.alerts.at(-1)!.prompt).toContain(lines[0]);
    expect(data()).toEqual(before);
  });

  it('with a progress form: times its responses as a reconcile reads them, and changes no answer', () => {
    const p = withForm();
    for (let i = 0; i < 3; i++) submitAndFire(p, { done: `กิจกรรม ${i}` });
    const ledger = JSON.stringify(p.fakes.spreadsheet._sheetNamed('ผลจากแบบฟอร์ม')!._values());
    const lines = p.context.measureServiceCosts() as string[];
    expect(lines.at(-1)).toMatch(/^formsRead: .* per response read \(.* 3 sampled\), a full read of its 3 responses/);
    expect(JSON.stringify(p.fakes.spreadsheet._sheetNamed('ผลจากแบบฟอร์ม')!._values())).toBe(ledger);
  });
});
